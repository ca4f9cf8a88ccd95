using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Application.Locations.CreateCommonArea;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations.UpdateCommonArea;

/// <summary>Renames a common area, and (de)activates it.</summary>
public sealed record UpdateCommonAreaCommand(Guid Id, string? Name, bool? Active) : ICommand<CommonAreaDto>;

internal sealed class UpdateCommonAreaCommandValidator : AbstractValidator<UpdateCommonAreaCommand>
{
    public UpdateCommonAreaCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(CommonArea.NameMaxLength);
    }
}

internal sealed class UpdateCommonAreaHandler(IApplicationDbContext db, ICurrentUser currentUser) : ICommandHandler<UpdateCommonAreaCommand, CommonAreaDto>
{
    public async ValueTask<CommonAreaDto> Handle(UpdateCommonAreaCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var area = await db.CommonAreas.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.CommonArea, command.Id);
        area.Rename(command.Name!);
        await CommonAreaKeys.EnsureUniqueAsync(db, area, cancellationToken);
        switch (command.Active)
        {
            case true:
                area.Reactivate();
                break;
            case false:
                area.Deactivate();
                break;
        }

        return CommonAreaDto.From(area);
    }
}
