using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PosVendas.Application.Attachments;
using PosVendas.Application.Attachments.DeleteExpiredUploads;
using PosVendas.Application.Attachments.FindUnrecordedBlobs;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.Infrastructure.Attachments;

/// <summary>
/// Deletes, every <see cref="AttachmentOptions.SweepInterval"/>, the uploads nobody claimed in time, and every
/// <see cref="AttachmentOptions.OrphanSweepInterval"/> the stored bytes no attachment records.
/// </summary>
public sealed class ExpiredUploadSweeper(
    IServiceScopeFactory scopes,
    IBlobStore blobs,
    IOptions<AttachmentOptions> options,
    SingleInstanceLock singleInstance,
    TimeProvider clock,
    ILogger<ExpiredUploadSweeper> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <summary>Sweeps until no expired upload is left; returns how many were deleted.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (true)
        {
            IReadOnlyList<string> keys;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
                keys = await mediator.Send(new DeleteExpiredUploadsCommand(BatchSize), cancellationToken);
            }

            // The records are gone (committed); now the bytes. A failure here leaves an orphan blob, never a record
            // without its bytes.
            foreach (var key in keys)
            {
                try
                {
                    await blobs.DeleteAsync(key, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Could not delete the bytes of expired upload {StorageKey}", key);
                }
            }

            deleted += keys.Count;
            if (keys.Count < BatchSize)
            {
                return deleted;
            }
        }
    }

    /// <summary>
    /// Deletes the blobs older than the unclaimed-upload lifetime that no attachment records (an upload's record
    /// commits within its request, so such bytes will never get one); returns how many were deleted.
    /// </summary>
    public async Task<int> SweepOrphansOnceAsync(CancellationToken cancellationToken)
    {
        var writtenBefore = clock.GetUtcNow() - options.Value.UnclaimedLifetime;
        var deleted = 0;
        await foreach (var candidates in blobs.ListAsync("", cancellationToken)
            .Where(blob => blob.WrittenAt < writtenBefore)
            .Select(blob => blob.Key)
            .Chunk(BatchSize * 5)
            .WithCancellation(cancellationToken))
        {
            IReadOnlyList<string> orphans;
            await using (var scope = scopes.CreateAsyncScope())
            {
                orphans = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FindUnrecordedBlobsQuery(candidates), cancellationToken);
            }

            foreach (var key in orphans)
            {
                await blobs.DeleteAsync(key, cancellationToken);
                logger.LogInformation("Deleted orphan blob {StorageKey}: no attachment records it", key);
                deleted++;
            }
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        DateTimeOffset? lastOrphanSweep = null;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // One instance sweeps at a time; the others skip this round.
                await using var sweeping = await singleInstance.TryAcquireAsync(SingleInstanceJob.UploadSweep, stoppingToken);
                if (sweeping is null)
                {
                    continue;
                }

                var deleted = await SweepOnceAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} expired uploads", deleted);
                }

                if (lastOrphanSweep is null || clock.GetUtcNow() - lastOrphanSweep >= options.Value.OrphanSweepInterval)
                {
                    lastOrphanSweep = clock.GetUtcNow();
                    await SweepOrphansOnceAsync(stoppingToken);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("An upload changed while being swept (claimed, or swept by another instance); the sweep resumes at the next tick");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Sweeping expired uploads failed; retrying at the next tick");
            }
        }
    }
}
