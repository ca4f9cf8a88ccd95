using PosVendas.Application.Common.Abstractions;

namespace PosVendas.Application.Common.Security;

/// <summary>
/// Who a background job acts as: PosVendas itself, inside one tenant, so its commands run through the same pipeline,
/// tenant filter and transaction as a request's. A job's scope calls <see cref="ActFor"/> before it sends anything;
/// in a request's scope it stays unset and the caller is the token's.
/// </summary>
public sealed class JobCaller
{
    public ICurrentUser? Caller { get; private set; }

    public void ActFor(Guid tenantId, string locale) => Caller = new SystemUser(tenantId, locale);

    private sealed record SystemUser(Guid? TenantId, string Locale) : ICurrentUser
    {
        public string? Subject => "system";

        public string? Name => "PosVendas";

        public string? Role => Roles.System;

        public Guid? CustomerId => null;

        public IReadOnlyList<Guid>? DepartmentIds => null;
    }
}
