using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Idempotency;

namespace PosVendas.Application.Common.Behaviors;

/// <summary>
/// Last in the pipeline, for commands only, and the one owner of their transactions (ADR 0013): it begins the
/// transaction, claims the request's <c>Idempotency-Key</c> in it, runs the handler, lets the modules react to the
/// domain events the handler's aggregates raised, saves everything in one batch, stores the response for the key and
/// commits. Anything that fails rolls all of it back. Handlers only load and change entities; they never save.
/// </summary>
internal sealed class TransactionBehavior<TMessage, TResponse>(
    IUnitOfWork unitOfWork,
    IdempotencyKeys idempotencyKeys,
    IEnumerable<IDomainEventHandler> eventHandlers)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var key = await idempotencyKeys.TakeAsync(cancellationToken);
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        if (key is not null && await idempotencyKeys.ClaimAsync<TResponse>(key, message, cancellationToken) is { } replay)
        {
            return replay.Response;
        }

        var response = await next(message, cancellationToken);

        // What the modules write in reaction (outbox messages) is saved in the same batch and commits with the change.
        var domainEvents = unitOfWork.TakeDomainEvents();
        if (domainEvents.Count > 0)
        {
            foreach (var handler in eventHandlers)
            {
                await handler.HandleAsync(domainEvents, cancellationToken);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (key is not null)
        {
            await idempotencyKeys.CompleteAsync(key, response, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
