using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Catalog.Rules;
using PosVendas.Domain.Common;

namespace PosVendas.Application.Catalog.CreateServiceType;

public sealed record CreateServiceTypeCommand(string? Name, LabelDto? Label, int SortOrder) : ICommand<ServiceTypeAdminDto>;

internal sealed class CreateServiceTypeCommandValidator : AbstractValidator<CreateServiceTypeCommand>
{
    public CreateServiceTypeCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(ServiceType.NameMaxLength);
        RuleFor(c => c.Label).ValidLabel();
    }
}

internal sealed class CreateServiceTypeHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<CreateServiceTypeCommand, ServiceTypeAdminDto>
{
    public async ValueTask<ServiceTypeAdminDto> Handle(CreateServiceTypeCommand command, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.RequireAdmin();
        var name = command.Name!.Trim();
        var taken = await db.ServiceTypes.AnyAsync(t => t.Name.ToLower() == name.ToLower(), cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new CatalogNameMustBeUniqueRule("service type", name, taken));

        var serviceType = ServiceType.Create(tenantId, name, command.SortOrder, command.Label?.ToText());
        db.ServiceTypes.Add(serviceType);
        return ServiceTypeAdminDto.From(serviceType, []);
    }
}
