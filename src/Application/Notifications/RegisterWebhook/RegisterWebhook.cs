using FluentValidation;
using FluentValidation.Results;
using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Domain.Notifications;

namespace PosVendas.Application.Notifications.RegisterWebhook;

/// <summary>Registers a partner's URL for some ticket events; deliveries are signed with <c>Secret</c>.</summary>
public sealed record RegisterWebhookCommand(string? Url, string? Secret, IReadOnlyList<string>? EventTypes) : ICommand<WebhookEndpointDto>;

internal sealed class RegisterWebhookCommandValidator : AbstractValidator<RegisterWebhookCommand>
{
    public RegisterWebhookCommandValidator()
    {
        RuleFor(c => c.Url)
            .NotEmpty()
            .MaximumLength(WebhookEndpoint.UrlMaxLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out _))
            .WithMessage(_ => Texts.NotAnAbsoluteUrl.Get("{PropertyName}"));
        RuleFor(c => c.Secret).NotEmpty().Length(WebhookEndpoint.SecretMinLength, WebhookEndpoint.SecretMaxLength);
        RuleFor(c => c.EventTypes).NotEmpty();
        RuleForEach(c => c.EventTypes)
            .Must(type => NotificationOutbox.EventTypes.Contains(type))
            .WithMessage(_ => Texts.MustBeOneOf.Get("{PropertyName}", string.Join(", ", NotificationOutbox.EventTypes)));
    }
}

internal sealed class RegisterWebhookHandler(IApplicationDbContext db, ICurrentUser currentUser, IWebhookUrlPolicy urls, TimeProvider clock)
    : ICommandHandler<RegisterWebhookCommand, WebhookEndpointDto>
{
    public async ValueTask<WebhookEndpointDto> Handle(RegisterWebhookCommand command, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.RequireAdmin();
        var url = new Uri(command.Url!, UriKind.Absolute);
        if (await urls.ProblemWithAsync(url, cancellationToken) is { } problem)
        {
            throw new ValidationException([new ValidationFailure("url", problem)]);
        }

        var endpoint = WebhookEndpoint.Register(tenantId, url, command.Secret!, command.EventTypes!, clock.GetUtcNow());
        db.WebhookEndpoints.Add(endpoint);
        return WebhookEndpointDto.From(endpoint);
    }
}
