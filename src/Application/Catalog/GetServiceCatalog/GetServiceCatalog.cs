using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Data;
using PosVendas.Domain.Catalog;

namespace PosVendas.Application.Catalog.GetServiceCatalog;

/// <summary>The Tipo → Assunto drop-down: active service types with their active subjects, labelled in the caller's language.</summary>
public sealed record GetServiceCatalogQuery : IQuery<ServiceCatalogResponse>;

public sealed record ServiceCatalogResponse(IReadOnlyList<ServiceTypeDto> Items) : WholeListResponse<ServiceTypeDto>(Items);

public sealed record ServiceTypeDto(Guid Id, string Name, IReadOnlyList<SubjectDto> Subjects);

/// <param name="Id">The subject's id, sent as subjectId when opening a ticket.</param>
/// <param name="Name">Its label in the caller's language.</param>
/// <param name="Department">The department that answers it.</param>
/// <param name="LocationRequired">Whether a ticket of this subject must say where the problem is (GET /api/v1/me/locations).</param>
/// <param name="Location">The places it may be about: units (or a description of the place), common_areas, or either.</param>
public sealed record SubjectDto(Guid Id, string Name, NamedReference Department, bool LocationRequired, SubjectLocation Location);

internal sealed class GetServiceCatalogHandler(IApplicationDbContext db, ICurrentUser currentUser) : IQueryHandler<GetServiceCatalogQuery, ServiceCatalogResponse>
{
    public async ValueTask<ServiceCatalogResponse> Handle(GetServiceCatalogQuery query, CancellationToken cancellationToken)
    {
        var subjects = await (
                from subject in db.Subjects
                join serviceType in db.ServiceTypes on subject.ServiceTypeId equals serviceType.Id
                join department in db.Departments on subject.DepartmentId equals department.Id
                where subject.IsActive && serviceType.IsActive
                orderby serviceType.SortOrder, serviceType.Name, subject.SortOrder, subject.Name
                select new
                {
                    ServiceTypeId = serviceType.Id,
                    ServiceTypeLabel = serviceType.Label,
                    SubjectId = subject.Id,
                    SubjectLabel = subject.Label,
                    Department = new NamedReference(department.Id, department.Name),
                    subject.LocationRequired,
                    subject.Location,
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var locale = currentUser.Locale;
        var items = subjects
            .GroupBy(row => (row.ServiceTypeId, row.ServiceTypeLabel))
            .Select(group => new ServiceTypeDto(
                group.Key.ServiceTypeId,
                group.Key.ServiceTypeLabel.For(locale),
                [.. group.Select(row => new SubjectDto(row.SubjectId, row.SubjectLabel.For(locale), row.Department, row.LocationRequired, row.Location))]))
            .ToList();

        return new ServiceCatalogResponse(items);
    }
}
