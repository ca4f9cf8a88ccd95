using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Common.Validation;
using PosVendas.Application.Data;
using PosVendas.Domain.Catalog;
using PosVendas.Domain.Catalog.Rules;
using PosVendas.Domain.Common;

namespace PosVendas.Application.Catalog.UpdateDepartment;

/// <summary>Renames a department, changes its notification e-mail ("" clears it), or (de)activates it.</summary>
public sealed record UpdateDepartmentCommand(Guid Id, string? Name, string? NotificationEmail, bool? Active) : ICommand<DepartmentDto>;

internal sealed class UpdateDepartmentCommandValidator : AbstractValidator<UpdateDepartmentCommand>
{
    public UpdateDepartmentCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(Department.NameMaxLength).When(c => c.Name is not null);
        RuleFor(c => c.NotificationEmail).EmailAddress().MaximumLength(Department.EmailMaxLength).When(c => !string.IsNullOrWhiteSpace(c.NotificationEmail));
    }
}

internal sealed class UpdateDepartmentHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<UpdateDepartmentCommand, DepartmentDto>
{
    public async ValueTask<DepartmentDto> Handle(UpdateDepartmentCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Department, command.Id);

        if (command.Name is not null)
        {
            var name = command.Name.Trim();
            var taken = await db.Departments.AnyAsync(d => d.Id != department.Id && d.Name.ToLower() == name.ToLower(), cancellationToken);
            BusinessRuleValidationException.ThrowIfBroken(new CatalogNameMustBeUniqueRule("department", name, taken));
            department.Rename(name);
        }

        if (command.NotificationEmail is not null)
        {
            department.ChangeNotificationEmail(command.NotificationEmail);
        }

        if (command.Active is { } active)
        {
            if (active)
            {
                department.Reactivate();
            }
            else
            {
                department.Deactivate();
            }
        }

        return DepartmentDto.From(department);
    }
}
