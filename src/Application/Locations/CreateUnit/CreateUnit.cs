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

namespace PosVendas.Application.Locations.CreateUnit;

/// <summary>Adds a unidade to a building.</summary>
public sealed record CreateUnitCommand(Guid BuildingId, string? Code, DateOnly? HandoverDate, string? ExternalId) : ICommand<UnitDto>;

internal sealed class CreateUnitCommandValidator : AbstractValidator<CreateUnitCommand>
{
    public CreateUnitCommandValidator()
    {
        RuleFor(c => c.BuildingId).NotEmpty();
        RuleFor(c => c.Code).TrimmedLength(PropertyUnit.CodeMaxLength);
        RuleFor(c => c.ExternalId).OptionalTrimmedLength(ExternalIds.MaxLength);
    }
}

internal sealed class CreateUnitHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<CreateUnitCommand, UnitDto>
{
    public async ValueTask<UnitDto> Handle(CreateUnitCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var building = await db.Buildings.SingleOrDefaultAsync(b => b.Id == command.BuildingId, cancellationToken)
            ?? throw new NotFoundException(Resource.Building, command.BuildingId);
        var unit = PropertyUnit.Create(building, command.Code!, command.HandoverDate, command.ExternalId, clock.GetUtcNow());
        await UnitKeys.EnsureUniqueAsync(db, unit, cancellationToken);
        db.Units.Add(unit);
        return UnitDto.From(unit);
    }
}

/// <summary>A unit's code is unique within its building, its external id within the tenant.</summary>
internal static class UnitKeys
{
    public static async Task EnsureUniqueAsync(IApplicationDbContext db, PropertyUnit unit, CancellationToken cancellationToken)
    {
        var codeTaken = await db.Units.AnyAsync(u => u.Id != unit.Id && u.BuildingId == unit.BuildingId && u.Code == unit.Code, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new LocationKeyMustBeUniqueRule(unit.Code, codeTaken));
        if (unit.ExternalId is { } externalId)
        {
            var externalIdTaken = await db.Units.AnyAsync(u => u.Id != unit.Id && u.ExternalId == externalId, cancellationToken);
            BusinessRuleValidationException.ThrowIfBroken(new LocationKeyMustBeUniqueRule(externalId, externalIdTaken));
        }
    }
}
