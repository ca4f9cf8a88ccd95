using PosVendas.Domain.Common;

namespace PosVendas.Application.Common.Abstractions;

/// <summary>
/// A module's reaction to what a command did: called once with every domain event the command's aggregates raised, in
/// the order they happened, inside its transaction and before its changes are saved, so whatever the handler adds is
/// saved and committed with them. Seeing them together lets one action cause one message (an answer that also moves
/// the status is one e-mail). Register implementations as <see cref="IDomainEventHandler"/>; they ignore the events
/// they do not care about.
/// </summary>
public interface IDomainEventHandler
{
    Task HandleAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken);
}
