namespace PosVendas.Domain.Common;

/// <summary>
/// An aggregate that records what happened to it as domain events. The command's transaction collects them from
/// every tracked aggregate, hands them to the modules that react (notifications), and saves the reactions with the
/// change.
/// </summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}
