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
        if (user.Role is not (Roles.Agent or Roles.Admin))
        {
            throw new ForbiddenAccessException();
        }

        var departments = user.Role == Roles.Admin ? null : user.DepartmentIds;
        return departments is null ? tickets : tickets.Where(t => departments.Contains(t.DepartmentId));
    }

    public static CommentAuthor StaffAuthor(this ICurrentUser user) =>
        CommentAuthor.Staff(user.Subject ?? throw new ForbiddenAccessException(), user.Name ?? user.Subject);
}
