namespace PosVendas.WebApi.Security;

/// <summary>
/// The caller as authentication established it: the token's checked claims and the tenant and customer PosVendas
/// resolved from them. <see cref="CallerAuthentication.OnTokenValidated"/> sets it once per request as a feature of the
/// request; it is absent on anonymous requests and on those whose token was refused. Everything that needs the
/// caller (<see cref="HttpCurrentUser"/>, the rate limits, the response language) reads it here rather than parsing
/// claims again.
/// </summary>
/// <param name="TenantId">The tenant the token's <c>tenant</c> names.</param>
/// <param name="Subject">The token's <c>sub</c>.</param>
/// <param name="Name">The token's <c>name</c>.</param>
/// <param name="Role">The token's <c>role</c>: customer, agent or admin.</param>
/// <param name="CustomerId">For customers, their customer record; null for staff.</param>
/// <param name="Locale">The language asked for (Accept-Language, else the token's <c>locale</c>), else the tenant's default.</param>
/// <param name="DepartmentIds">For an agent whose token names departments (even none), their ids; null means all.</param>
internal sealed record AuthenticatedCaller(
    Guid TenantId,
    string Subject,
    string Name,
    string Role,
    Guid? CustomerId,
    string Locale,
    IReadOnlyList<Guid>? DepartmentIds);

internal static class AuthenticatedCallerExtensions
{
    /// <summary>The request's authenticated caller; null when the request carries no accepted token.</summary>
    public static AuthenticatedCaller? Caller(this HttpContext context) => context.Features.Get<AuthenticatedCaller>();
}
