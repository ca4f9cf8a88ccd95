using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Warranty;

namespace PosVendas.Infrastructure.Persistence.Configurations.Catalog;

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> builder)
    {
        builder.ToTable("subjects", Schemas.Catalog);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Name).HasMaxLength(Subject.NameMaxLength);
        builder.ComplexProperty(s => s.Label, LabelColumns.Configure);
        builder.Property(s => s.Location).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.WarrantyItemKey).HasMaxLength(WarrantyItem.KeyMaxLength);
        builder.HasIndex(s => new { s.ServiceTypeId, s.Name }).IsUnique();
    }
}
