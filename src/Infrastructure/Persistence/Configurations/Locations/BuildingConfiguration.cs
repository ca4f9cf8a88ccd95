using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Infrastructure.Persistence.Configurations.Locations;

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> builder)
    {
        builder.ToTable("buildings", Schemas.Locations);
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(b => b.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Development>().WithMany().HasForeignKey(b => b.DevelopmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Name).HasMaxLength(Building.NameMaxLength);
        builder.Property(b => b.ExternalId).HasMaxLength(ExternalIds.MaxLength);
        builder.HasIndex(b => new { b.DevelopmentId, b.Name }).IsUnique();
        builder.HasIndex(b => new { b.TenantId, b.ExternalId }).IsUnique();
    }
}
