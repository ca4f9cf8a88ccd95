using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;
using Words = PosVendas.Application.Localization.Texts.Email;

namespace PosVendas.Application.Notifications;

/// <summary>
/// What a notification e-mail says, with its words from <see cref="Texts.Email"/> in the reader's language, from the
/// tenant as sender. Customer e-mails link to the ticket when the tenant has a portal; dates are in the tenant's time
/// zone, written the reader's way. Every text a person typed is HTML-encoded.
/// </summary>
internal static class EmailTemplates
{
    private const int ExcerptLength = 300;

    // Encodes markup characters and keeps accented letters readable in the HTML source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static OutboxEmail TicketOpenedForCustomer(TicketMailFacts ticket, string description, DateTimeOffset at)
    {
        var locale = ticket.CustomerLocale;
        return Render(
            ticket,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.Received.In(locale)}",
            $"{Words.Hello.In(locale)} {ticket.CustomerName},",
            [
                Words.ReceivedBody.In(locale, ticket.Number, ticket.Subject),
                .. Where(ticket, locale),
                $"{Words.Description.In(locale)}: {Excerpt(description)}",
                When(ticket, at, locale),
            ],
            ForCustomer(ticket));
    }

    public static OutboxEmail TicketOpenedForDepartment(TicketMailFacts ticket, string description, string departmentEmail, DateTimeOffset at)
    {
        var locale = ticket.TenantLocale;
        return Render(
            ticket,
            departmentEmail,
            null,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.NewTicket.In(locale)}: {ticket.SubjectName}",
            Words.NewTicketBody.In(locale, ticket.CustomerName, ticket.CustomerEmail),
            [.. Where(ticket, locale), $"{Words.Description.In(locale)}: {Excerpt(description)}", When(ticket, at, locale)],
            link: null);
    }

    /// <summary>A staff answer; with <paramref name="statusLabel"/>, the status it moved the ticket to, in the same e-mail.</summary>
    public static OutboxEmail StaffReplied(TicketMailFacts ticket, string body, DateTimeOffset at, string? statusLabel)
    {
        var locale = ticket.CustomerLocale;
        List<string> paragraphs = [Words.NewReplyBody.In(locale, ticket.TenantName), body];
        if (statusLabel is not null)
        {
            paragraphs.Add(Words.StatusChangedBody.In(locale, ticket.Number, statusLabel));
        }

        paragraphs.Add(When(ticket, at, locale));
        return Render(
            ticket,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.NewReply.In(locale)}",
            $"{Words.Hello.In(locale)} {ticket.CustomerName},",
            paragraphs,
            ForCustomer(ticket));
    }

    /// <summary>
    /// The customer's one e-mail about an assessment: the outcome, the reason and fee of a refusal, the team's words, the
    /// status it moved the ticket to (when that status notifies), and that a refusal may be contested.
    /// </summary>
    public static OutboxEmail Assessed(
        TicketMailFacts ticket, string outcome, string? reason, string explanation, decimal? fee, bool contestable, DateTimeOffset at, string? statusLabel)
    {
        var locale = ticket.CustomerLocale;
        List<string> paragraphs = [Words.AssessedBody.In(locale, ticket.TenantName, ticket.Number, outcome)];
        if (reason is not null)
        {
            paragraphs.Add(Words.AssessedReason.In(locale, reason));
        }

        paragraphs.Add(explanation);
        if (fee is { } amount)
        {
            paragraphs.Add(Words.AssessedFee.In(locale, $"R$ {amount.ToString("N2", CultureInfo.GetCultureInfo("pt-BR"))}"));
        }

        if (statusLabel is not null)
        {
            paragraphs.Add(Words.StatusChangedBody.In(locale, ticket.Number, statusLabel));
        }

        if (contestable)
        {
            paragraphs.Add(Words.AssessedContest.In(locale));
        }

        paragraphs.Add(When(ticket, at, locale));
        return Render(
            ticket,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.Assessed.In(locale)}: {outcome}",
            $"{Words.Hello.In(locale)} {ticket.CustomerName},",
            paragraphs,
            ForCustomer(ticket));
    }

    public static OutboxEmail CustomerReplied(TicketMailFacts ticket, string departmentEmail, string body, DateTimeOffset at)
    {
        var locale = ticket.TenantLocale;
        return Render(
            ticket,
            departmentEmail,
            null,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.CustomerReply.In(locale)}",
            Words.CustomerReplyBody.In(locale, ticket.CustomerName),
            [.. Where(ticket, locale), body, When(ticket, at, locale)],
            link: null);
    }

    public static OutboxEmail StatusChanged(TicketMailFacts ticket, string statusLabel, DateTimeOffset at) =>
        ToCustomerAboutStatus(ticket, statusLabel, Words.StatusChangedBody.In(ticket.CustomerLocale, ticket.Number, statusLabel), at);

    /// <summary>A solved ticket the customer neither confirmed nor answered in time has closed.</summary>
    public static OutboxEmail ClosedUnconfirmed(TicketMailFacts ticket, string statusLabel, DateTimeOffset at) =>
        ToCustomerAboutStatus(ticket, statusLabel, Words.ClosedUnconfirmedBody.In(ticket.CustomerLocale, ticket.Number), at);

    /// <summary>The customer's e-mail about their ticket's new status, whose subject names it.</summary>
    private static OutboxEmail ToCustomerAboutStatus(TicketMailFacts ticket, string statusLabel, string body, DateTimeOffset at)
    {
        var locale = ticket.CustomerLocale;
        return Render(
            ticket,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.StatusChanged.In(locale)}: {statusLabel}",
            $"{Words.Hello.In(locale)} {ticket.CustomerName},",
            [body, When(ticket, at, locale)],
            ForCustomer(ticket));
    }

    /// <summary>"Location: …", where the problem is, for a ticket that has a location; nothing for one that has none.</summary>
    private static IEnumerable<string> Where(TicketMailFacts ticket, string locale) =>
        ticket.Location is { } line ? [$"{Words.Location.In(locale)}: {line}"] : [];

    /// <summary>"Date: …", the moment in the tenant's time zone, written the reader's way, with its UTC offset.</summary>
    private static string When(TicketMailFacts ticket, DateTimeOffset at, string locale)
    {
        var local = TimeZoneInfo.ConvertTime(at, ticket.TimeZone);
        var culture = CultureInfo.GetCultureInfo(locale == Locales.English ? "en-US" : locale);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"{Words.Date.In(locale)}: {local.ToString("f", culture)} (UTC{sign}{offset.Duration():hh\\:mm})";
    }

    private static (string Text, string Url)? ForCustomer(TicketMailFacts ticket) =>
        ticket.PortalLink is { } url ? (Words.FollowTheTicket.In(ticket.CustomerLocale), url) : null;

    private static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength), "…");

    private static OutboxEmail Render(
        TicketMailFacts ticket,
        string to,
        string? toName,
        string subject,
        string greeting,
        IReadOnlyList<string> paragraphs,
        (string Text, string Url)? link)
    {
        var signature = ticket.TenantName;
        var text = string.Join("\n\n", [greeting, .. paragraphs, .. link is { } l ? [$"{l.Text}: {l.Url}"] : Array.Empty<string>(), $"— {signature}"]);
        var html =
            "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
            + $"<p>{Encode(greeting)}</p>"
            + string.Concat(paragraphs.Select(paragraph => $"<p>{Encode(paragraph)}</p>"))
            + (link is { } anchor ? $"<p><a href=\"{Html.Encode(anchor.Url)}\">{Encode(anchor.Text)}</a></p>" : "")
            + $"<p>— {Encode(signature)}</p></body></html>";
        return new OutboxEmail(to, toName, subject, text, html, ticket.Thread, ticket.TenantName, ticket.FromAddress, ticket.ReplyTo);
    }

    private static string Encode(string text) => Html.Encode(text).Replace("&#xA;", "<br>", StringComparison.Ordinal);
}

/// <summary>
/// What the templates need to know about a ticket, its customer and its company. <c>Subject</c> is the customer's
/// label for it, <c>SubjectName</c> the staff's name. <c>Thread</c> names the ticket's e-mail conversation.
/// <c>DepartmentEmail</c> is where department alerts go: the department's address, else the tenant's support address.
/// <c>Location</c> is the ticket's place in one line, when it has one.
/// </summary>
internal sealed record TicketMailFacts(
    Guid TicketId,
    int Number,
    string Subject,
    string SubjectName,
    string CustomerName,
    string CustomerEmail,
    string CustomerLocale,
    string TenantName,
    string TenantLocale,
    string? DepartmentEmail,
    TimeZoneInfo TimeZone,
    string? FromAddress,
    string? ReplyTo,
    string? PortalLink,
    string? Location = null)
{
    public string Thread => $"ticket-{TicketId:N}";
}
