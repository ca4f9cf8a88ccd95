using PosVendas.Domain.Tenancy;

namespace PosVendas.Application.Tenancy;

/// <summary>A tenant's settings as its admins edit them, with what is missing for everything to work.</summary>
/// <param name="DisplayName">The company's name as customers read it (portal, e-mail sender and signature).</param>
/// <param name="DefaultLocale">pt-BR, en or es: for customers who chose none, and the company's own e-mails.</param>
/// <param name="TimeZone">The IANA time zone dates are shown in.</param>
/// <param name="EmailFromAddress">The address e-mails come from; null for the deployment's default.</param>
/// <param name="EmailReplyTo">Where answers to e-mails go; null: to the sender.</param>
/// <param name="SupportEmail">Where department alerts go when a department has no address of its own.</param>
/// <param name="PortalTicketUrl">The portal's address of a ticket, with {number}; e-mails link to it.</param>
/// <param name="AutoCloseSolvedAfterDays">Days a solved ticket waits for the customer before it closes by itself; 0: never.</param>
/// <param name="ShareTicketsWithUnit">
/// Whether a ticket about a unit is shared with the unit's other owners when its opener does not say.
/// </param>
/// <param name="AssessmentContestDays">
/// Days after an improcedente or parcial assessment during which the customer may contest it; 0: not in PosVendas.
/// </param>
/// <param name="LogoUrl">The https address of the company's logo the portal shows; null for none.</param>
/// <param name="PrimaryColor">The portal's main colour (#RRGGBB); null for the default.</param>
/// <param name="Warnings">What does not work with these settings, in the caller's language.</param>
public sealed record TenantSettingsResponse(
    string DisplayName,
    string DefaultLocale,
    string TimeZone,
    string? EmailFromAddress,
    string? EmailReplyTo,
    string? SupportEmail,
    string? PortalTicketUrl,
    int AutoCloseSolvedAfterDays,
    bool ShareTicketsWithUnit,
    int AssessmentContestDays,
    string? LogoUrl,
    string? PrimaryColor,
    IReadOnlyList<SettingsWarningDto> Warnings)
{
    /// <summary>The settings' version, sent as the ETag header, not in the body.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ETag { get; init; } = "";

    public static TenantSettingsResponse From(Tenant tenant, uint version, IReadOnlyList<SettingsWarningDto> warnings) =>
        new(
            tenant.Name,
            tenant.DefaultLocale,
            tenant.TimeZone,
            tenant.EmailFromAddress,
            tenant.EmailReplyTo,
            tenant.SupportEmail,
            tenant.PortalTicketUrl,
            tenant.AutoCloseSolvedAfterDays,
            tenant.SharesTicketsWithUnit,
            tenant.AssessmentContestDays,
            tenant.LogoUrl,
            tenant.PrimaryColor,
            warnings)
        {
            ETag = $"\"{version}\"",
        };
}

/// <param name="Code">Stable: <c>department_alerts_unaddressed</c>.</param>
/// <param name="Message">What is wrong and how to fix it, in the caller's language.</param>
public sealed record SettingsWarningDto(string Code, string Message);
