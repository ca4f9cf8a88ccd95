using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Workflow.CreateStatus;

/// <summary>
/// Adds a status to the tenant's flow, or to one service type's own flow (whose first status must be its initial
/// one). The first status of a category becomes that category's default.
/// </summary>
public sealed record CreateStatusCommand(
    Guid? ServiceTypeId,
    string? Name,
    string? Category,
    LabelDto? Label,
    int SortOrder,
    bool IsDefault,
    bool NotifyCustomer) : ICommand<StatusAdminDto>;

internal sealed class CreateStatusCommandValidator : AbstractValidator<CreateStatusCommand>
{
    public CreateStatusCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(TicketStatus.NameMaxLength);
        RuleFor(c => c.Category)
            .Must(category => category is not null && WireNames<StatusCategory>.ByName.ContainsKey(category))
            .WithMessage(_ => Texts.MustBeOneOf.Get("{PropertyName}", WireNames<StatusCategory>.All));
        RuleFor(c => c.Label).ValidLabel();
    }
}

internal sealed class CreateStatusHandler(IApplicationDbContext db, ICurrentUser currentUser, IStatusFlows flows, IStrandedTickets strandedTickets)
    : ICommandHandler<CreateStatusCommand, StatusAdminDto>
{
    public async ValueTask<StatusAdminDto> Handle(CreateStatusCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        if (command.ServiceTypeId is { } serviceTypeId && !await db.ServiceTypes.AnyAsync(t => t.Id == serviceTypeId, cancellationToken))
        {
            throw new NotFoundException(Resource.ServiceType, serviceTypeId);
        }

        var flow = await flows.ExactlyAsync(command.ServiceTypeId, cancellationToken);
        var category = WireNames<StatusCategory>.ByName[command.Category!];
        var previousDefault = flow.DefaultOf(category);
        var status = flow.Add(command.Name!, command.Label?.ToText(), category, command.SortOrder, command.IsDefault, command.NotifyCustomer);
        await flows.ReleaseDefaultAsync(previousDefault, status, cancellationToken);
        db.TicketStatuses.Add(status);

        // A service type's own flow that gains a category's default takes in its tickets of that category still
        // holding a status of the tenant's flow: none is stranded.
        await strandedTickets.MoveIntoAsync(flow, cancellationToken);
        return StatusAdminDto.From(status);
    }
}
