using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Data;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tenancy.Rules;

namespace PosVendas.Application.Tenancy.ProvisionTenant;

/// <summary>Creates an incorporadora with the product's default catalog and statuses (a platform operation).</summary>
public sealed record ProvisionTenantCommand(
    string Slug,
    string Name,
    string Locale,
    string TimeZone = Tenant.DefaultTimeZone,
    string? EmailFromAddress = null,
    string? SupportEmail = null,
    string? PortalTicketUrl = null) : ICommand<ProvisionTenantResponse>;

public sealed record ProvisionTenantResponse(Guid Id, string Slug, string Name, string DefaultLocale);

internal sealed class ProvisionTenantCommandValidator : AbstractValidator<ProvisionTenantCommand>
{
    public ProvisionTenantCommandValidator()
    {
        RuleFor(c => c.Slug)
            .Must(Tenant.IsValidSlug)
            .WithMessage("A slug is 2 to 63 lowercase letters, digits or hyphens, starting and ending with a letter or digit.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Tenant.NameMaxLength);
        RuleFor(c => c.Locale)
            .Must(Locales.IsSupported)
            .WithMessage($"The locale must be one of: {string.Join(", ", Locales.Supported)}.");
        RuleFor(c => c.TimeZone).Must(Tenant.IsKnownTimeZone).WithMessage("The time zone must be an IANA time zone, such as America/Sao_Paulo.");
        RuleFor(c => c.EmailFromAddress).EmailAddress().MaximumLength(Tenant.EmailMaxLength).When(c => c.EmailFromAddress is not null);
        RuleFor(c => c.SupportEmail).EmailAddress().MaximumLength(Tenant.EmailMaxLength).When(c => c.SupportEmail is not null);
        RuleFor(c => c.PortalTicketUrl)
            .Must(Tenant.IsPortalTicketUrl)
            .When(c => c.PortalTicketUrl is not null)
            .WithMessage("The portal ticket URL must be an absolute http(s) URL with {number} where the ticket's number goes.");
    }
}

internal sealed class ProvisionTenantHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<ProvisionTenantCommand, ProvisionTenantResponse>
{
    public async ValueTask<ProvisionTenantResponse> Handle(ProvisionTenantCommand command, CancellationToken cancellationToken)
    {
        var slugIsTaken = await db.Tenants.AnyAsync(t => t.Slug == command.Slug, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new TenantSlugMustBeUniqueRule(command.Slug, slugIsTaken));

        var tenant = Tenant.Create(command.Slug, command.Name, command.Locale, clock.GetUtcNow());
        tenant.ChangeTimeZone(command.TimeZone);
        tenant.ChangeEmailAddresses(command.EmailFromAddress, replyTo: null, command.SupportEmail);
        tenant.ChangePortalTicketUrl(command.PortalTicketUrl);
        db.Tenants.Add(tenant);
        TenantDefaults.AddTo(db, tenant.Id);

        return new ProvisionTenantResponse(tenant.Id, tenant.Slug, tenant.Name, tenant.DefaultLocale);
    }
}
