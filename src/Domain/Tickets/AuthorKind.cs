namespace PosVendas.Domain.Tickets;

public enum AuthorKind
{
    Customer,
    Staff,
}
