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

namespace PosVendas.Application.Catalog.CreateSubject;

public sealed record CreateSubjectCommand(Guid ServiceTypeId, string? Name, LabelDto? Label, Guid DepartmentId, int SortOrder) : ICommand<SubjectAdminDto>;

internal sealed class CreateSubjectCommandValidator : AbstractValidator<CreateSubjectCommand>
{
    public CreateSubjectCommandValidator()
    {
        RuleFor(c => c.Name).TrimmedLength(Subject.NameMaxLength);
        RuleFor(c => c.Label).ValidLabel();
        RuleFor(c => c.DepartmentId).NotEmpty();
    }
}

internal sealed class CreateSubjectHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : ICommandHandler<CreateSubjectCommand, SubjectAdminDto>
{
    public async ValueTask<SubjectAdminDto> Handle(CreateSubjectCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var serviceType = await db.ServiceTypes.Include(t => t.Subjects).SingleOrDefaultAsync(t => t.Id == command.ServiceTypeId, cancellationToken)
            ?? throw new NotFoundException(Resource.ServiceType, command.ServiceTypeId);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == command.DepartmentId, cancellationToken)
            ?? throw new NotFoundException(Resource.Department, command.DepartmentId);

        var name = command.Name!.Trim();
        var taken = serviceType.Subjects.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        BusinessRuleValidationException.ThrowIfBroken(new CatalogNameMustBeUniqueRule("subject in this service type", name, taken));

        var subject = serviceType.AddSubject(name, department, command.SortOrder, command.Label?.ToText());
        db.Subjects.Add(subject);
        return SubjectAdminDto.From(subject);
    }
}
