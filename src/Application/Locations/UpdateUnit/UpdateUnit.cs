using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Application.Locations.CreateUnit;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations.UpdateUnit;

/// <summary>
/// Replaces a unit's code and handover date, moves it to another building when <c>buildingId</c> differs, and
/// (de)activates it. An omitted external id keeps the current one. Tickets keep the location they were opened with.
/// </summary>
public sealed record UpdateUnitCommand(Guid Id, Guid? BuildingId, string? Code, DateOnly? HandoverDate, string? ExternalId, bool? Active)
    : ICommand<UnitDto>;

internal sealed class UpdateUnitCommandValidator : AbstractValidator<UpdateUnitCommand>
{
    public UpdateUnitCommandValidator()
    {
        RuleFor(c => c.Code).TrimmedLength(PropertyUnit.CodeMaxLength);
        RuleFor(c => c.ExternalId).OptionalTrimmedLength(ExternalIds.MaxLength);
    }
}

internal sealed class UpdateUnitHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<UpdateUnitCommand, UnitDto>
{
    public async ValueTask<UnitDto> Handle(UpdateUnitCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var now = clock.GetUtcNow();
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Unit, command.Id);
        if (command.BuildingId is { } buildingId && buildingId != unit.BuildingId)
        {
            var building = await db.Buildings.SingleOrDefaultAsync(b => b.Id == buildingId, cancellationToken)
                ?? throw new NotFoundException(Resource.Building, buildingId);
            unit.MoveTo(building, now);
        }

        unit.Update(command.Code!, command.HandoverDate, command.ExternalId, now);
        await UnitKeys.EnsureUniqueAsync(db, unit, cancellationToken);
        switch (command.Active)
        {
            case true:
                unit.Reactivate(now);
                break;
            case false:
                unit.Deactivate(now);
                break;
        }

        return UnitDto.From(unit);
    }
}
