using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Application.Locations.CreateBuilding;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations.UpdateBuilding;

/// <summary>Renames a building, and (de)activates it. An omitted external id keeps the current one.</summary>
public sealed record UpdateBuildingCommand(Guid Id, string? Name, string? ExternalId, bool? Active) : ICommand<BuildingDto>;

internal sealed class UpdateBuildingCommandValidator : AbstractValidator<UpdateBuildingCommand>
{
    public UpdateBuildingCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(Building.NameMaxLength);
        RuleFor(c => c.ExternalId).OptionalTrimmedLength(ExternalIds.MaxLength);
    }
}

internal sealed class UpdateBuildingHandler(IApplicationDbContext db, ICurrentUser currentUser) : ICommandHandler<UpdateBuildingCommand, BuildingDto>
{
    public async ValueTask<BuildingDto> Handle(UpdateBuildingCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var building = await db.Buildings.SingleOrDefaultAsync(b => b.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Building, command.Id);
        building.Update(command.Name!, command.ExternalId);
        await BuildingKeys.EnsureUniqueAsync(db, building, cancellationToken);
        switch (command.Active)
        {
            case true:
                building.Reactivate();
                break;
            case false:
                building.Deactivate();
                break;
        }

        return BuildingDto.From(building);
    }
}
