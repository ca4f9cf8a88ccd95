using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Notifications.ListOutboxMessages;

namespace PosVendas.Application.Notifications.RedeliverOutboxMessage;

/// <summary>Puts a dead message back in line, with a fresh set of attempts.</summary>
public sealed record RedeliverOutboxMessageCommand(Guid Id) : ICommand<OutboxMessageDto>;

internal sealed class RedeliverOutboxMessageHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RedeliverOutboxMessageCommand, OutboxMessageDto>
{
    public async ValueTask<OutboxMessageDto> Handle(RedeliverOutboxMessageCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.OutboxMessage, command.Id);
        message.Redeliver(clock.GetUtcNow());
        return OutboxMessageDto.From(message);
    }
}
