using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Notifications;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Infrastructure.Persistence.Configurations.Notifications;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries", Schemas.Notifications);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.EventType).HasMaxLength(OutboxMessage.TypeMaxLength);
        builder.Property(d => d.Error).HasMaxLength(OutboxMessage.ErrorMaxLength);
        builder.HasIndex(d => new { d.EndpointId, d.AttemptedAt });
        // The hourly purge of delivery logs past the retention.
        builder.HasIndex(d => d.AttemptedAt);
    }
}
