using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Data;

namespace PosVendas.Application.Attachments.FindUnrecordedBlobs;

/// <summary>
/// Of the given storage keys, the ones no attachment records: bytes a crashed or failed upload left behind, which
/// nothing will ever read.
/// </summary>
public sealed record FindUnrecordedBlobsQuery(IReadOnlyCollection<string> StorageKeys) : IQuery<IReadOnlyList<string>>;

internal sealed class FindUnrecordedBlobsHandler(IApplicationDbContext db) : IQueryHandler<FindUnrecordedBlobsQuery, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(FindUnrecordedBlobsQuery query, CancellationToken cancellationToken)
    {
        // A platform task: it deliberately looks across tenants.
        var recorded = await db.Attachments
            .IgnoreQueryFilters()
            .Where(a => query.StorageKeys.Contains(a.StorageKey))
            .Select(a => a.StorageKey)
            .ToListAsync(cancellationToken);
        return [.. query.StorageKeys.Except(recorded, StringComparer.Ordinal)];
    }
}
