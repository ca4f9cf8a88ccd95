using PosVendas.Domain.Common;

namespace PosVendas.Application.Common.Abstractions;

/// <summary>
/// A module's reaction to what a command did: called with each domain event the command's aggregates raised, inside
/// its transaction and before its changes are saved, so whatever the handler adds is saved and committed with them.
/// Register implementations as <see cref="IDomainEventHandler"/>; they ignore the events they do not care about.
/// </summary>
public interface IDomainEventHandler
{
    Task HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken);
}
