using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Warranty;

namespace PosVendas.Infrastructure.Persistence.Configurations.Warranty;

internal sealed class WarrantyCatalogConfiguration : IEntityTypeConfiguration<WarrantyCatalog>
{
    public void Configure(EntityTypeBuilder<WarrantyCatalog> builder)
    {
        builder.ToTable("catalogs", Schemas.Warranty);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Name).HasMaxLength(WarrantyCatalog.NameMaxLength);
        builder.HasIndex(c => new { c.TenantId, c.Name }).IsUnique();
        builder.HasMany(c => c.Versions).WithOne().HasForeignKey(v => v.CatalogId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Versions).HasField("_versions");
    }
}
