using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Data;
using PosVendas.Application.Localization;
using PosVendas.Domain.Attachments;

namespace PosVendas.Application.Attachments;

/// <summary>Attaches the caller's own uploads to a ticket or reply, inside the command that creates it.</summary>
internal sealed class AttachmentClaimer(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    IOptions<AttachmentOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// The caller's own unclaimed uploads with these ids, in the order given, to be claimed with <see cref="Claim"/>
    /// once the ticket or reply exists.
    /// </summary>
    public async Task<IReadOnlyList<Attachment>> FindOwnAsync(IReadOnlyCollection<Guid>? attachmentIds, CancellationToken cancellationToken)
    {
        if (attachmentIds is null || attachmentIds.Count == 0)
        {
            return [];
        }

        var ids = attachmentIds.Distinct().ToList();
        if (ids.Count > options.Value.MaxFilesPerMessage)
        {
            throw new PayloadTooLargeException(Texts.TooManyAttachments.Get(options.Value.MaxFilesPerMessage));
        }

        // Someone else's upload, or an expired one the sweeper has not reached yet, is not found, exactly like one
        // that does not exist.
        var uploaderId = currentUser.ActorId();
        var expiredBefore = clock.GetUtcNow() - options.Value.UnclaimedLifetime;
        var attachments = await db.Attachments
            .Where(a => ids.Contains(a.Id) && a.UploaderId == uploaderId)
            .Where(a => a.TicketId != null || a.UploadedAt >= expiredBefore)
            .ToListAsync(cancellationToken);
        var missing = ids.Except(attachments.Select(a => a.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new NotFoundException(Resource.Attachment, missing[0]);
        }

        return [.. attachments.OrderBy(a => ids.IndexOf(a.Id))];
    }

    /// <summary>Attaches uploads found by <see cref="FindOwnAsync"/> to the new ticket, or to its new reply.</summary>
    public void Claim(IReadOnlyList<Attachment> uploads, Guid tenantId, Guid ticketId, Guid? commentId)
    {
        var now = clock.GetUtcNow();
        foreach (var upload in uploads)
        {
            upload.ClaimFor(tenantId, ticketId, commentId, now);
        }
    }
}
