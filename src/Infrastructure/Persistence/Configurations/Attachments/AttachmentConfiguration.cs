using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Domain.Attachments;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;

namespace PosVendas.Infrastructure.Persistence.Configurations.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments", Schemas.Attachments);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Comment>().WithMany().HasForeignKey(a => a.CommentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.UploaderId).HasMaxLength(AttachmentLimits.UploaderIdMaxLength);
        builder.Property(a => a.FileName).HasMaxLength(AttachmentLimits.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(AttachmentLimits.ContentTypeMaxLength);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.StorageKey).HasMaxLength(AttachmentLimits.StorageKeyMaxLength);
        builder.HasIndex(a => a.StorageKey).IsUnique();
        builder.Ignore(a => a.IsClaimed);

        // PostgreSQL's xmin: a claim and the expiry sweep never both win on the same row.
        builder.Property<uint>(RowVersion.PropertyName).IsRowVersion();

        // The sweeper's scan: unclaimed uploads by age.
        builder.HasIndex(a => a.UploadedAt).HasFilter("ticket_id IS NULL").HasDatabaseName("ix_attachments_unclaimed_by_age");
    }
}
