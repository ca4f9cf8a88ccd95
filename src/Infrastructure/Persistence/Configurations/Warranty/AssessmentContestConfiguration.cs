using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;

namespace PosVendas.Infrastructure.Persistence.Configurations.Warranty;

internal sealed class AssessmentContestConfiguration : IEntityTypeConfiguration<AssessmentContest>
{
    public void Configure(EntityTypeBuilder<AssessmentContest> builder)
    {
        builder.ToTable("assessment_contests", Schemas.Warranty);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TicketAssessment>().WithMany().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.CommentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);

        // A ticket is contested once (TicketIsContestedOnceRule); the index holds it against two requests at once.
        builder.HasIndex(c => c.TicketId).IsUnique();
    }
}
