using Mediator;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Warranty.PublishWarrantyVersion;

/// <summary>Publishes a draft: from then on it never changes, and developments may be pinned to it.</summary>
public sealed record PublishWarrantyVersionCommand(Guid CatalogId, int Number) : ICommand<WarrantyVersionDto>;

internal sealed class PublishWarrantyVersionHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<PublishWarrantyVersionCommand, WarrantyVersionDto>
{
    public async ValueTask<WarrantyVersionDto> Handle(PublishWarrantyVersionCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var catalog = await WarrantyCatalogs.LoadAsync(db, command.CatalogId, cancellationToken);
        var version = WarrantyCatalogs.Version(catalog, command.Number);
        version.Publish(clock.GetUtcNow());
        return WarrantyVersionDto.From(version);
    }
}
