namespace PosVendas.WebApi.Security;

/// <summary>The claims of the authentication contract (docs/authentication.md).</summary>
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
}
