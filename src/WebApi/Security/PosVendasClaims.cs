namespace PosVendas.WebApi.Security;

/// <summary>The claims of the authentication contract (docs/authentication.md) and the ones PosVendas adds.</summary>
internal static class PosVendasClaims
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string Name = "name";
    public const string Tenant = "tenant";
    public const string Role = "role";
    public const string Locale = "locale";

    /// <summary>Optional for staff: the ids of the departments an agent works for (absent: all of them).</summary>
    public const string Departments = "departments";

    /// <summary>Added after validation: the tenant's id, resolved from <see cref="Tenant"/>.</summary>
    public const string TenantId = "posvendas:tenant_id";

    /// <summary>Added after validation: the token's supported <see cref="Locale"/>, else the tenant's default.</summary>
    public const string ResolvedLocale = "posvendas:locale";

    /// <summary>Added after validation when the token carries <see cref="Departments"/>, even as an empty list.</summary>
    public const string DepartmentsLimited = "posvendas:departments_limited";

    /// <summary>Added after validation for customers: their customer record.</summary>
    public const string CustomerId = "posvendas:customer_id";
}
