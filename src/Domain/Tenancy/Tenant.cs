using System.Text.RegularExpressions;
using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tenancy;

/// <summary>An incorporadora: one company using PosVendas, isolated from every other.</summary>
public sealed partial class Tenant
{
    public const int SlugMaxLength = 63;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int UrlMaxLength = 500;
    public const int TimeZoneMaxLength = 64;
    public const string DefaultTimeZone = "America/Sao_Paulo";
    public const int DefaultAutoCloseSolvedAfterDays = 7;
    public const int MaxAutoCloseSolvedAfterDays = 365;
    public const int DefaultAssessmentContestDays = 30;

    /// <summary>The portal's colour when the company sets none: white text on it has a contrast of 6.4:1.</summary>
    public const string DefaultPrimaryColor = "#0B5CAD";

    /// <summary>The least contrast white text must have on the primary colour (WCAG 2.2 AA, normal text).</summary>
    public const double MinimumPrimaryColorContrast = 4.5;
    public const int MaxAssessmentContestDays = 365;

    /// <summary>Where a portal ticket URL template puts the ticket's number.</summary>
    public const string TicketNumberPlaceholder = "{number}";

    private Tenant()
    {
        Slug = null!;
        Name = null!;
        DefaultLocale = null!;
        TimeZone = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The identifier carried by access tokens in the <c>tenant</c> claim.</summary>
    public string Slug { get; private set; }

    /// <summary>The company's name as customers read it: portal, e-mail sender and signature.</summary>
    public string Name { get; private set; }

    /// <summary>The language of customers who chose none, and of the company's own e-mails.</summary>
    public string DefaultLocale { get; private set; }

    /// <summary>The IANA time zone dates are shown in (e-mails, the portal).</summary>
    public string TimeZone { get; private set; }

    /// <summary>The address e-mails come from; null for the deployment's default.</summary>
    public string? EmailFromAddress { get; private set; }

    /// <summary>Where customers' answers to e-mails go; null to let them go to the sender.</summary>
    public string? EmailReplyTo { get; private set; }

    /// <summary>Where department alerts go when the department has no address of its own.</summary>
    public string? SupportEmail { get; private set; }

    /// <summary>The portal's address of a ticket, with <see cref="TicketNumberPlaceholder"/> for its number; null when there is no portal.</summary>
    public string? PortalTicketUrl { get; private set; }

    /// <summary>Days a solved ticket waits for the customer before it closes by itself; 0: it waits for ever.</summary>
    public int AutoCloseSolvedAfterDays { get; private set; }

    /// <summary>
    /// Whether a ticket about a unit is shared with the unit's other owners when its opener does not say: off unless
    /// the company turns it on.
    /// </summary>
    public bool SharesTicketsWithUnit { get; private set; }

    /// <summary>
    /// Days after an assessment that refused (part of) a request during which the customer may contest it; 0: they
    /// may not contest in PosVendas.
    /// </summary>
    public int AssessmentContestDays { get; private set; }

    /// <summary>The https address of the company's logo, shown by the portal; null for none.</summary>
    public string? LogoUrl { get; private set; }

    /// <summary>The portal's main colour (<c>#RRGGBB</c>), white text on it readable; null for <see cref="DefaultPrimaryColor"/>.</summary>
    public string? PrimaryColor { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Tenant Create(string slug, string name, string defaultLocale, DateTimeOffset now)
    {
        if (!IsValidSlug(slug))
        {
            throw new ArgumentException("A slug is 2 to 63 lowercase letters, digits or hyphens.", nameof(slug));
        }

        if (!Locales.IsSupported(defaultLocale))
        {
            throw new ArgumentException($"Locale '{defaultLocale}' is not supported.", nameof(defaultLocale));
        }

        return new Tenant
        {
            Id = Guid.CreateVersion7(now),
            Slug = slug,
            Name = Text.Required(name, NameMaxLength, nameof(name)),
            DefaultLocale = defaultLocale,
            TimeZone = DefaultTimeZone,
            AutoCloseSolvedAfterDays = DefaultAutoCloseSolvedAfterDays,
            AssessmentContestDays = DefaultAssessmentContestDays,
            CreatedAt = now,
        };
    }

    public void Rename(string name) => Name = Text.Required(name, NameMaxLength, nameof(name));

    public void ChangeDefaultLocale(string locale) =>
        DefaultLocale = Locales.IsSupported(locale) ? locale : throw new ArgumentException($"Locale '{locale}' is not supported.", nameof(locale));

    public void ChangeTimeZone(string timeZone) =>
        TimeZone = IsKnownTimeZone(timeZone) ? timeZone : throw new ArgumentException($"'{timeZone}' is not an IANA time zone.", nameof(timeZone));

    /// <summary>Sets the e-mail addresses; null or blank clears one. Callers validate the addresses' form.</summary>
    public void ChangeEmailAddresses(string? from, string? replyTo, string? support)
    {
        EmailFromAddress = Optional(from, EmailMaxLength, nameof(from));
        EmailReplyTo = Optional(replyTo, EmailMaxLength, nameof(replyTo));
        SupportEmail = Optional(support, EmailMaxLength, nameof(support));
    }

    /// <summary>Sets the portal's ticket address template (null or blank clears it).</summary>
    public void ChangePortalTicketUrl(string? template) =>
        PortalTicketUrl = template is null || string.IsNullOrWhiteSpace(template)
            ? null
            : IsPortalTicketUrl(template) ? template.Trim() : throw new ArgumentException("An absolute http(s) URL with {number} is required.", nameof(template));

    /// <summary>Sets the portal's logo and colour; null or blank clears one.</summary>
    public void ChangeBranding(string? logoUrl, string? primaryColor)
    {
        LogoUrl = string.IsNullOrWhiteSpace(logoUrl)
            ? null
            : IsLogoUrl(logoUrl) ? logoUrl.Trim() : throw new ArgumentException("An absolute https URL is required.", nameof(logoUrl));
        PrimaryColor = string.IsNullOrWhiteSpace(primaryColor)
            ? null
            : IsReadablePrimaryColor(primaryColor) ? primaryColor.Trim().ToUpperInvariant() : throw new ArgumentException("A #RRGGBB colour white text is readable on is required.", nameof(primaryColor));
    }

    public void ChangeSharingWithUnit(bool shares) => SharesTicketsWithUnit = shares;

    public void ChangeAssessmentContestDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxAssessmentContestDays);
        AssessmentContestDays = days;
    }

