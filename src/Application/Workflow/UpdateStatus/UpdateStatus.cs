using FluentValidation;
using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Localization;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Workflow.UpdateStatus;

/// <summary>Renames, relabels, reorders a status, changes whether customers are notified, or makes it the default.</summary>
/// <remarks>Fields left null are unchanged. <c>IsDefault</c> can only be set to true: another status takes over.</remarks>
public sealed record UpdateStatusCommand(Guid Id, string? Name, LabelDto? Label, int? SortOrder, bool? NotifyCustomer, bool? IsDefault)
    : ICommand<StatusAdminDto>;

internal sealed class UpdateStatusCommandValidator : AbstractValidator<UpdateStatusCommand>
{
    public UpdateStatusCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(TicketStatus.NameMaxLength).When(c => c.Name is not null);
        RuleFor(c => c.Label).ValidLabel();
        RuleFor(c => c.IsDefault)
            .NotEqual(false)
            .WithMessage(_ => Texts.DefaultChangesByAnother.Get());
    }
}

internal sealed class UpdateStatusHandler(ICurrentUser currentUser, IStatusFlows flows)
    : ICommandHandler<UpdateStatusCommand, StatusAdminDto>
{
    public async ValueTask<StatusAdminDto> Handle(UpdateStatusCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var (flow, status) = await flows.ForStatusAsync(command.Id, cancellationToken);

        if (command.Name is not null)
        {
            flow.Rename(status, command.Name);
        }

        if (command.Label is not null)
        {
            status.Relabel(command.Label.ToText());
        }

        if (command.SortOrder is { } sortOrder)
        {
            status.Reorder(sortOrder);
        }

        if (command.NotifyCustomer is { } notify)
        {
            status.SetNotifyCustomer(notify);
        }

        if (command.IsDefault == true)
        {
            var previous = flow.DefaultOf(status.Category);
            flow.MakeDefault(status);
            await flows.ReleaseDefaultAsync(previous, status, cancellationToken);
        }

        return StatusAdminDto.From(status);
    }
}
