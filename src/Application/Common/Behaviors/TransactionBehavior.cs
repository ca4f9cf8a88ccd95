using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Notifications;

namespace PosVendas.Application.Common.Behaviors;

/// <summary>
/// Last in the pipeline, for commands only: the handler's changes and the notifications they cause are saved and
/// committed together, or not at all.
/// </summary>
internal sealed class TransactionBehavior<TMessage, TResponse>(IApplicationDbContext db, NotificationOutbox outbox)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (message is ISelfTransactedCommand || db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // The notifications the change causes commit with it, or not at all.
        await outbox.WriteAsync(db.TakeDomainEvents(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
