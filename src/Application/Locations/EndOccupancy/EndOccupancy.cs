using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Locations.EndOccupancy;

/// <summary>
/// Sets an occupancy's last day (a sale, a lease that ended). The person keeps the tickets they opened and, from the
/// day after, no longer sees the unit's shared ones.
/// </summary>
public sealed record EndOccupancyCommand(Guid Id, DateOnly? To) : ICommand<OccupancyDto>;

internal sealed class EndOccupancyCommandValidator : AbstractValidator<EndOccupancyCommand>
{
    public EndOccupancyCommandValidator()
    {
        RuleFor(c => c.To).NotNull();
    }
}

internal sealed class EndOccupancyHandler(IApplicationDbContext db, ICurrentUser currentUser) : ICommandHandler<EndOccupancyCommand, OccupancyDto>
{
    public async ValueTask<OccupancyDto> Handle(EndOccupancyCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var occupancy = await db.Occupancies.SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Occupancy, command.Id);
        occupancy.End(command.To!.Value);
        return OccupancyDto.Of(occupancy);
    }
}
