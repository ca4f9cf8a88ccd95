using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Infrastructure.Persistence.Configurations.Catalog;

internal sealed class ServiceTypeConfiguration : IEntityTypeConfiguration<ServiceType>
{
    public void Configure(EntityTypeBuilder<ServiceType> builder)
    {
        builder.ToTable("service_types", Schemas.Catalog);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Name).HasMaxLength(ServiceType.NameMaxLength);
        builder.ComplexProperty(s => s.Label, LabelColumns.Configure);
        builder.HasIndex(s => new { s.TenantId, s.Name }).IsUnique();
        builder.HasMany(s => s.Subjects)
            .WithOne(s => s.ServiceType)
            .HasForeignKey(s => s.ServiceTypeId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.Subjects).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
