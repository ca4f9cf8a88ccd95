using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Notifications;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Infrastructure.Persistence.Configurations.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages", Schemas.Notifications);
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Type).HasMaxLength(OutboxMessage.TypeMaxLength);
        builder.Property(m => m.Recipient).HasMaxLength(OutboxMessage.RecipientMaxLength);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);

        // The dispatcher's scan: pending messages that are due.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_outbox_messages_due");
        builder.HasIndex(m => new { m.TenantId, m.Status });
        // Readiness reads the backlog, its oldest message and the dead ones from these small indexes, however many
        // delivered rows the table keeps (OutboxHealthCheck).
        builder.HasIndex(m => m.CreatedAt, "PendingByAge").HasFilter("status = 'Pending'").HasDatabaseName("ix_outbox_messages_pending_created");
        builder.HasIndex(m => m.CreatedAt, "DeadByAge").HasFilter("status = 'Dead'").HasDatabaseName("ix_outbox_messages_dead_created");
        // The hourly purge finds delivered messages past the retention here instead of reading the whole table.
        builder.HasIndex(m => m.DeliveredAt, "DeliveredByAge").HasFilter("status = 'Delivered'").HasDatabaseName("ix_outbox_messages_delivered_at");
    }
}
