using Mediator;
using Microsoft.EntityFrameworkCore;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Data;

namespace PosVendas.Application.Catalog.ListDepartments;

/// <summary>The tenant's departments, active or not.</summary>
public sealed record ListDepartmentsQuery : IQuery<DepartmentListResponse>;

internal sealed class ListDepartmentsHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<ListDepartmentsQuery, DepartmentListResponse>
{
    public async ValueTask<DepartmentListResponse> Handle(ListDepartmentsQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAdmin();
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        return new DepartmentListResponse([.. departments.Select(DepartmentDto.From)]);
    }
}
