using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Catalog.Rules;
using PosVendas.Domain.Common;

namespace PosVendas.Application.Catalog.CreateDepartment;

public sealed record CreateDepartmentCommand(string? Name, string? NotificationEmail) : ICommand<DepartmentDto>;

internal sealed class CreateDepartmentCommandValidator : AbstractValidator<CreateDepartmentCommand>
{
    public CreateDepartmentCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(Department.NameMaxLength);
        RuleFor(c => c.NotificationEmail).EmailAddress().MaximumLength(Department.EmailMaxLength).When(c => !string.IsNullOrWhiteSpace(c.NotificationEmail));
    }
}

internal sealed class CreateDepartmentHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<CreateDepartmentCommand, DepartmentDto>
{
    public async ValueTask<DepartmentDto> Handle(CreateDepartmentCommand command, CancellationToken cancellationToken)
    {
        var tenantId = currentUser.RequireAdmin();
        var name = command.Name!.Trim();
        var taken = await db.Departments.AnyAsync(d => d.Name.ToLower() == name.ToLower(), cancellationToken);
        BusinessRuleValidationException.ThrowIfBroken(new CatalogNameMustBeUniqueRule("department", name, taken));

        var department = Department.Create(tenantId, name, command.NotificationEmail);
        db.Departments.Add(department);
        return DepartmentDto.From(department);
    }
}
