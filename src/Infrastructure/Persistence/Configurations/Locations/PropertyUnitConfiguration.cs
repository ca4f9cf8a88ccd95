using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Infrastructure.Persistence.Configurations.Locations;

internal sealed class PropertyUnitConfiguration : IEntityTypeConfiguration<PropertyUnit>
{
    public void Configure(EntityTypeBuilder<PropertyUnit> builder)
    {
        builder.ToTable("units", Schemas.Locations);
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Development>().WithMany().HasForeignKey(u => u.DevelopmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Building>().WithMany().HasForeignKey(u => u.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.Code).HasMaxLength(PropertyUnit.CodeMaxLength);
        builder.Property(u => u.ExternalId).HasMaxLength(ExternalIds.MaxLength);
        builder.HasIndex(u => new { u.BuildingId, u.Code }).IsUnique();
        builder.HasIndex(u => new { u.TenantId, u.ExternalId }).IsUnique();
    }
}
