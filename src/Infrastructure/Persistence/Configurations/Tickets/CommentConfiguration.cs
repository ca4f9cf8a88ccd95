using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;

namespace PosVendas.Infrastructure.Persistence.Configurations.Tickets;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments", Schemas.Tickets);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.AuthorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AuthorId).HasMaxLength(TicketLimits.AuthorIdMaxLength);
        builder.Property(c => c.AuthorName).HasMaxLength(TicketLimits.AuthorNameMaxLength);
        builder.Property(c => c.Body).HasMaxLength(TicketLimits.CommentBodyMaxLength);
        builder.HasIndex(c => new { c.TicketId, c.CreatedAt });
    }
}
