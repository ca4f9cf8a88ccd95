namespace PosVendas.Application.Common.Abstractions;

public static class CurrentUserExtensions
{
    /// <summary>Who acts, as recorded on what they create: the customer id, or "staff:" and the token subject.</summary>
    public static string? ActorId(this ICurrentUser user) =>
        user.CustomerId?.ToString() ?? (user.Subject is null ? null : $"staff:{user.Subject}");
}
