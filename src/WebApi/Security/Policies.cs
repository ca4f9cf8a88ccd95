using PosVendas.Application.Common.Security;

namespace PosVendas.WebApi.Security;

internal static class Policies
{
    public const string Customer = "customer";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options) =>
        options.AddPolicy(Customer, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Customer));
}
