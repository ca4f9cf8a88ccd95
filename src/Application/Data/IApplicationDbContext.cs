using Microsoft.EntityFrameworkCore;
using PosVendas.Domain.Attachments;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Notifications;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;

namespace PosVendas.Application.Data;

/// <summary>
/// The data the use cases work on. Every tenant-owned set is already filtered to the caller's tenant, so a handler
/// cannot read another incorporadora's rows by forgetting a predicate. Handlers add and change entities here; the
/// command's transaction saves them (<see cref="Common.Abstractions.IUnitOfWork"/>). Reads tuned by hand (compiled
/// queries, SQL through Npgsql) are not here but behind query interfaces of their modules, implemented in
/// Infrastructure (ITicketDetailReader, IStaffTicketReader, ITicketListReader, IStatusFlows…).
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Tenant> Tenants { get; }

    DbSet<Customer> Customers { get; }

    DbSet<Department> Departments { get; }

    DbSet<ServiceType> ServiceTypes { get; }

    DbSet<Subject> Subjects { get; }

    DbSet<TicketStatus> TicketStatuses { get; }

    DbSet<Ticket> Tickets { get; }

    DbSet<Comment> Comments { get; }

    DbSet<Attachment> Attachments { get; }

    DbSet<TicketStatusChange> TicketStatusChanges { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<WebhookEndpoint> WebhookEndpoints { get; }

    DbSet<WebhookDelivery> WebhookDeliveries { get; }

    DbSet<Development> Developments { get; }

    DbSet<Building> Buildings { get; }

    DbSet<PropertyUnit> Units { get; }

    DbSet<CommonArea> CommonAreas { get; }

    DbSet<Occupancy> Occupancies { get; }

    DbSet<WarrantyCatalog> WarrantyCatalogs { get; }

    DbSet<WarrantyCatalogVersion> WarrantyCatalogVersions { get; }

    DbSet<TicketAssessment> TicketAssessments { get; }

    DbSet<AssessmentContest> AssessmentContests { get; }

}
