using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;

namespace PosVendas.Infrastructure.Persistence.Configurations.Warranty;

internal sealed class TicketAssessmentConfiguration : IEntityTypeConfiguration<TicketAssessment>
{
    public void Configure(EntityTypeBuilder<TicketAssessment> builder)
    {
        builder.ToTable("ticket_assessments", Schemas.Warranty);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Comment>().WithMany().HasForeignKey(a => a.CommentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TicketAssessment>().WithMany().HasForeignKey(a => a.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Explanation).HasMaxLength(TicketLimits.CommentBodyMaxLength);
        builder.Property(a => a.Fee).HasPrecision(12, 2);
        builder.Property(a => a.AssessedById).HasMaxLength(TicketLimits.AuthorIdMaxLength);
        builder.Property(a => a.AssessedByName).HasMaxLength(TicketLimits.AuthorNameMaxLength);

        // A correction supersedes one assessment, once: two corrections of the same one would fork the history.
        builder.HasIndex(a => a.SupersedesId).IsUnique();
        builder.HasIndex(a => new { a.TicketId, a.AssessedAt });

        // The assessments report reads the tenant's assessments by date.
        builder.HasIndex(a => new { a.TenantId, a.AssessedAt });
    }
}
