using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Domain.Attachments;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Notifications;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;
using PosVendas.Infrastructure.Tickets;

namespace PosVendas.Infrastructure.Persistence;

/// <summary>
/// Contexts are pooled (<see cref="DependencyInjection"/>): a request leases one, <see cref="Caller"/> is set for it, and
/// disposing it clears the caller before the context goes back to the pool.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IApplicationDbContext
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<ServiceType> ServiceTypes => Set<ServiceType>();

    public DbSet<Subject> Subjects => Set<Subject>();

    public DbSet<TicketStatus> TicketStatuses => Set<TicketStatus>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<TicketStatusChange> TicketStatusChanges => Set<TicketStatusChange>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var tickets = ChangeTracker.Entries<Ticket>().Select(entry => entry.Entity).Where(t => t.DomainEvents.Count > 0).ToList();
        var events = tickets.SelectMany(t => t.DomainEvents).OrderBy(e => e.OccurredAt).ToList();
        tickets.ForEach(t => t.ClearDomainEvents());
        return events;
    }

    internal DbSet<TicketNumberSequence> TicketNumberSequences => Set<TicketNumberSequence>();

    /// <summary>Who the context works for; set by the scope that leases the context from the pool.</summary>
    internal ICurrentUser? Caller { get; set; }

    // Read by the query filters on every query; EF turns it into a parameter. Without a caller (command-line
    // operations, or a context between leases) it is Guid.Empty, which matches no row.
    private Guid CurrentTenantId => Caller?.TenantId ?? Guid.Empty;

    public override void Dispose()
    {
        Caller = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Caller = null;
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Tenant isolation lives here, once, for every tenant-owned entity.
        modelBuilder.Entity<Customer>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<Department>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<ServiceType>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<Subject>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<TicketStatus>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<Ticket>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<Comment>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<Attachment>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<TicketStatusChange>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<OutboxMessage>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<WebhookEndpoint>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
        modelBuilder.Entity<WebhookDelivery>().HasQueryFilter(e => e.TenantId == CurrentTenantId);
    }
}