    public void ChangeAutoClose(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxAutoCloseSolvedAfterDays);
        AutoCloseSolvedAfterDays = days;
    }

    /// <summary>The portal's address of ticket <paramref name="number"/>, or null when the tenant has no portal.</summary>
    public string? PortalLinkTo(int number) => PortalLink(PortalTicketUrl, number);

    /// <summary>The address <paramref name="template"/> (a <see cref="PortalTicketUrl"/>) gives ticket <paramref name="number"/>.</summary>
    public static string? PortalLink(string? template, int number) =>
        template?.Replace(TicketNumberPlaceholder, number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static bool IsKnownTimeZone(string? timeZone) =>
        timeZone is { Length: > 0 and <= TimeZoneMaxLength } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) && zone.HasIanaId;

    public static bool IsPortalTicketUrl(string? template) =>
        template is { Length: <= UrlMaxLength }
        && template.Contains(TicketNumberPlaceholder, StringComparison.Ordinal)
        && Uri.TryCreate(template.Trim().Replace(TicketNumberPlaceholder, "1", StringComparison.Ordinal), UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    /// <summary>An absolute https address of at most <see cref="UrlMaxLength"/> characters (a portal on https cannot show an http image).</summary>
    public static bool IsLogoUrl(string? url) =>
        url is { Length: > 0 and <= UrlMaxLength }
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var address)
        && address.Scheme == Uri.UriSchemeHttps;

    /// <summary>A <c>#RRGGBB</c> colour on which white text has at least <see cref="MinimumPrimaryColorContrast"/> of contrast.</summary>
    public static bool IsReadablePrimaryColor(string? color) =>
        color is not null && ColorPattern().IsMatch(color.Trim()) && ContrastWithWhite(color.Trim()) >= MinimumPrimaryColorContrast;

    /// <summary>WCAG 2.2's contrast ratio of white against <paramref name="color"/> (<c>#RRGGBB</c>).</summary>
    public static double ContrastWithWhite(string color)
    {
        var rgb = Convert.FromHexString(color.AsSpan(1));
        var luminance = (0.2126 * Linear(rgb[0])) + (0.7152 * Linear(rgb[1])) + (0.0722 * Linear(rgb[2]));
        return 1.05 / (luminance + 0.05);

        static double Linear(byte channel)
        {
            var value = channel / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }
    }

    private static string? Optional(string? value, int maxLength, string paramName) =>
        string.IsNullOrWhiteSpace(value) ? null : Text.Required(value, maxLength, paramName);

    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]\z")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^#[0-9A-Fa-f]{6}\z")]
    private static partial Regex ColorPattern();
}
