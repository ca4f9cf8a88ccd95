using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Validation;
using PosVendas.Domain.Tickets;

namespace PosVendas.Application.Tickets.ReplyToTicket;

/// <summary>A customer replies to one of their tickets ("Responder chamado").</summary>
public sealed record ReplyToTicketCommand(int Number, string? Body) : ICommand<CommentDto>;

internal sealed class ReplyToTicketCommandValidator : AbstractValidator<ReplyToTicketCommand>
{
    public ReplyToTicketCommandValidator()
    {
        RuleFor(c => c.Body).TrimmedLength(TicketLimits.CommentBodyMaxLength);
    }
}

internal sealed class ReplyToTicketHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<ReplyToTicketCommand, CommentDto>
{
    public async ValueTask<CommentDto> Handle(ReplyToTicketCommand command, CancellationToken cancellationToken)
    {
        var customerId = currentUser.CustomerId ?? throw new ForbiddenAccessException();

        var ticket = await db.Tickets
            .SingleOrDefaultAsync(t => t.Number == command.Number && t.CustomerId == customerId, cancellationToken)
            ?? throw new NotFoundException("Ticket", command.Number);
        var status = await db.TicketStatuses.SingleAsync(s => s.Id == ticket.StatusId, cancellationToken);
        var customerName = await db.Customers
            .Where(c => c.Id == customerId)
            .Select(c => c.Name)
            .SingleAsync(cancellationToken);

        var comment = ticket.AddReply(CommentAuthor.Customer(customerId, customerName), command.Body!, status, clock.GetUtcNow());

        return new CommentDto(comment.Id, comment.Body, comment.CreatedAt, new CommentAuthorDto(comment.AuthorName, comment.AuthorKind));
    }
}
