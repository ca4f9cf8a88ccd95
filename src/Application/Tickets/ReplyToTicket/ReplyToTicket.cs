using FluentValidation;
using Mediator;
using PosVendas.Application.Attachments;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Workflow;
using PosVendas.Domain.Tickets;

namespace PosVendas.Application.Tickets.ReplyToTicket;

/// <summary>A customer replies to one of their tickets ("Responder chamado").</summary>
public sealed record ReplyToTicketCommand(int Number, string? Body, IReadOnlyList<Guid>? AttachmentIds = null) : ICommand<CommentDto>;

internal sealed class ReplyToTicketCommandValidator : AbstractValidator<ReplyToTicketCommand>
{
    public ReplyToTicketCommandValidator()
    {
        RuleFor(c => c.Body).TrimmedLength(TicketLimits.CommentBodyMaxLength);
        RuleForEach(c => c.AttachmentIds).NotEmpty();
    }
}

internal sealed class ReplyToTicketHandler(
    ITicketCommandReads reads,
    ICurrentUser currentUser,
    AttachmentClaimer attachments,
    IStatusFlows flows,
    ITicketLocks locks,
    TimeProvider clock) : ICommandHandler<ReplyToTicketCommand, CommentDto>
{
    public async ValueTask<CommentDto> Handle(ReplyToTicketCommand command, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();

        // A staff answer or status change arriving at the same moment waits for this reply instead of failing it.
        var tenantId = currentUser.TenantId ?? throw new ForbiddenAccessException();
        await locks.LockAsync(tenantId, command.Number, cancellationToken);
        var ticket = await reads.CustomersTicketAsync(command.Number, customerId, cancellationToken)
            ?? throw await SharedTickets.RefusalAsync(reads, tenantId, command.Number, customerId, cancellationToken);
        var (flow, status) = await flows.ForTicketAsync(ticket.ServiceTypeId, ticket.StatusId, cancellationToken);

        var comment = ticket.AddReply(CommentAuthor.Customer(customerId, CustomerName()), command.Body!, status, flow, clock.GetUtcNow());
        var claimed = await attachments.FindOwnAsync(command.AttachmentIds, cancellationToken);
        attachments.Claim(claimed, ticket.TenantId, ticket.Id, comment.Id);

        return new CommentDto(
            comment.Id,
            comment.Body,
            comment.CreatedAt,
            new CommentAuthorDto(comment.AuthorName, comment.AuthorKind),
            [.. claimed.Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256))]);
    }

    /// <summary>
    /// The name the reply is signed with: the caller's, as their token gives it. Resolving the caller wrote it to the
    /// customer's row when it changed, so the row holds the same name; reading it back would cost a statement.
    /// </summary>
    private string CustomerName() => currentUser.Name ?? throw new ForbiddenAccessException();
}
