using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Infrastructure.Persistence.Configurations.Locations;

internal sealed class OccupancyConfiguration : IEntityTypeConfiguration<Occupancy>
{
    public void Configure(EntityTypeBuilder<Occupancy> builder)
    {
        builder.ToTable("occupancies", Schemas.Locations);
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(o => o.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Development>().WithMany().HasForeignKey(o => o.DevelopmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Building>().WithMany().HasForeignKey(o => o.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PropertyUnit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Subject).HasMaxLength(Occupancy.SubjectMaxLength);
        builder.Property(o => o.Email).HasMaxLength(Occupancy.EmailMaxLength);

        // The caller's places: by subject once bound, by e-mail before.
        builder.HasIndex(o => new { o.TenantId, o.Subject });
        builder.HasIndex(o => new { o.TenantId, o.Email }).HasFilter("subject IS NULL");
    }
}
