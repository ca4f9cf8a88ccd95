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

namespace PosVendas.Application.Catalog.UpdateSubject;

/// <summary>
/// Renames, relabels, reorders, reroutes or (de)activates a subject, or changes what its tickets must say about their
/// place; null fields are unchanged. Rerouting and the location settings affect new tickets only.
/// </summary>
public sealed record UpdateSubjectCommand(
    Guid Id, string? Name, LabelDto? Label, int? SortOrder, Guid? DepartmentId, bool? Active, bool? LocationRequired = null, SubjectLocation? Location = null)
    : ICommand<SubjectAdminDto>;

internal sealed class UpdateSubjectCommandValidator : AbstractValidator<UpdateSubjectCommand>
{
    public UpdateSubjectCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(Subject.NameMaxLength).When(c => c.Name is not null);
        RuleFor(c => c.Label).ValidLabel();
    }
}

internal sealed class UpdateSubjectHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<UpdateSubjectCommand, SubjectAdminDto>
{
    public async ValueTask<SubjectAdminDto> Handle(UpdateSubjectCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var subject = await db.Subjects.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Resource.Subject, command.Id);

        if (command.Name is not null)
        {
            var name = command.Name.Trim();
            var taken = await db.Subjects.AnyAsync(
                s => s.ServiceTypeId == subject.ServiceTypeId && s.Id != subject.Id && s.Name.ToLower() == name.ToLower(),
                cancellationToken);
            BusinessRuleValidationException.ThrowIfBroken(new CatalogNameMustBeUniqueRule("subject in this service type", name, taken));
            subject.Rename(name);
        }

        if (command.Label is not null)
        {
            subject.Relabel(command.Label.ToText());
        }

        if (command.SortOrder is { } sortOrder)
        {
            subject.Reorder(sortOrder);
        }

        if (command.DepartmentId is { } departmentId)
        {
            var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken)
                ?? throw new NotFoundException(Resource.Department, departmentId);
            subject.RouteTo(department);
        }

        if (command.LocationRequired is not null || command.Location is not null)
        {
            subject.AskForLocation(command.LocationRequired ?? subject.LocationRequired, command.Location ?? subject.Location);
        }

        if (command.Active == true)
        {
            subject.Reactivate();
        }
        else if (command.Active == false)
        {
            subject.Deactivate();
        }

        return SubjectAdminDto.From(subject);
    }
}
