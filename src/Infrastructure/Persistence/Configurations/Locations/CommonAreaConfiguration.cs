using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Infrastructure.Persistence.Configurations.Locations;

internal sealed class CommonAreaConfiguration : IEntityTypeConfiguration<CommonArea>
{
    public void Configure(EntityTypeBuilder<CommonArea> builder)
    {
        builder.ToTable("common_areas", Schemas.Locations);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Development>().WithMany().HasForeignKey(a => a.DevelopmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Building>().WithMany().HasForeignKey(a => a.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Name).HasMaxLength(CommonArea.NameMaxLength);
        builder.HasIndex(a => new { a.DevelopmentId, a.BuildingId, a.Name }).IsUnique().AreNullsDistinct(false);
    }
}
