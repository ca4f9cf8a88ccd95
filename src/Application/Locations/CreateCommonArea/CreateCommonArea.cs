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

namespace PosVendas.Application.Locations.CreateCommonArea;

/// <summary>Adds an área comum to a development, or to one of its buildings when <c>buildingId</c> is given.</summary>
public sealed record CreateCommonAreaCommand(Guid DevelopmentId, Guid? BuildingId, string? Name) : ICommand<CommonAreaDto>;

internal sealed class CreateCommonAreaCommandValidator : AbstractValidator<CreateCommonAreaCommand>
{
    public CreateCommonAreaCommandValidator()
    {
        RuleFor(c => c.DevelopmentId).NotEmpty();
        RuleFor(c => c.Name).TrimmedLength(CommonArea.NameMaxLength);
    }
}

internal sealed class CreateCommonAreaHandler(IApplicationDbContext db, ICurrentUser currentUser) : ICommandHandler<CreateCommonAreaCommand, CommonAreaDto>
{
    public async ValueTask<CommonAreaDto> Handle(CreateCommonAreaCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var development = await db.Developments.SingleOrDefaultAsync(d => d.Id == command.DevelopmentId, cancellationToken)
            ?? throw new NotFoundException(Resource.Development, command.DevelopmentId);
        CommonArea area;
        if (command.BuildingId is { } buildingId)
        {
            var building = await db.Buildings.SingleOrDefaultAsync(b => b.Id == buildingId && b.DevelopmentId == development.Id, cancellationToken)
                ?? throw new NotFoundException(Resource.Building, buildingId);
            area = CommonArea.OfBuilding(building, command.Name!);
        }
        else
        {
            area = CommonArea.OfDevelopment(development, command.Name!);
        }

        await CommonAreaKeys.EnsureUniqueAsync(db, area, cancellationToken);
        db.CommonAreas.Add(area);
        return CommonAreaDto.From(area);
    }
}

/// <summary>A common area's name is unique where it is: its building, or its development outside any building.</summary>
internal static class CommonAreaKeys
{
    public static async Task EnsureUniqueAsync(IApplicationDbContext db, CommonArea area, CancellationToken cancellationToken)
    {
        var taken = await db.CommonAreas.AnyAsync(
            a => a.Id != area.Id && a.DevelopmentId == area.DevelopmentId && a.BuildingId == area.BuildingId && a.Name == area.Name, cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new LocationKeyMustBeUniqueRule(area.Name, taken));
    }
}
