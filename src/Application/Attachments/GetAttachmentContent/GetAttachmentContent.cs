using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Locations;
using PosVendas.Application.Tickets;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Attachments.GetAttachmentContent;

/// <summary>
/// Opens an attachment for download. Whoever may see its ticket may read it (the ticket's customer, the owners of its
/// unit when it was shared with them, the tenant's staff); an unclaimed upload only its uploader. Everyone else is
/// told it does not exist.
/// </summary>
public sealed record GetAttachmentContentQuery(Guid Id) : IQuery<AttachmentContent>;

/// <summary>The stream is the caller's to dispose.</summary>
public sealed record AttachmentContent(string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, Stream Content);

internal sealed class GetAttachmentContentHandler(
    IApplicationDbContext db,
    ICurrentUser currentUser,
    IBlobStore blobs,
    CallerPlaces places,
    ILogger<GetAttachmentContentHandler> logger) : IQueryHandler<GetAttachmentContentQuery, AttachmentContent>
{
    public async ValueTask<AttachmentContent> Handle(GetAttachmentContentQuery query, CancellationToken cancellationToken)
    {
        var actorId = currentUser.ActorId() ?? throw new ForbiddenAccessException();
        var customerId = currentUser.CustomerId;
        var isStaff = currentUser.Role is Roles.Agent or Roles.Admin;

        // Staff see the files of the tickets of their scope (department-limited agents included); customers those of
        // their own tickets except files on internal notes.
        var staffTickets = isStaff ? db.Tickets.VisibleToStaff(currentUser) : db.Tickets.Where(_ => false);
        var attachment = await db.Attachments
            .AsNoTracking()
            .Where(a => a.Id == query.Id)
            .Where(a => a.TicketId == null
                ? a.UploaderId == actorId
                : staffTickets.Any(t => t.Id == a.TicketId)
                  || (db.Tickets.Any(t => t.Id == a.TicketId && t.CustomerId == customerId)
                      && (a.CommentId == null || db.Comments.Any(c => c.Id == a.CommentId && !c.IsInternal))))
            .Select(a => new AttachmentFound(a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.StorageKey))
            .SingleOrDefaultAsync(cancellationToken)
            ?? await OnSharedTicketAsync(query.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Attachment, query.Id);

        var content = await blobs.OpenReadAsync(attachment.StorageKey, cancellationToken);
        if (content is null)
        {
            logger.LogError("The bytes of attachment {AttachmentId} are missing from the blob store (key {StorageKey})", query.Id, attachment.StorageKey);
            throw new NotFoundException(Resource.Attachment, query.Id);
        }

        return new AttachmentContent(attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256, attachment.UploadedAt, content);
    }

    /// <summary>
    /// A customer's file on a ticket another owner shared with a unit the customer owns or co-owns (not on an internal
    /// note); looked for only when the file is not on one of their own tickets, so their own files cost nothing more.
    /// </summary>
    private async Task<AttachmentFound?> OnSharedTicketAsync(Guid attachmentId, CancellationToken cancellationToken)
    {
        if (currentUser.CustomerId is null)
        {
            return null;
        }

        var units = (await places.CurrentOccupanciesAsync(cancellationToken))
            .Where(o => o.Role is OccupancyRole.Owner or OccupancyRole.CoOwner && o.UnitId is not null)
            .Select(o => o.UnitId!.Value)
            .ToList();
        if (units.Count == 0)
        {
            return null;
        }

        return await db.Attachments
            .AsNoTracking()
            .Where(a => a.Id == attachmentId)
            .Where(a => db.Tickets.Any(t => t.Id == a.TicketId && t.SharedWithUnit && units.Contains(t.Location!.UnitId!.Value))
                && (a.CommentId == null || db.Comments.Any(c => c.Id == a.CommentId && !c.IsInternal)))
            .Select(a => new AttachmentFound(a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.StorageKey))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private sealed record AttachmentFound(string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string StorageKey);
}
