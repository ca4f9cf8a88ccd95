using System.Text.Encodings.Web;
using System.Text.Unicode;
using PosVendas.Domain.Tenancy;

namespace PosVendas.Application.Notifications;

/// <summary>What a notification e-mail says, in pt-BR, en and es. Every text a person typed is HTML-encoded.</summary>
internal static class EmailTemplates
{
    private const int ExcerptLength = 300;

    // Encodes markup characters and keeps accented letters readable in the HTML source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static OutboxEmail TicketOpenedForCustomer(TicketMailFacts ticket, string description)
    {
        var t = Words.For(ticket.CustomerLocale);
        return Render(
            ticket.Thread,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{t.Ticket} #{ticket.Number}] {t.Received}",
            $"{t.Hello} {ticket.CustomerName},",
            [t.ReceivedBody(ticket.Number, ticket.Subject), $"{t.Description}: {Excerpt(description)}"],
            ticket.TenantName);
    }

    public static OutboxEmail TicketOpenedForDepartment(TicketMailFacts ticket, string description, string departmentEmail)
    {
        var t = Words.For(ticket.TenantLocale);
        return Render(
            ticket.Thread,
            departmentEmail,
            null,
            $"[{t.Ticket} #{ticket.Number}] {t.NewTicket}: {ticket.SubjectName}",
            $"{t.NewTicketBody(ticket.CustomerName, ticket.CustomerEmail)}",
            [$"{t.Description}: {Excerpt(description)}"],
            ticket.TenantName);
    }

    public static OutboxEmail StaffReplied(TicketMailFacts ticket, string body)
    {
        var t = Words.For(ticket.CustomerLocale);
        return Render(
            ticket.Thread,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{t.Ticket} #{ticket.Number}] {t.NewReply}",
            $"{t.Hello} {ticket.CustomerName},",
            [t.NewReplyBody(ticket.TenantName), body],
            ticket.TenantName);
    }

    public static OutboxEmail CustomerReplied(TicketMailFacts ticket, string departmentEmail, string body)
    {
        var t = Words.For(ticket.TenantLocale);
        return Render(
            ticket.Thread,
            departmentEmail,
            null,
            $"[{t.Ticket} #{ticket.Number}] {t.CustomerReply}",
            t.CustomerReplyBody(ticket.CustomerName),
            [body],
            ticket.TenantName);
    }

    public static OutboxEmail StatusChanged(TicketMailFacts ticket, string statusLabel)
    {
        var t = Words.For(ticket.CustomerLocale);
        return Render(
            ticket.Thread,
            ticket.CustomerEmail,
            ticket.CustomerName,
            $"[{t.Ticket} #{ticket.Number}] {t.StatusChanged}: {statusLabel}",
            $"{t.Hello} {ticket.CustomerName},",
            [t.StatusChangedBody(ticket.Number, statusLabel)],
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

    private sealed record Words(
        string Ticket,
        string Hello,
        string Received,
        Func<int, string, string> ReceivedBody,
        string Description,
        string NewTicket,
        Func<string, string, string> NewTicketBody,
        string NewReply,
        Func<string, string> NewReplyBody,
        string CustomerReply,
        Func<string, string> CustomerReplyBody,
        string StatusChanged,
        Func<int, string, string> StatusChangedBody)
    {
        private static readonly Words Portuguese = new(
            "Chamado",
            "Olá",
            "Recebemos seu chamado",
            (number, subject) => $"Seu chamado #{number} ({subject}) foi aberto. Você receberá as respostas neste e-mail.",
            "Descrição",
            "Novo chamado",
            (name, email) => $"{name} ({email}) abriu um chamado.",
            "Nova resposta",
            company => $"{company} respondeu ao seu chamado:",
            "Resposta do cliente",
            name => $"{name} respondeu ao chamado:",
            "Status atualizado",
            (number, status) => $"Seu chamado #{number} agora está em: {status}.");

        private static readonly Words English = new(
            "Ticket",
            "Hello",
            "We received your ticket",
            (number, subject) => $"Your ticket #{number} ({subject}) is open. Replies will come to this address.",
            "Description",
            "New ticket",
            (name, email) => $"{name} ({email}) opened a ticket.",
            "New reply",
            company => $"{company} replied to your ticket:",
            "Customer reply",
            name => $"{name} replied to the ticket:",
            "Status updated",
            (number, status) => $"Your ticket #{number} is now: {status}.");

        private static readonly Words Spanish = new(
            "Solicitud",
            "Hola",
            "Recibimos su solicitud",
            (number, subject) => $"Su solicitud #{number} ({subject}) fue abierta. Recibirá las respuestas en este correo.",
            "Descripción",
            "Nueva solicitud",
            (name, email) => $"{name} ({email}) abrió una solicitud.",
            "Nueva respuesta",
            company => $"{company} respondió a su solicitud:",
            "Respuesta del cliente",
            name => $"{name} respondió a la solicitud:",
            "Estado actualizado",
            (number, status) => $"Su solicitud #{number} ahora está en: {status}.");

        public static Words For(string locale) => locale switch
        {
            Locales.English => English,
            Locales.Spanish => Spanish,
            _ => Portuguese,
        };
    }
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
