using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Attachments;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Telemetry;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Application.Locations;
using PosVendas.Application.Notifications;
using PosVendas.Application.Warranty;
using PosVendas.Application.Workflow;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Tickets.OpenTicket;

/// <summary>
/// A customer opens a ticket ("Abrir chamado"), about one of their places when they say so (the subject says whether
/// they must). Returns the new ticket's number.
/// </summary>
public sealed record OpenTicketCommand(
    Guid SubjectId, string? Description, IReadOnlyList<Guid>? AttachmentIds = null, LocationInput? Location = null, bool? ShareWithUnit = null)
    : ICommand<int>;

internal sealed class OpenTicketCommandValidator : AbstractValidator<OpenTicketCommand>
{
    public OpenTicketCommandValidator()
    {
        RuleFor(c => c.SubjectId).NotEmpty();
        RuleFor(c => c.Description).TrimmedLength(TicketLimits.DescriptionMaxLength);
        RuleForEach(c => c.AttachmentIds).NotEmpty();
        RuleFor(c => c.Location!).SetValidator(new LocationInputValidator()).When(c => c.Location is not null);
    }
}

internal sealed class OpenTicketHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    ITicketCommandReads reads,
    ITicketNumberAllocator numbers,
    AttachmentClaimer attachments,
    NotificationOutbox notifications,
    IStatusFlows flows,
    TicketLocations locations,
    WarrantyCoverages warranty,
    TimeProvider clock) : ICommandHandler<OpenTicketCommand, int>
{
    public async ValueTask<int> Handle(OpenTicketCommand command, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();

        var subject = await reads.SubjectWithServiceTypeAsync(command.SubjectId, cancellationToken)
            ?? throw new NotFoundException(Resource.Subject, command.SubjectId);
        var flow = await flows.ForServiceTypeAsync(subject.ServiceTypeId, cancellationToken);
        var initialStatus = flow.DefaultOf(StatusCategory.New)
            ?? throw new InvalidOperationException("The tenant's flow has no initial status.");
        var uploads = await attachments.FindOwnAsync(command.AttachmentIds, cancellationToken);
        var location = command.Location is { } input ? await locations.ResolveAsync(input, cancellationToken) : null;
        var shareWithUnit = command.ShareWithUnit
            ?? (location?.UnitId is not null && await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.SharesTicketsWithUnit).SingleAsync(cancellationToken));
        var coverage = subject.WarrantyItemKey is { } itemKey
            ? TicketWarranty.From(location?.UnitId is { } unitId
                ? await warranty.OfUnitAsync(unitId, itemKey, cancellationToken)
                : WarrantyCoverage.WithoutUnit)
            : null;
        await notifications.ReadAheadForOpeningAsync(customerId, subject.Id, subject.DepartmentId, cancellationToken);

        // The number is taken inside the command's transaction: a ticket that breaks a rule rolls back and leaves no
        // gap in the tenant's sequence. The tenant's other openings wait from here until this one commits, so
        // everything it needs to read was read above; what follows is one batch of writes and the commit (ADR 0002).
        var number = await numbers.NextAsync(tenantId, cancellationToken);
        var ticket = Ticket.Open(
            tenantId, number, customerId, subject, initialStatus, command.Description!, clock.GetUtcNow(), location, shareWithUnit, coverage);
        db.Tickets.Add(ticket);
        attachments.Claim(uploads, tenantId, ticket.Id, commentId: null);
        ProductMetrics.TicketsOpened.Add(1);
        return ticket.Number;
    }
}
