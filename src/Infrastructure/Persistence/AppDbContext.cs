using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Data;
using PosVendas.Domain.Attachments;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Notifications;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;
using PosVendas.Infrastructure.Tickets;

namespace PosVendas.Infrastructure.Persistence;

/// <summary>
/// Contexts are pooled (<see cref="DependencyInjection"/>): a request's scope leases one through
/// <see cref="AppDbContextLease"/>, which sets <see cref="Caller"/> for it and, when the scope ends, clears the caller
/// and hands the context back to the pool, once.
/// </summary>
public sealed class AppDbContext : DbContext, IApplicationDbContext, IUnitOfWork
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
        // No transaction here goes on after a failed SaveChanges: the command's and the dispatcher's both roll back
        // whole. The savepoint EF Core otherwise sets around SaveChanges inside a
        // transaction would only add two round trips (SAVEPOINT, RELEASE) to every write, inside an opening they
        // would be spent holding the tenant's ticket number (ADR 0002). The pool restores this value on each lease.
        Database.AutoSavepointsEnabled = false;
    }

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

    public DbSet<Development> Developments => Set<Development>();

    public DbSet<Building> Buildings => Set<Building>();

    public DbSet<PropertyUnit> Units => Set<PropertyUnit>();

    public DbSet<CommonArea> CommonAreas => Set<CommonArea>();

    public DbSet<Occupancy> Occupancies => Set<Occupancy>();

    public DbSet<WarrantyCatalog> WarrantyCatalogs => Set<WarrantyCatalog>();

    public DbSet<WarrantyCatalogVersion> WarrantyCatalogVersions => Set<WarrantyCatalogVersion>();

    public DbSet<TicketAssessment> TicketAssessments => Set<TicketAssessment>();

    public DbSet<AssessmentContest> AssessmentContests => Set<AssessmentContest>();

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    public IReadOnlyList<IDomainEvent> TakeDomainEvents()
    {
        var aggregates = ChangeTracker.Entries<IHasDomainEvents>()
            .Select(entry => entry.Entity)
            .Concat(Conversations.Tickets)
            .Where(aggregate => aggregate.DomainEvents.Count > 0)
            .ToList();
        var events = aggregates.SelectMany(aggregate => aggregate.DomainEvents).OrderBy(e => e.OccurredAt).ToList();
        aggregates.ForEach(aggregate => aggregate.ClearDomainEvents());
        return events;
    }

    async Task IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken)
    {
        if (!Conversations.IsEmpty)
        {
            // A customer's reply or confirmation writes its rows and its outbox messages in one batch of its own
            // (ADR 0024); EF Core saves what else the command changed, when anything did.
            var outbox = ChangeTracker.Entries<OutboxMessage>().Where(entry => entry.State == EntityState.Added).ToList();
            var connection = (NpgsqlConnection)Database.GetDbConnection();
            await Conversations.SaveAsync(connection, Database.GetCommandTimeout(), [.. outbox.Select(entry => entry.Entity)], cancellationToken);
            outbox.ForEach(entry => entry.State = EntityState.Detached);
            if (!ChangeTracker.HasChanges())
            {
                return;
            }
        }

        await SaveChangesAsync(cancellationToken);
    }

    /// <summary>The tickets whose conversation this unit of work writes through Npgsql (ADR 0024).</summary>
    internal ConversationWrites Conversations { get; } = new();

    internal DbSet<TicketNumberSequence> TicketNumberSequences => Set<TicketNumberSequence>();

    /// <summary>Who the context works for; set by the <see cref="AppDbContextLease"/> that leased it from the pool.</summary>
    internal ICurrentUser? Caller
    {
        get => _caller;
        init => _caller = value;
    }

    private ICurrentUser? _caller;

    // Read by the query filters on every query; EF turns it into a parameter. Without a caller (command-line
    // operations, or a context between leases) it is Guid.Empty, which matches no row.
    private Guid CurrentTenantId => Caller?.TenantId ?? Guid.Empty;

    private static readonly PropertyInfo CurrentTenantIdProperty =
        typeof(AppDbContext).GetProperty(nameof(CurrentTenantId), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private AppDbContextLease? _lease;

    internal void BeginLease(AppDbContextLease lease, ICurrentUser caller)
    {
        _lease = lease;
        _caller = caller;
    }

    /// <summary>Clears the caller and returns the context to the pool; only the lease that holds it can.</summary>
    internal void EndLease(AppDbContextLease lease)
    {
        if (Release(lease))
        {
            base.Dispose();
        }
    }

    /// <inheritdoc cref="EndLease"/>
    internal ValueTask EndLeaseAsync(AppDbContextLease lease) => Release(lease) ? base.DisposeAsync() : ValueTask.CompletedTask;

    private bool Release(AppDbContextLease lease)
    {
        if (!ReferenceEquals(_lease, lease))
        {
            return false;
        }

        _lease = null;
        _caller = null;
        Conversations.Clear();
        return true;
    }

    // While a lease holds the context, disposing it is the lease's job: the request's scope disposes the context once
    // for every name it was resolved under (AppDbContext, IApplicationDbContext, IUnitOfWork), and a second hand-back
    // would let two requests lease the same context at once. Contexts made straight from the factory dispose as usual.
    public override void Dispose()
    {
        if (_lease is null)
        {
            base.Dispose();
        }
    }

    public override ValueTask DisposeAsync() => _lease is null ? base.DisposeAsync() : ValueTask.CompletedTask;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        modelBuilder.HasDbFunction(typeof(SearchText).GetMethod(nameof(SearchText.FoldPlurals))!)
            .HasSchema("public")
            .HasName("posvendas_fold_plurals");

        // Tenant isolation lives here, once, for every tenant-owned entity: e => e.TenantId == CurrentTenantId, built
        // for each entity type as the compiler would build that lambda, so EF reads this context's caller per query.
        var currentTenantId = Expression.Property(Expression.Constant(this), CurrentTenantIdProperty);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList())
        {
            var row = Expression.Parameter(entity.ClrType, "e");
            var sameTenant = Expression.Equal(Expression.Property(row, nameof(ITenantOwned.TenantId)), currentTenantId);
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(Expression.Lambda(sameTenant, row));
        }
    }
}
