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
using PosVendas.Domain.Warranty;

namespace PosVendas.Application.Warranty.AssessTicket;

/// <summary>
/// Staff record the procedência decision on a ticket: the outcome, the reason for a refusal, the explanation the
/// customer reads (a public answer, with the evidence files), and an optional fee. A ticket already assessed gets a
/// correction that supersedes the assessment in force; both stay. The ticket moves to the status its flow maps to the
/// outcome, and the customer gets one e-mail (docs/warranty.md).
/// </summary>
public sealed record AssessTicketCommand(
    int Number,
    AssessmentOutcome? Outcome,
    AssessmentReason? Reason,
    string? Explanation,
    decimal? Fee,
    IReadOnlyList<Guid>? EvidenceAttachmentIds) : ICommand<AssessmentDto>;

internal sealed class AssessTicketCommandValidator : AbstractValidator<AssessTicketCommand>
{
    public AssessTicketCommandValidator()
    {
        RuleFor(c => c.Outcome).NotNull().IsInEnum();
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Reason).NotNull().When(c => c.Outcome is AssessmentOutcome.Improcedente or AssessmentOutcome.Parcial);
        RuleFor(c => c.Reason).Null().When(c => c.Outcome is AssessmentOutcome.Procedente);
        RuleFor(c => c.Explanation).TrimmedLength(TicketLimits.CommentBodyMaxLength);
        RuleFor(c => c.Fee).Null().When(c => c.Outcome is AssessmentOutcome.Procedente);
        RuleFor(c => c.Fee).GreaterThan(0).LessThanOrEqualTo(TicketAssessment.FeeMax).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleForEach(c => c.EvidenceAttachmentIds).NotEmpty();
    }
}

internal sealed class AssessTicketHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    AttachmentClaimer attachments,
    IStatusFlows flows,
    ITicketLocks locks,
    TimeProvider clock) : ICommandHandler<AssessTicketCommand, AssessmentDto>
{
    public async ValueTask<AssessmentDto> Handle(AssessTicketCommand command, CancellationToken cancellationToken)
    {
        // A customer's reply or another agent's change arriving at the same moment waits for this one.
        await locks.LockAsync(currentUser.TenantId ?? throw new ForbiddenAccessException(), command.Number, cancellationToken);
        var ticket = await db.Tickets
            .VisibleToStaff(currentUser)
            .Include(t => t.Assessments)
            .SingleOrDefaultAsync(t => t.Number == command.Number, cancellationToken)
            ?? throw new NotFoundException(Resource.Ticket, command.Number);
        var (flow, current) = await flows.ForTicketAsync(ticket.ServiceTypeId, ticket.StatusId, cancellationToken);
        var evidence = await attachments.FindOwnAsync(command.EvidenceAttachmentIds, cancellationToken);

        var assessment = ticket.Assess(
            currentUser.StaffAuthor(), command.Outcome!.Value, command.Reason, command.Explanation!, command.Fee, current, flow, clock.GetUtcNow());

        attachments.Claim(evidence, ticket.TenantId, ticket.Id, assessment.CommentId);
        return AssessmentDto.From(assessment, current: true);
    }
}
