using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations.CreateOccupancy;

/// <summary>
/// Links a person to a place: an owner, co-owner or resident to a unit (<c>unitId</c>), or a síndico to a development
/// (<c>developmentId</c>) or one of its buildings (<c>buildingId</c>). The person is named by their token's subject,
/// or by e-mail until they first sign in.
/// </summary>
public sealed record CreateOccupancyCommand(
    OccupancyRole? Role, Guid? UnitId, Guid? DevelopmentId, Guid? BuildingId, string? Subject, string? Email, DateOnly? From, DateOnly? To)
    : ICommand<OccupancyDto>;

internal sealed class CreateOccupancyCommandValidator : AbstractValidator<CreateOccupancyCommand>
{
    public CreateOccupancyCommandValidator()
    {
        RuleFor(c => c.Role).NotNull();
        RuleFor(c => c.From).NotNull();
        RuleFor(c => c.UnitId).NotEmpty().When(c => c.Role is not null and not OccupancyRole.Syndic);
        RuleFor(c => c.UnitId).Null().When(c => c.Role is OccupancyRole.Syndic);
        RuleFor(c => c.DevelopmentId).NotEmpty().When(c => c.Role is OccupancyRole.Syndic && c.BuildingId is null);
        RuleFor(c => c.Subject).OptionalTrimmedLength(Occupancy.SubjectMaxLength);
        RuleFor(c => c.Email).EmailAddress().MaximumLength(Occupancy.EmailMaxLength).When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Email).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.Subject));
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).When(c => c.To is not null && c.From is not null);
    }
}

internal sealed class CreateOccupancyHandler(IApplicationDbContext db, ICurrentUser currentUser) : ICommandHandler<CreateOccupancyCommand, OccupancyDto>
{
    public async ValueTask<OccupancyDto> Handle(CreateOccupancyCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var role = command.Role!.Value;
        var from = command.From!.Value;
        Occupancy occupancy;
        if (role == OccupancyRole.Syndic)
        {
            var building = command.BuildingId is { } buildingId
                ? await db.Buildings.SingleOrDefaultAsync(b => b.Id == buildingId, cancellationToken) ?? throw new NotFoundException(Resource.Building, buildingId)
                : null;
            var developmentId = building?.DevelopmentId ?? command.DevelopmentId!.Value;
            var development = await db.Developments.SingleOrDefaultAsync(d => d.Id == developmentId, cancellationToken)
                ?? throw new NotFoundException(Resource.Development, developmentId);
            occupancy = Occupancy.OfSyndic(development, building, command.Subject, command.Email, from, command.To);
        }
        else
        {
            var unitId = command.UnitId!.Value;
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
                ?? throw new NotFoundException(Resource.Unit, unitId);
            occupancy = Occupancy.OfUnit(unit, role, command.Subject, command.Email, from, command.To);
        }

        db.Occupancies.Add(occupancy);
        return OccupancyDto.Of(occupancy);
    }
}
