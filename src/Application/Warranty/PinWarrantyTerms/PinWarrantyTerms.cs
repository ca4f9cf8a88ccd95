using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;
using PosVendas.Application.Locations;

namespace PosVendas.Application.Warranty.PinWarrantyTerms;

/// <summary>
/// Pins a development to a published version of a catalog: the terms its buyers received. With no catalog, unpins it.
/// </summary>
public sealed record PinWarrantyTermsCommand(Guid DevelopmentId, Guid? CatalogId, int? Version) : ICommand<DevelopmentDto>;

internal sealed class PinWarrantyTermsCommandValidator : AbstractValidator<PinWarrantyTermsCommand>
{
    public PinWarrantyTermsCommandValidator() => RuleFor(c => c.Version).NotNull().GreaterThan(0).When(c => c.CatalogId is not null);
}

internal sealed class PinWarrantyTermsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<PinWarrantyTermsCommand, DevelopmentDto>
{
    public async ValueTask<DevelopmentDto> Handle(PinWarrantyTermsCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var development = await db.Developments.SingleOrDefaultAsync(d => d.Id == command.DevelopmentId, cancellationToken)
            ?? throw new NotFoundException(Resource.Development, command.DevelopmentId);
        if (command.CatalogId is not { } catalogId)
        {
            development.UnpinWarrantyTerms();
            return DevelopmentDto.From(development);
        }

        var catalog = await WarrantyCatalogs.LoadAsync(db, catalogId, cancellationToken);
        var version = WarrantyCatalogs.Version(catalog, command.Version!.Value);
        development.PinWarrantyTerms(version);
        return DevelopmentDto.From(development);
    }
}
