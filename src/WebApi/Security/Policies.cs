using PosVendas.Application.Common.Security;

namespace PosVendas.WebApi.Security;

internal static class Policies
{
    public const string Customer = "customer";
    public const string Staff = "staff";
    public const string Admin = "admin";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Customer, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Customer));
        options.AddPolicy(Staff, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Agent, Roles.Admin));
        options.AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
    }
}
