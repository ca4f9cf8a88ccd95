using PosVendas.Application.Common.Responses;
using PosVendas.Domain.Catalog;

namespace PosVendas.Application.Catalog;

public sealed record DepartmentDto(Guid Id, string Name, string? NotificationEmail, bool IsActive)
{
    public static DepartmentDto From(Department department) =>
        new(department.Id, department.Name, department.NotificationEmail, department.IsActive);
}

/// <param name="Id">The subject's id.</param>
/// <param name="ServiceTypeId">Its service type (Tipo).</param>
/// <param name="Name">Its internal name.</param>
/// <param name="Label">What customers read, per language.</param>
/// <param name="DepartmentId">The department its tickets are routed to.</param>
/// <param name="SortOrder">Its place in the drop-down.</param>
/// <param name="IsActive">Whether customers may pick it.</param>
/// <param name="LocationRequired">Whether its tickets must say where the problem is.</param>
/// <param name="Location">The places its tickets may be about: units, common_areas or either.</param>
/// <param name="WarrantyItemKey">The warranty item its requests are about, by key; null when none.</param>
public sealed record SubjectAdminDto(
    Guid Id,
    Guid ServiceTypeId,
    string Name,
    LabelDto Label,
    Guid DepartmentId,
    int SortOrder,
    bool IsActive,
    bool LocationRequired,
    SubjectLocation Location,
    string? WarrantyItemKey = null)
{
    public static SubjectAdminDto From(Subject subject) => new(
        subject.Id, subject.ServiceTypeId, subject.Name, LabelDto.From(subject.Label), subject.DepartmentId, subject.SortOrder, subject.IsActive,
        subject.LocationRequired, subject.Location, subject.WarrantyItemKey);
}

public sealed record ServiceTypeAdminDto(Guid Id, string Name, LabelDto Label, int SortOrder, bool IsActive, IReadOnlyList<SubjectAdminDto> Subjects)
{
    public static ServiceTypeAdminDto From(ServiceType serviceType, IEnumerable<Subject> subjects) => new(
        serviceType.Id,
        serviceType.Name,
        LabelDto.From(serviceType.Label),
        serviceType.SortOrder,
        serviceType.IsActive,
        [.. subjects.OrderBy(s => s.SortOrder).ThenBy(s => s.Name).Select(SubjectAdminDto.From)]);
}

public sealed record DepartmentListResponse(IReadOnlyList<DepartmentDto> Items) : WholeListResponse<DepartmentDto>(Items);

public sealed record CatalogAdminResponse(IReadOnlyList<ServiceTypeAdminDto> Items) : WholeListResponse<ServiceTypeAdminDto>(Items);
