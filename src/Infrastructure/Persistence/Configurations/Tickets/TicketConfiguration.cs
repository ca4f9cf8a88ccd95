using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Warranty;
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

        // The location as it was at opening: names and codes copied, ids kept for filters and the unit's occupants.
        builder.ComplexProperty(t => t.Location, location =>
        {
            location.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20).HasColumnName("location_kind");
            location.Property(l => l.DevelopmentId).HasColumnName("location_development_id");
            location.Property(l => l.BuildingId).HasColumnName("location_building_id");
            location.Property(l => l.UnitId).HasColumnName("location_unit_id");
            location.Property(l => l.CommonAreaId).HasColumnName("location_common_area_id");
            location.Property(l => l.DevelopmentName).HasMaxLength(Development.NameMaxLength).HasColumnName("location_development_name");
            location.Property(l => l.BuildingName).HasMaxLength(Building.NameMaxLength).HasColumnName("location_building_name");
            location.Property(l => l.UnitCode).HasMaxLength(PropertyUnit.CodeMaxLength).HasColumnName("location_unit_code");
            location.Property(l => l.CommonAreaName).HasMaxLength(CommonArea.NameMaxLength).HasColumnName("location_common_area_name");
            location.Property(l => l.Description).HasMaxLength(LocationSnapshot.DescriptionMaxLength).HasColumnName("location_description");
        });

        builder.ComplexProperty(t => t.Warranty, warranty =>
        {
            warranty.Property(w => w.Status).HasConversion<string>().HasMaxLength(20).HasColumnName("warranty_status");
            warranty.Property(w => w.Gap).HasConversion<string>().HasMaxLength(30).HasColumnName("warranty_gap");
            warranty.Property(w => w.ItemKey).HasMaxLength(WarrantyItem.KeyMaxLength).HasColumnName("warranty_item_key");
            warranty.Property(w => w.TermMonths).HasColumnName("warranty_term_months");
            warranty.Property(w => w.StartsOn).HasColumnName("warranty_starts_on");
            warranty.Property(w => w.LastDay).HasColumnName("warranty_last_day");
        });

        // The unit's shared tickets, for its other occupants: ix_tickets_shared_with_unit, made by the Locations
        // migration in SQL (EF Core indexes no complex property's column).

        builder.HasIndex(t => new { t.TenantId, t.Number }).IsUnique();

        // Matches the customer's list: newest (highest number) first, keyset on number.
        builder.HasIndex(t => new { t.TenantId, t.CustomerId, t.Number })
            .IsDescending(false, false, true)
            .HasDatabaseName("ix_tickets_customer_list");

        builder.HasMany(t => t.Comments).WithOne().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.StatusChanges).WithOne().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.StatusChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Assessments).WithOne().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.Assessments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne(t => t.Contest).WithOne().HasForeignKey<AssessmentContest>(c => c.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.CurrentAssessment);

        // PostgreSQL's xmin: the ticket's version, sent as its ETag; a change against a stale version is refused.
        builder.Property<uint>(RowVersion.PropertyName).IsRowVersion();

        // The staff queue by last activity (newest first scans the unique (tenant_id, number) index backwards).
        builder.HasIndex(t => new { t.TenantId, t.LastActivityAt, t.Number }).IsDescending(false, true, true).HasDatabaseName("ix_tickets_queue_last_activity");
    }
}
