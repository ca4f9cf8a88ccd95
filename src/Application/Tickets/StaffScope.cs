using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Common.Security;
using PosVendas.Domain.Tickets;

namespace PosVendas.Application.Tickets;

internal static class StaffScope
{
    /// <summary>
    /// The tickets a staff member works: all of the tenant's for admins and unrestricted agents, those of their
    /// departments for agents limited to some. Anything else does not exist for them.
    /// </summary>
    public static IQueryable<Ticket> VisibleToStaff(this IQueryable<Ticket> tickets, ICurrentUser user)
    {
        var departments = DepartmentsOf(user);
        return departments is null ? tickets : tickets.Where(t => departments.Contains(t.DepartmentId));
    }

    /// <summary>
    /// The departments whose tickets a staff member works, or null for all of the tenant's (admins and unrestricted
    /// agents). Anyone else is refused.
    /// </summary>
    public static IReadOnlyList<Guid>? DepartmentsOf(ICurrentUser user)
    {
        if (user.Role is not (Roles.Agent or Roles.Admin))
        {
            throw new ForbiddenAccessException();
        }

        return user.Role == Roles.Admin ? null : user.DepartmentIds;
    }

    public static CommentAuthor StaffAuthor(this ICurrentUser user) =>
        CommentAuthor.Staff(user.Subject ?? throw new ForbiddenAccessException(), user.Name ?? user.Subject);
}
