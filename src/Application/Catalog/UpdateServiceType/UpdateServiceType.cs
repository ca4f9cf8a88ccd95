using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Catalog.Rules;
using PosVendas.Domain.Common;

namespace PosVendas.Application.Catalog.UpdateServiceType;

/// <summary>Renames, relabels, reorders or (de)activates a service type; null fields are unchanged.</summary>
public sealed record UpdateServiceTypeCommand(Guid Id, string? Name, LabelDto? Label, int? SortOrder, bool? Active) : ICommand<ServiceTypeAdminDto>;

internal sealed class UpdateServiceTypeCommandValidator : AbstractValidator<UpdateServiceTypeCommand>
{
    public UpdateServiceTypeCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(ServiceType.NameMaxLength).When(c => c.Name is not null);
        RuleFor(c => c.Label).ValidLabel();
    }
}

internal sealed class UpdateServiceTypeHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<UpdateServiceTypeCommand, ServiceTypeAdminDto>
{
    public async ValueTask<ServiceTypeAdminDto> Handle(UpdateServiceTypeCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var serviceType = await db.ServiceTypes.Include(t => t.Subjects).SingleOrDefaultAsync(t => t.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.ServiceType, command.Id);

        if (command.Name is not null)
        {
            var name = command.Name.Trim();
            var taken = await db.ServiceTypes.AnyAsync(t => t.Id != serviceType.Id && t.Name.ToLower() == name.ToLower(), cancellationToken);
            BusinessRuleValidationException.ThrowIfBroken(new CatalogNameMustBeUniqueRule("service type", name, taken));
            serviceType.Rename(name);
        }

        if (command.Label is not null)
        {
            serviceType.Relabel(command.Label.ToText());
        }

        if (command.SortOrder is { } sortOrder)
        {
            serviceType.Reorder(sortOrder);
        }

        if (command.Active == true)
        {
            serviceType.Reactivate();
        }
        else if (command.Active == false)
        {
            serviceType.Deactivate();
        }

        return ServiceTypeAdminDto.From(serviceType, serviceType.Subjects);
    }
}
