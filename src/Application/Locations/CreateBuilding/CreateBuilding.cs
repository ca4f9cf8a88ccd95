using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Domain.Common;
using PosVendas.Domain.Locations;
using PosVendas.Domain.Locations.Rules;

namespace PosVendas.Application.Locations.CreateBuilding;

/// <summary>Adds a torre or bloco to a development.</summary>
public sealed record CreateBuildingCommand(Guid DevelopmentId, string? Name, string? ExternalId) : ICommand<BuildingDto>;

internal sealed class CreateBuildingCommandValidator : AbstractValidator<CreateBuildingCommand>
{
    public CreateBuildingCommandValidator()
    {
        RuleFor(c => c.DevelopmentId).NotEmpty();
        RuleFor(c => c.Name).TrimmedLength(Building.NameMaxLength);
        RuleFor(c => c.ExternalId).OptionalTrimmedLength(ExternalIds.MaxLength);
    }
}

internal sealed class CreateBuildingHandler(IApplicationDbContext db, ICurrentUser currentUser) : ICommandHandler<CreateBuildingCommand, BuildingDto>
{
    public async ValueTask<BuildingDto> Handle(CreateBuildingCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var development = await db.Developments.SingleOrDefaultAsync(d => d.Id == command.DevelopmentId, cancellationToken)
            ?? throw new NotFoundException(Resource.Development, command.DevelopmentId);
        var building = Building.Create(development, command.Name!, command.ExternalId);
        await BuildingKeys.EnsureUniqueAsync(db, building, cancellationToken);
        db.Buildings.Add(building);
        return BuildingDto.From(building);
    }
}

/// <summary>A building's name is unique within its development, its external id within the tenant.</summary>
internal static class BuildingKeys
{
    public static async Task EnsureUniqueAsync(IApplicationDbContext db, Building building, CancellationToken cancellationToken)
    {
        var nameTaken = await db.Buildings.AnyAsync(
            b => b.Id != building.Id && b.DevelopmentId == building.DevelopmentId && b.Name == building.Name, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new LocationKeyMustBeUniqueRule(building.Name, nameTaken));
        if (building.ExternalId is { } externalId)
        {
            var externalIdTaken = await db.Buildings.AnyAsync(b => b.Id != building.Id && b.ExternalId == externalId, cancellationToken);
            BusinessRuleValidationException.ThrowIfBroken(new LocationKeyMustBeUniqueRule(externalId, externalIdTaken));
        }
    }
}
