using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Application.Locations.CreateDevelopment;
using PosVendas.Domain.Locations;

namespace PosVendas.Application.Locations.UpdateDevelopment;

/// <summary>Replaces a development's fields, and (de)activates it. An omitted external id keeps the current one.</summary>
public sealed record UpdateDevelopmentCommand(Guid Id, string? Name, string? Code, string? Address, DateOnly? HabiteSeDate, string? ExternalId, bool? Active)
    : ICommand<DevelopmentDto>;

internal sealed class UpdateDevelopmentCommandValidator : AbstractValidator<UpdateDevelopmentCommand>
{
    public UpdateDevelopmentCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(Development.NameMaxLength);
        RuleFor(c => c.Code).TrimmedLength(Development.CodeMaxLength);
        RuleFor(c => c.Address).OptionalTrimmedLength(Development.AddressMaxLength);
        RuleFor(c => c.ExternalId).OptionalTrimmedLength(ExternalIds.MaxLength);
    }
}

internal sealed class UpdateDevelopmentHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<UpdateDevelopmentCommand, DevelopmentDto>
{
    public async ValueTask<DevelopmentDto> Handle(UpdateDevelopmentCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var development = await db.Developments.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Development, command.Id);
        development.Update(command.Name!, command.Code!, command.Address, command.HabiteSeDate, command.ExternalId);
        await DevelopmentKeys.EnsureUniqueAsync(db, development, cancellationToken);
        switch (command.Active)
        {
            case true:
                development.Reactivate();
                break;
            case false:
                development.Deactivate();
                break;
        }

        return DevelopmentDto.From(development);
    }
}
