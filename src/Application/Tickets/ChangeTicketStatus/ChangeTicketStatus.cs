using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Data;
using PosVendas.Application.Workflow;

namespace PosVendas.Application.Tickets.ChangeTicketStatus;

/// <summary>
/// Staff move a ticket to another status, from the version they read (optimistic concurrency): a change based on a
/// stale read is refused, so two people never overwrite each other's decision unknowingly. A null
/// <c>ExpectedVersion</c> changes whatever version is current (If-Match: *).
/// </summary>
public sealed record ChangeTicketStatusCommand(int Number, Guid StatusId, uint? ExpectedVersion) : ICommand<int>;

internal sealed class ChangeTicketStatusCommandValidator : AbstractValidator<ChangeTicketStatusCommand>
{
    public ChangeTicketStatusCommandValidator()
    {
        RuleFor(c => c.StatusId).NotEmpty();
    }
}

internal sealed class ChangeTicketStatusHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    IStatusFlows flows,
    ITicketLocks locks,
    TimeProvider clock)
    : ICommandHandler<ChangeTicketStatusCommand, int>
{
    public async ValueTask<int> Handle(ChangeTicketStatusCommand command, CancellationToken cancellationToken)
    {
        // Changes to one ticket queue; the version compared with If-Match is the latest committed one.
        await locks.LockAsync(currentUser.TenantId ?? throw new ForbiddenAccessException(), command.Number, cancellationToken);
        var found = await db.Tickets
            .VisibleToStaff(currentUser)
            .Where(t => t.Number == command.Number)
            .Select(t => new { Ticket = t, Version = EF.Property<uint>(t, RowVersion.PropertyName) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Resource.Ticket, command.Number);
        if (command.ExpectedVersion is { } expected && found.Version != expected)
        {
            throw new PreconditionFailedException();
        }

        var flow = await flows.ForServiceTypeAsync(found.Ticket.ServiceTypeId, cancellationToken);
        var status = await flows.StatusAsync(command.StatusId, cancellationToken);
        found.Ticket.ChangeStatus(status, flow, currentUser.StaffAuthor(), clock.GetUtcNow());

        // The pipeline saves it. The lock keeps others from changing the ticket meanwhile; were one to, the row version
        // would refuse the save, and that too is answered 412.
        return found.Ticket.Number;
    }
}
