using PosVendas.Domain.Catalog;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.UnitTests;

/// <summary>
/// One tenant's minimal setup: a department, a service type with one subject routed to it, the initial status and a
/// customer. Every instance is a fresh tenant, so two instances stand for two different incorporadoras.
/// </summary>
internal sealed class TenantCatalog
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public const string Description = "Há uma infiltração no teto do banheiro da suíte.";

    public TenantCatalog()
    {
        TenantId = Guid.NewGuid();
        CustomerId = Guid.NewGuid();
        Department = Department.Create(TenantId, "Assistência técnica");
        ServiceType = ServiceType.Create(TenantId, "Reparos", sortOrder: 1);
        Subject = ServiceType.AddSubject("Infiltração", Department, sortOrder: 1);
        Flow = new StatusFlow(TenantId, serviceTypeId: null, []);
        InitialStatus = Flow.Add("Sem resposta", label: null, StatusCategory.New, sortOrder: 1, isDefault: true, notifyCustomer: false);
    }

    public Guid TenantId { get; }

    public Guid CustomerId { get; }

    public Department Department { get; }

    public ServiceType ServiceType { get; }

    public Subject Subject { get; }

    /// <summary>The tenant-wide status flow; <see cref="Status"/> adds to it.</summary>
    public StatusFlow Flow { get; }

    public TicketStatus InitialStatus { get; }

    public Ticket OpenTicket(int number = 1, string description = Description, DateTimeOffset? at = null) =>
        Ticket.Open(TenantId, number, CustomerId, Subject, InitialStatus, description, at ?? Now);

    /// <summary>A further status of this tenant's flow (the first of its category becomes that category's default).</summary>
    public TicketStatus Status(StatusCategory category) =>
        Flow.Add($"{category} {Flow.Statuses.Count}", label: null, category, sortOrder: Flow.Statuses.Count + 1, isDefault: false, notifyCustomer: false);

    public CommentAuthor Customer(string displayName = "Maria Souza") =>
        CommentAuthor.Customer(CustomerId, displayName);
}
