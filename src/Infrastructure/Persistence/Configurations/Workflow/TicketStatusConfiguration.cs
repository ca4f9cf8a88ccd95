using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Workflow;

namespace PosVendas.Infrastructure.Persistence.Configurations.Workflow;

internal sealed class TicketStatusConfiguration : IEntityTypeConfiguration<TicketStatus>
{
    public void Configure(EntityTypeBuilder<TicketStatus> builder)
    {
        builder.ToTable("ticket_statuses", Schemas.Workflow);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceType>().WithMany().HasForeignKey(s => s.ServiceTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Name).HasMaxLength(TicketStatus.NameMaxLength);
        builder.ComplexProperty(s => s.Label, LabelColumns.Configure);

        // Names are unique within a flow; NULLS NOT DISTINCT makes the tenant-wide flow (no service type) one flow.
        builder.HasIndex(s => new { s.TenantId, s.ServiceTypeId, s.Name }).IsUnique().AreNullsDistinct(false);
        builder.Property(s => s.Category).HasConversion<string>().HasMaxLength(20);

        builder.Ignore(s => s.IsInitial);

        // At most one default per category and flow (the New default being the initial status): the database
        // refuses a second one.
        builder.HasIndex(s => new { s.TenantId, s.ServiceTypeId, s.Category })
            .IsUnique()
            .AreNullsDistinct(false)
            .HasFilter("is_default")
            .HasDatabaseName("ux_ticket_statuses_one_default_per_category");

        // Each assessment outcome moves a flow's tickets to one status at most (StatusFlow.MapAssessmentOutcome). No
        // unique index: moving an outcome to another status updates two rows in one batch, in an order EF Core picks.
        builder.Property(s => s.AssessmentOutcome).HasConversion<string>().HasMaxLength(20);
    }
}
