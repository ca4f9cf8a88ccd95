namespace PosVendas.Domain.Tickets;

public enum AuthorKind
{
    Customer,
    Staff,

    /// <summary>PosVendas itself: a job (closing unconfirmed tickets) or a change of the tenant's flows.</summary>
    System,
}
