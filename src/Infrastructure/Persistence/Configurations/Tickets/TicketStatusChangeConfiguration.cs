using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Workflow;

namespace PosVendas.Infrastructure.Persistence.Configurations.Tickets;

internal sealed class TicketStatusChangeConfiguration : IEntityTypeConfiguration<TicketStatusChange>
{
    public void Configure(EntityTypeBuilder<TicketStatusChange> builder)
    {
        builder.ToTable("ticket_status_changes", Schemas.Tickets);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TicketStatus>().WithMany().HasForeignKey(c => c.FromStatusId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TicketStatus>().WithMany().HasForeignKey(c => c.ToStatusId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.ChangedByKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ChangedById).HasMaxLength(TicketLimits.AuthorIdMaxLength);
        builder.Property(c => c.ChangedByName).HasMaxLength(TicketLimits.AuthorNameMaxLength);
        builder.HasIndex(c => new { c.TicketId, c.ChangedAt });
    }
}
