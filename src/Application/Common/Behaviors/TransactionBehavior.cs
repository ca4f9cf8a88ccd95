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
        if (message is ISelfTransactedCommand)
        {
            return await next(message, cancellationToken);
        }

        // A command sent inside a transaction someone else owns (an idempotent request's) joins it; the owner commits.
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var response = await next(message, cancellationToken);

        // The notifications the change causes are saved in the same batch and commit with it, or not at all.
        await outbox.WriteAsync(db.TakeDomainEvents(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return response;
    }
}
