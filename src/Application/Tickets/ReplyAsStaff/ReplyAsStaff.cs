using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Attachments;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Application.Workflow;
using PosVendas.Domain.Tickets;

namespace PosVendas.Application.Tickets.ReplyAsStaff;

/// <summary>
/// Staff answer a ticket (visible to the customer) or leave an internal note (never visible to them), optionally
/// moving it to another status in the same step. The first public answer opens a ticket nobody had answered.
/// </summary>
public sealed record ReplyAsStaffCommand(int Number, string? Body, bool Internal, Guid? StatusId, IReadOnlyList<Guid>? AttachmentIds = null)
    : ICommand<StaffCommentDto>;

internal sealed class ReplyAsStaffCommandValidator : AbstractValidator<ReplyAsStaffCommand>
{
    public ReplyAsStaffCommandValidator()
    {
        RuleFor(c => c.Body).TrimmedLength(TicketLimits.CommentBodyMaxLength);
        RuleForEach(c => c.AttachmentIds).NotEmpty();
    }
}

internal sealed class ReplyAsStaffHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    AttachmentClaimer attachments,
    IStatusFlows flows,
    ITicketLocks locks,
    TimeProvider clock) : ICommandHandler<ReplyAsStaffCommand, StaffCommentDto>
{
    public async ValueTask<StaffCommentDto> Handle(ReplyAsStaffCommand command, CancellationToken cancellationToken)
    {
        // A customer's reply or another agent's change arriving at the same moment waits for this one.
        await locks.LockAsync(currentUser.TenantId ?? throw new ForbiddenAccessException(), command.Number, cancellationToken);
        var ticket = await db.Tickets
            .VisibleToStaff(currentUser)
            .SingleOrDefaultAsync(t => t.Number == command.Number, cancellationToken)
            ?? throw new NotFoundException(Resource.Ticket, command.Number);
        var (flow, current) = await flows.ForTicketAsync(ticket.ServiceTypeId, ticket.StatusId, cancellationToken);
        var moveTo = command.StatusId is { } statusId ? await flows.StatusAsync(statusId, cancellationToken) : null;

        var comment = ticket.AddStaffComment(
            currentUser.StaffAuthor(), command.Body!, command.Internal, current, flow, moveTo, clock.GetUtcNow());

        var claimed = await attachments.FindOwnAsync(command.AttachmentIds, cancellationToken);
        attachments.Claim(claimed, ticket.TenantId, ticket.Id, comment.Id);
        return new StaffCommentDto(
            comment.Id,
            comment.Body,
            comment.CreatedAt,
            new CommentAuthorDto(comment.AuthorName, comment.AuthorKind),
            comment.IsInternal,
            [.. claimed.Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256))]);
    }
}
