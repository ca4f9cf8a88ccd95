using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Warranty;

namespace PosVendas.Infrastructure.Persistence.Configurations.Warranty;

internal sealed class WarrantyCatalogVersionConfiguration : IEntityTypeConfiguration<WarrantyCatalogVersion>
{
    public void Configure(EntityTypeBuilder<WarrantyCatalogVersion> builder)
    {
        builder.ToTable("catalog_versions", Schemas.Warranty);
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.CatalogId, v.Number }).IsUnique();
        builder.Ignore(v => v.IsPublished);
        builder.HasMany(v => v.Items).WithOne().HasForeignKey(i => i.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Items).HasField("_items");
    }
}
