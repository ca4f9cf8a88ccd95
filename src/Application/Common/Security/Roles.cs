namespace PosVendas.Application.Common.Security;

/// <summary>The values of the token's <c>role</c> claim.</summary>
public static class Roles
{
    public const string Customer = "customer";
    public const string Agent = "agent";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Customer, Agent, Admin];

    /// <summary>The roles from the most to the least allowed: a user with several acts in the first.</summary>
    public static IReadOnlyList<string> ByPrivilege { get; } = [Admin, Agent, Customer];

    /// <summary>PosVendas itself, in a background job's scope (<see cref="JobCaller"/>); never a token's role.</summary>
    public const string System = "system";
}
