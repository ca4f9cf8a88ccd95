using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PosVendas.Application.Data;

namespace PosVendas.Application.Attachments.DeleteExpiredUploads;

/// <summary>
/// Removes the records of uploads nobody claimed within the configured lifetime, across all tenants, and returns
/// their storage keys. The caller deletes the bytes after this command commits: a claim that races with the sweep
/// makes the sweep fail (optimistic concurrency), so a claimed file never loses its bytes.
/// </summary>
public sealed record DeleteExpiredUploadsCommand(int BatchSize = 100) : ICommand<IReadOnlyList<string>>;

internal sealed class DeleteExpiredUploadsHandler(IApplicationDbContext db, IOptions<AttachmentOptions> options, TimeProvider clock)
    : ICommandHandler<DeleteExpiredUploadsCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(DeleteExpiredUploadsCommand command, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.UnclaimedLifetime;

        // A platform task: it deliberately looks across tenants.
        var expired = await db.Attachments
            .IgnoreQueryFilters()
            .Where(a => a.TicketId == null && a.UploadedAt < cutoff)
            .OrderBy(a => a.UploadedAt)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);

        db.Attachments.RemoveRange(expired);
        return [.. expired.Select(a => a.StorageKey)];
    }
}
