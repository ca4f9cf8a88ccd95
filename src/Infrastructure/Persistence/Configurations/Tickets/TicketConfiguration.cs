using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Infrastructure.Persistence.Configurations.Tickets;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("tickets", Schemas.Tickets);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceType>().WithMany().HasForeignKey(t => t.ServiceTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Subject>().WithMany().HasForeignKey(t => t.SubjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TicketStatus>().WithMany().HasForeignKey(t => t.StatusId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Description).HasMaxLength(TicketLimits.DescriptionMaxLength);

        builder.HasIndex(t => new { t.TenantId, t.Number }).IsUnique();

        // Matches the customer's list: newest (highest number) first, keyset on number.
        builder.HasIndex(t => new { t.TenantId, t.CustomerId, t.Number })
            .IsDescending(false, false, true)
            .HasDatabaseName("ix_tickets_customer_list");

        builder.HasMany(t => t.Comments).WithOne().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.StatusChanges).WithOne().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.StatusChanges).UsePropertyAccessMode(PropertyAccessMode.Field);

        // PostgreSQL's xmin: the ticket's version, sent as its ETag; a change against a stale version is refused.
        builder.Property<uint>(RowVersion.PropertyName).IsRowVersion();

        // The staff queue by last activity (newest first scans the unique (tenant_id, number) index backwards).
        builder.HasIndex(t => new { t.TenantId, t.LastActivityAt, t.Number }).IsDescending(false, true, true).HasDatabaseName("ix_tickets_queue_last_activity");
    }
}
