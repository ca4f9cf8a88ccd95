using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Warranty;

namespace PosVendas.Infrastructure.Persistence.Configurations.Warranty;

internal sealed class WarrantyItemConfiguration : IEntityTypeConfiguration<WarrantyItem>
{
    public void Configure(EntityTypeBuilder<WarrantyItem> builder)
    {
        builder.ToTable("items", Schemas.Warranty);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Key).HasMaxLength(WarrantyItem.KeyMaxLength);
        builder.HasIndex(i => new { i.VersionId, i.Key }).IsUnique();
        builder.ComplexProperty(i => i.System, system => LabelColumns.Configure(system, "system"));
        builder.ComplexProperty(i => i.Component, component => LabelColumns.Configure(component, "component"));
        builder.Property(i => i.FailureTypes).HasColumnType("text[]");
        builder.Property(i => i.LossConditions).HasColumnType("text[]");
        builder.Property(i => i.StartsFrom).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.LegalBasis).HasMaxLength(WarrantyItem.LegalBasisMaxLength);
    }
}
