using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
        builder.Property(s => s.Name).HasMaxLength(TicketStatus.NameMaxLength);
        builder.HasIndex(s => new { s.TenantId, s.Name }).IsUnique();
        builder.Property(s => s.Category).HasConversion<string>().HasMaxLength(20);

        builder.Ignore(s => s.IsInitial);

        // At most one default per category and tenant (the New default being the initial status): the database
        // refuses a second one.
        builder.HasIndex(s => new { s.TenantId, s.Category }).IsUnique().HasFilter("is_default").HasDatabaseName("ux_ticket_statuses_one_default_per_category");
    }
}
