using System.Text.Encodings.Web;
using System.Text.Unicode;
using PosVendas.Application.Localization;
using Words = PosVendas.Application.Localization.Texts.Email;

namespace PosVendas.Application.Notifications;

/// <summary>
/// What a notification e-mail says, with its words from <see cref="Texts.Email"/> in the reader's language. Every text a
/// person typed is HTML-encoded.
/// </summary>
internal static class EmailTemplates
{
    private const int ExcerptLength = 300;

    // Encodes markup characters and keeps accented letters readable in the HTML source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static OutboxEmail TicketOpenedForCustomer(TicketMailFacts ticket, string description)
    {
        var locale = ticket.CustomerLocale;
        return Render(
            ticket.Thread,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.Received.In(locale)}",
            $"{Words.Hello.In(locale)} {ticket.CustomerName},",
            [Words.ReceivedBody.In(locale, ticket.Number, ticket.Subject), $"{Words.Description.In(locale)}: {Excerpt(description)}"],
            ticket.TenantName);
    }

    public static OutboxEmail TicketOpenedForDepartment(TicketMailFacts ticket, string description, string departmentEmail)
    {
        var locale = ticket.TenantLocale;
        return Render(
            ticket.Thread,
            departmentEmail,
            null,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.NewTicket.In(locale)}: {ticket.SubjectName}",
            Words.NewTicketBody.In(locale, ticket.CustomerName, ticket.CustomerEmail),
            [$"{Words.Description.In(locale)}: {Excerpt(description)}"],
            ticket.TenantName);
    }

    public static OutboxEmail StaffReplied(TicketMailFacts ticket, string body)
    {
        var locale = ticket.CustomerLocale;
        return Render(
            ticket.Thread,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.NewReply.In(locale)}",
            $"{Words.Hello.In(locale)} {ticket.CustomerName},",
            [Words.NewReplyBody.In(locale, ticket.TenantName), body],
            ticket.TenantName);
    }

    public static OutboxEmail CustomerReplied(TicketMailFacts ticket, string departmentEmail, string body)
    {
        var locale = ticket.TenantLocale;
        return Render(
            ticket.Thread,
            departmentEmail,
            null,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.CustomerReply.In(locale)}",
            Words.CustomerReplyBody.In(locale, ticket.CustomerName),
            [body],
            ticket.TenantName);
    }

    public static OutboxEmail StatusChanged(TicketMailFacts ticket, string statusLabel)
    {
        var locale = ticket.CustomerLocale;
        return Render(
            ticket.Thread,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{Words.Ticket.In(locale)} #{ticket.Number}] {Words.StatusChanged.In(locale)}: {statusLabel}",
            $"{Words.Hello.In(locale)} {ticket.CustomerName},",
            [Words.StatusChangedBody.In(locale, ticket.Number, statusLabel)],
            ticket.TenantName);
    }

    private static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength), "…");

    private static OutboxEmail Render(string thread, string to, string? toName, string subject, string greeting, IReadOnlyList<string> paragraphs, string signature)
    {
        var text = string.Join("\n\n", [greeting, .. paragraphs, $"— {signature}"]);
        var html =
            "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
            + $"<p>{Encode(greeting)}</p>"
            + string.Concat(paragraphs.Select(paragraph => $"<p>{Encode(paragraph)}</p>"))
            + $"<p>— {Encode(signature)}</p></body></html>";
        return new OutboxEmail(to, toName, subject, text, html, thread);
    }

    private static string Encode(string text) => Html.Encode(text).Replace("&#xA;", "<br>", StringComparison.Ordinal);
}

/// <summary>
/// What the templates need to know about a ticket, its customer and its company. <c>Subject</c> is the customer's
/// label for it, <c>SubjectName</c> the staff's name. <c>Thread</c> names the ticket's e-mail conversation.
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
    string? DepartmentEmail)
{
    public string Thread => $"ticket-{TicketId:N}";
}
