using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Warranty;

namespace PosVendas.Infrastructure.Persistence.Configurations.Locations;

internal sealed class DevelopmentConfiguration : IEntityTypeConfiguration<Development>
{
    public void Configure(EntityTypeBuilder<Development> builder)
    {
        builder.ToTable("developments", Schemas.Locations);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Name).HasMaxLength(Development.NameMaxLength);
        builder.Property(d => d.Code).HasMaxLength(Development.CodeMaxLength);
        builder.Property(d => d.Address).HasMaxLength(Development.AddressMaxLength);
        builder.Property(d => d.ExternalId).HasMaxLength(ExternalIds.MaxLength);
        builder.HasOne<WarrantyCatalogVersion>().WithMany().HasForeignKey(d => d.WarrantyTermsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TenantId, d.Code }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.ExternalId }).IsUnique();
        // The admin list, in name order, keyset on (name, id).
        builder.HasIndex(d => new { d.TenantId, d.Name, d.Id });
    }
}
