using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Infrastructure.Persistence.Configurations.Tenancy;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("tenants", Schemas.Tenancy);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Slug).HasMaxLength(Tenant.SlugMaxLength);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(Tenant.NameMaxLength);
        builder.Property(t => t.DefaultLocale).HasMaxLength(10);
        builder.Property(t => t.TimeZone).HasMaxLength(Tenant.TimeZoneMaxLength);
        builder.Property(t => t.EmailFromAddress).HasMaxLength(Tenant.EmailMaxLength);
        builder.Property(t => t.EmailReplyTo).HasMaxLength(Tenant.EmailMaxLength);
        builder.Property(t => t.SupportEmail).HasMaxLength(Tenant.EmailMaxLength);
        builder.Property(t => t.PortalTicketUrl).HasMaxLength(Tenant.UrlMaxLength);
        builder.Property(t => t.LogoUrl).HasMaxLength(Tenant.UrlMaxLength);
        builder.Property(t => t.PrimaryColor).HasMaxLength(7);

        // PostgreSQL's xmin: the settings' version, sent as their ETag; a change against a stale version is refused.
        builder.Property<uint>(RowVersion.PropertyName).IsRowVersion();
    }
}
