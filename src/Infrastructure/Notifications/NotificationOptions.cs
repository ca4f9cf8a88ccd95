using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PosVendas.Infrastructure.Notifications;

/// <summary>The <c>Notifications</c> configuration section.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>How often the dispatcher looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Messages one instance claims per round.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long a claim keeps other instances off the claimed messages. A crashed instance's messages are sent again
    /// when it ends; no message starts sending later than <c>ClaimLease</c> minus its channel's send timeout after the
    /// claim, so it must be longer than <c>Email:Timeout</c> and <c>Webhooks:Timeout</c>.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>E-mail connections (lanes) and webhook calls one instance runs at once.</summary>
    public int DeliveryParallelism { get; set; } = 8;

    /// <summary>Attempts before a message is dead (default 8: about 2 hours of retries with the default delays).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay after the first failure; it doubles with each further one, with ±20% jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long delivered messages, and webhook delivery logs, are kept before they are purged.</summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(30);

    public EmailOptions Email { get; set; } = new();

    public WebhookOptions Webhooks { get; set; } = new();

    /// <summary>What is wrong with these settings, in the configuration's own key names; nothing when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        var durations = new (string Key, TimeSpan Value)[]
        {
            ("PollInterval", PollInterval),
            ("RetryBaseDelay", RetryBaseDelay),
            ("RetryMaxDelay", RetryMaxDelay),
            ("DeliveredRetention", DeliveredRetention),
            ("ClaimLease", ClaimLease),
            ("Email:Timeout", Email.Timeout),
            ("Webhooks:Timeout", Webhooks.Timeout),
        };
        foreach (var (key, value) in durations.Where(duration => duration.Value <= TimeSpan.Zero))
        {
            yield return $"Notifications:{key} must be positive (it is {value}).";
        }

        if (BatchSize <= 0 || MaxAttempts <= 0 || DeliveryParallelism <= 0)
        {
            yield return "Notifications:BatchSize, Notifications:MaxAttempts and Notifications:DeliveryParallelism must be positive.";
        }

        if (ClaimLease <= Email.Timeout || ClaimLease <= Webhooks.Timeout)
        {
            yield return $"Notifications:ClaimLease ({ClaimLease}) must be longer than Notifications:Email:Timeout ({Email.Timeout}) and Notifications:Webhooks:Timeout ({Webhooks.Timeout}): a message must be sent before its claim ends.";
        }

        if (!Email.UsesSmtp && !Email.UsesPickup)
        {
            yield return $"Notifications:Email:Transport must be Pickup or Smtp, not '{Email.Transport}'.";
        }

        if (Email.UsesSmtp && string.IsNullOrWhiteSpace(Email.Host))
        {
            yield return "Notifications:Email:Host is required: e-mail is sent over SMTP (Notifications:Email:Transport), and no mail server is set.";
        }

        if (!Enum.TryParse<SecureSocketOptions>(Email.Security, ignoreCase: true, out var security) || !Enum.IsDefined(security))
        {
            yield return $"Notifications:Email:Security must be one of {string.Join(", ", Enum.GetNames<SecureSocketOptions>())}, not '{Email.Security}'.";
        }

        if (string.IsNullOrWhiteSpace(Email.From))
        {
            yield return "Notifications:Email:From is required.";
        }
    }
}

/// <summary>
/// Stops the API at startup with every problem of the <c>Notifications</c> section, rather than at the first e-mail.
/// Outside Development it also refuses to write e-mails to a folder unless told so twice: production never drops
/// mail silently.
/// </summary>
internal sealed class NotificationOptionsValidator(IHostEnvironment environment) : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var problems = options.Problems().ToList();
        if (options.Email.UsesPickup && !environment.IsDevelopment() && !options.Email.AllowPickupInProduction)
        {
            problems.Add(
                "Notifications:Email:Transport is Pickup, which writes e-mails to a folder instead of sending them. Send them "
                + "over SMTP (Transport=Smtp with Notifications:Email:Host), or set Notifications:Email:AllowPickupInProduction=true "
                + $"to keep them in {options.Email.PickupDirectory} on purpose.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

public sealed class WebhookOptions
{
    /// <summary>How long a partner's endpoint has to answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Allow http:// URLs. Only for tests and local development.</summary>
    public bool AllowInsecureUrls { get; set; }

    /// <summary>Allow URLs that resolve to loopback, private or link-local addresses. Only for tests.</summary>
    public bool AllowPrivateNetworks { get; set; }
}

public sealed class EmailOptions
{
    /// <summary>
    /// <c>Smtp</c> (the default) or <c>Pickup</c>: write .eml files to <see cref="PickupDirectory"/>, as Development
    /// does (appsettings.Development.json). Elsewhere Pickup needs <see cref="AllowPickupInProduction"/>.
    /// </summary>
    public string Transport { get; set; } = "Smtp";

    public bool UsesSmtp => string.Equals(Transport, "Smtp", StringComparison.OrdinalIgnoreCase);

    public bool UsesPickup => string.Equals(Transport, "Pickup", StringComparison.OrdinalIgnoreCase);

    /// <summary>Outside Development, the pickup folder is used only with this set: readiness then says so (Degraded).</summary>
    public bool AllowPickupInProduction { get; set; }

    public string PickupDirectory { get; set; } = ".data/mail";

    /// <summary>The SMTP server; required with the Smtp transport.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's SecureSocketOptions: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public string Security { get; set; } = "Auto";

    /// <summary>
    /// How long the SMTP server has to answer each step (connecting, each command, taking the message). A server
    /// that stops answering fails the message after this, and it is retried; MailKit's own default is 2 minutes.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "no-reply@posvendas.local";

    public string FromName { get; set; } = "PosVendas";

    /// <summary>The right-hand side of Message-IDs (<c>&lt;message-id@domain&gt;</c>).</summary>
    public string MessageIdDomain { get; set; } = "posvendas.local";
}
