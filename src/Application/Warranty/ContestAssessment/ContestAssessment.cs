using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Attachments;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Application.Tickets;
using PosVendas.Application.Workflow;
using PosVendas.Domain.Tickets;

namespace PosVendas.Application.Warranty.ContestAssessment;

/// <summary>
/// The customer contests the assessment in force on their ticket, which refused (part of) the request: once per ticket,
/// within the tenant's days to contest. Their reasons become a reply with the files, and the ticket returns to open.
/// </summary>
public sealed record ContestAssessmentCommand(int Number, string? Reason, IReadOnlyList<Guid>? AttachmentIds) : ICommand<AssessmentContestDto>;

internal sealed class ContestAssessmentCommandValidator : AbstractValidator<ContestAssessmentCommand>
{
    public ContestAssessmentCommandValidator()
    {
        RuleFor(c => c.Reason).TrimmedLength(TicketLimits.CommentBodyMaxLength);
        RuleForEach(c => c.AttachmentIds).NotEmpty();
    }
}

internal sealed class ContestAssessmentHandler(
    IApplicationDbContext db,
    ITicketCommandReads reads,
    ICurrentUser currentUser,
    AttachmentClaimer attachments,
    IStatusFlows flows,
    ITicketLocks locks,
    TimeProvider clock) : ICommandHandler<ContestAssessmentCommand, AssessmentContestDto>
{
    public async ValueTask<AssessmentContestDto> Handle(ContestAssessmentCommand command, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        await locks.LockAsync(tenantId, command.Number, cancellationToken);

        // Tracked, with its assessments and contest: a contest changes more than the conversation, so the ticket is not
        // read through ITicketCommandReads.CustomersTicketAsync (ADR 0024).
        var ticket = await db.Tickets
            .Include(t => t.Assessments)
            .Include(t => t.Contest)
            .SingleOrDefaultAsync(t => t.Number == command.Number && t.CustomerId == customerId, cancellationToken)
            ?? throw await SharedTickets.RefusalAsync(reads, tenantId, command.Number, customerId, cancellationToken);
        var (flow, current) = await flows.ForTicketAsync(ticket.ServiceTypeId, ticket.StatusId, cancellationToken);
        var tenant = await db.Tenants.AsNoTracking()
            .Where(t => t.Id == tenantId)
            .Select(t => new { t.TimeZone, t.AssessmentContestDays })
            .SingleAsync(cancellationToken);
        var files = await attachments.FindOwnAsync(command.AttachmentIds, cancellationToken);

        var customerName = currentUser.Name ?? throw new ForbiddenAccessException();
        var contest = ticket.ContestAssessment(
            CommentAuthor.Customer(customerId, customerName),
            command.Reason!,
            current,
            flow,
            TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZone),
            tenant.AssessmentContestDays,
            clock.GetUtcNow());

        attachments.Claim(files, ticket.TenantId, ticket.Id, contest.CommentId);
        return AssessmentContestDto.From(contest);
    }
}
