using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;

namespace PosVendas.Benchmarks.RawBaseline;

/// <summary>Who calls, as the API would have resolved it from the token.</summary>
internal sealed record Caller(Guid TenantId, Guid CustomerId, string Locale)
{
    public static Caller? From(HttpRequest request)
    {
        var tenant = Value(request, "X-Tenant-Id", "tenant");
        var customer = Value(request, "X-Customer-Id", "customer");
        var locale = Value(request, "X-Locale", "locale");
        return Guid.TryParse(tenant, out var tenantId) && Guid.TryParse(customer, out var customerId)
            ? new Caller(tenantId, customerId, string.IsNullOrEmpty(locale) ? "pt-BR" : locale)
            : null;
    }

    private static string? Value(HttpRequest request, string header, string query) =>
        request.Headers.TryGetValue(header, out var value) ? value.ToString() : request.Query[query].ToString();
}

/// <summary>
/// The customer's ticket endpoints, done by hand: the same statements as the API in the same order (and in one
/// transaction for the writes), answers of the same shape. What it leaves out is what the API adds on top:
/// authentication and caller resolution, rate limiting, request logging, the mediator pipeline, validation, EF Core.
/// Webhook endpoints are read like the API does but not fanned out (benchmark tenants have none), and a reply does
/// not reopen a solved ticket (the default flow has no solved status). The e-mails the writes leave in the outbox are
/// delivered by <see cref="RawOutbox"/>, as the API's dispatcher delivers the API's.
/// </summary>
internal static class RawTickets
{
    private const int DefaultLimit = 20;
    private const int MaxLimit = 100;
    private const int MaxTextLength = 20_000;
    private const string CursorPrefix = "t1:";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapRawTickets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/raw/tickets");
        group.MapGet("/", ListAsync);
        group.MapGet("/{number:int}", GetAsync);
        group.MapPost("/", OpenAsync);
        group.MapPost("/{number:int}/comments", ReplyAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, NpgsqlDataSource db, CancellationToken cancellationToken, string? cursor = null, int limit = DefaultLimit)
    {
        if (Caller.From(request) is not { } caller)
        {
            return NoCaller();
        }

        int? lastNumber = null;
        if (cursor is not null)
        {
            if (!TryDecodeCursor(cursor, out var number))
            {
                return TypedResults.Problem(statusCode: 400, title: "Bad Request", detail: "The cursor is not valid.");
            }

            lastNumber = number;
        }

        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.Problem(statusCode: 400, title: "Bad Request", detail: "limit is 1 to 100.");
        }

        await using var command = db.CreateCommand(Sql.ListPage);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = caller.TenantId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = caller.CustomerId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = lastNumber ?? int.MaxValue });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit + 1 });
        var items = new List<TicketSummaryDto>(limit + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new TicketSummaryDto(
                    reader.GetInt32(0),
                    new NamedReference(reader.GetGuid(1), Label(reader, caller.Locale, ptBr: 2, en: 3, es: 4)),
                    new NamedReference(reader.GetGuid(5), Label(reader, caller.Locale, ptBr: 6, en: 7, es: 8)),
                    new StatusDto(reader.GetGuid(9), Label(reader, caller.Locale, ptBr: 10, en: 11, es: 12), Enum.Parse<StatusCategory>(reader.GetString(13))),
                    Location(reader, 17),
                    reader.GetFieldValue<DateTimeOffset>(14),
                    reader.GetFieldValue<DateTimeOffset>(15),
                    reader.GetBoolean(16)));
            }
        }

        var hasMore = items.Count > limit;
        if (hasMore)
        {
            items.RemoveAt(limit);
        }

        return TypedResults.Ok(new TicketListResponse(items, hasMore ? EncodeCursor(items[^1].Number) : null));
    }

    private static async Task<IResult> GetAsync(int number, HttpContext http, NpgsqlDataSource db, CancellationToken cancellationToken)
    {
        if (Caller.From(http.Request) is not { } caller)
        {
            return NoCaller();
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        if (await ReadTicketAsync(connection, caller, number, cancellationToken) is not { } found)
        {
            return NotFound(number);
        }

        http.Response.Headers.ETag = found.ETag;
        return TypedResults.Ok(found.Ticket);
    }

    private static async Task<IResult> OpenAsync(HttpRequest request, OpenTicketRequest body, NpgsqlDataSource db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Caller.From(request) is not { } caller)
        {
            return NoCaller();
        }

        var description = body.Description?.Trim();
        if (body.SubjectId is not { } subjectId || subjectId == Guid.Empty || string.IsNullOrEmpty(description) || description.Length > MaxTextLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["subjectId"] = ["subjectId and description are required."] });
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        int number;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            Guid serviceTypeId;
            Guid departmentId;
            await using (var command = Command(connection, Sql.Subject, caller))
            {
                command.Parameters.Add(new NpgsqlParameter<Guid>("subjectId", subjectId));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                if (!await reader.ReadAsync(cancellationToken) || !reader.GetBoolean(2) || !reader.GetBoolean(11))
                {
                    return TypedResults.Problem(statusCode: 409, title: "Business rule broken", detail: "The subject cannot be selected.");
                }

                departmentId = reader.GetGuid(1);
                serviceTypeId = reader.GetGuid(4);
            }

            var statuses = new List<(Guid Id, string Category, bool IsDefault, bool OwnFlow)>();
            await using (var command = Command(connection, Sql.FlowStatuses, caller))
            {
                command.Parameters.Add(new NpgsqlParameter<Guid>("serviceTypeId", serviceTypeId));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    statuses.Add((reader.GetGuid(0), reader.GetString(1), reader.GetBoolean(3), !reader.IsDBNull(6)));
                }
            }

            var ownFlow = statuses.Any(s => s.OwnFlow);
            var initial = statuses.First(s => s.OwnFlow == ownFlow && s.IsDefault && s.Category == nameof(StatusCategory.New));
            await ReadWebhookEndpointsAsync(connection, caller, cancellationToken);
            var facts = await ReadMailPartiesAsync(connection, caller, subjectId, departmentId, cancellationToken);

            await using (var command = new NpgsqlCommand(Sql.NextNumber, connection))
            {
                command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = caller.TenantId });
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = 1 });
                number = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
            }

            var now = clock.GetUtcNow();
            var ticketId = Guid.CreateVersion7(now);
            await using var save = new NpgsqlBatch(connection);
            save.BatchCommands.Add(EmailCommand(
                caller,
                "ticket.opened",
                Email(facts.CustomerEmail, facts.CustomerName, $"[Chamado #{number}] Recebemos sua solicitação", $"Olá {facts.CustomerName},",
                    [$"Recebemos o seu chamado #{number} sobre {facts.SubjectLabel}.", $"Descrição: {Excerpt(description)}"], facts.TenantName),
                now));
            if (facts.DepartmentEmail is { } departmentEmail)
            {
                save.BatchCommands.Add(EmailCommand(
                    caller,
                    "ticket.opened",
                    Email(departmentEmail, null, $"[Chamado #{number}] Novo chamado: {facts.SubjectName}", $"Novo chamado de {facts.CustomerName} ({facts.CustomerEmail})",
                        [$"Descrição: {Excerpt(description)}"], facts.TenantName),
                    now));
            }

            var insertTicket = new NpgsqlBatchCommand(Sql.InsertTicket);
            insertTicket.Parameters.Add(new NpgsqlParameter<Guid>("p0", ticketId));
            insertTicket.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("p1", now));
            insertTicket.Parameters.Add(new NpgsqlParameter<Guid>("p2", caller.CustomerId));
            insertTicket.Parameters.Add(new NpgsqlParameter<Guid>("p3", departmentId));
            insertTicket.Parameters.Add(new NpgsqlParameter<string>("p4", description));
            insertTicket.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("p5", now));
            insertTicket.Parameters.Add(new NpgsqlParameter<int>("p6", number));
            insertTicket.Parameters.Add(new NpgsqlParameter<Guid>("p7", serviceTypeId));
            insertTicket.Parameters.Add(new NpgsqlParameter<Guid>("p8", initial.Id));
            insertTicket.Parameters.Add(new NpgsqlParameter<Guid>("p9", subjectId));
            insertTicket.Parameters.Add(new NpgsqlParameter<Guid>("p10", caller.TenantId));
            save.BatchCommands.Add(insertTicket);
            await save.ExecuteNonQueryAsync(cancellationToken);

            await transaction.CommitAsync(cancellationToken);
        }

        var (ticket, _) = (await ReadTicketAsync(connection, caller, number, cancellationToken))!.Value;
        return TypedResults.Created($"/raw/tickets/{number}", ticket);
    }

    private static async Task<IResult> ReplyAsync(int number, HttpRequest request, ReplyRequest body, NpgsqlDataSource db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Caller.From(request) is not { } caller)
        {
            return NoCaller();
        }

        var text = body.Body?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["body is required."] });
        }

        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Guid ticketId;
        Guid departmentId;
        Guid serviceTypeId;
        Guid statusId;
        Guid subjectId;
        uint version;
        await using (var command = new NpgsqlCommand(Sql.LockTicket, connection))
        {
            command.Parameters.Add(new NpgsqlParameter<Guid>("p0", caller.TenantId));
            command.Parameters.Add(new NpgsqlParameter<int>("p1", number));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = Command(connection, Sql.ReplyTicket, caller))
        {
            command.Parameters.Add(new NpgsqlParameter<int>("command_Number", number));
            command.Parameters.Add(new NpgsqlParameter<Guid>("customerId", caller.CustomerId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return NotFound(number);
            }

            ticketId = reader.GetGuid(0);
            departmentId = reader.GetGuid(3);
            serviceTypeId = reader.GetGuid(7);
            statusId = reader.GetGuid(8);
            subjectId = reader.GetGuid(9);
            version = reader.GetFieldValue<uint>(11);
        }

        // The API reads the ticket's flow (its service type's statuses and the tenant's) and finds the status in it.
        var closed = false;
        await using (var command = Command(connection, Sql.FlowStatuses, caller))
        {
            command.Parameters.Add(new NpgsqlParameter<Guid>("serviceTypeId", serviceTypeId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                closed |= reader.GetGuid(0) == statusId && reader.GetString(1) == nameof(StatusCategory.Closed);
            }
        }

        if (closed)
        {
            return TypedResults.Problem(statusCode: 409, title: "Business rule broken", detail: "A closed ticket takes no replies.");
        }

        // The API signs the reply with the caller's name from the token, which the baseline has not: the customer's
        // name from the mail parties is the same name.
        await ReadWebhookEndpointsAsync(connection, caller, cancellationToken);
        var facts = await ReadMailPartiesAsync(connection, caller, subjectId, departmentId, cancellationToken);
        var customerName = facts.CustomerName;
        var now = clock.GetUtcNow();
        var commentId = Guid.CreateVersion7(now);
        await using var save = new NpgsqlBatch(connection);
        save.BatchCommands.Add(new NpgsqlBatchCommand(Sql.ReplyInsertComment)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = commentId },
                new NpgsqlParameter<Guid> { TypedValue = caller.TenantId },
                new NpgsqlParameter<Guid> { TypedValue = ticketId },
                new NpgsqlParameter<string> { TypedValue = nameof(AuthorKind.Customer) },
                new NpgsqlParameter<string> { TypedValue = caller.CustomerId.ToString() },
                new NpgsqlParameter<string> { TypedValue = customerName },
                new NpgsqlParameter<string> { TypedValue = text },
                new NpgsqlParameter<bool> { TypedValue = false },
                new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
            },
        });
        var touchTicket = new NpgsqlBatchCommand(Sql.ReplyUpdateTicket)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = statusId },
                new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
                new NpgsqlParameter<Guid> { TypedValue = ticketId },
                new NpgsqlParameter<uint> { TypedValue = version, NpgsqlDbType = NpgsqlDbType.Xid },
            },
        };
        save.BatchCommands.Add(touchTicket);
        if (facts.DepartmentEmail is { } departmentEmail)
        {
            var email = Email(departmentEmail, null, $"[Chamado #{number}] Resposta do cliente", $"{facts.CustomerName} respondeu:", [text], facts.TenantName);
            save.BatchCommands.Add(new NpgsqlBatchCommand(Sql.ReplyInsertOutboxMessage)
            {
                Parameters =
                {
                    new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7(now) },
                    new NpgsqlParameter<Guid> { TypedValue = caller.TenantId },
                    new NpgsqlParameter<string> { TypedValue = RawOutbox.Channel },
                    new NpgsqlParameter<string> { TypedValue = "ticket.customer_replied" },
                    new NpgsqlParameter<string> { TypedValue = email.To },
                    new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(email), NpgsqlDbType = NpgsqlDbType.Jsonb },
                    new NpgsqlParameter<string> { TypedValue = "Pending" },
                    new NpgsqlParameter<int> { TypedValue = 0 },
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = now },
                    new NpgsqlParameter(null, NpgsqlDbType.TimestampTz) { Value = DBNull.Value },
                    new NpgsqlParameter(null, NpgsqlDbType.Varchar) { Value = DBNull.Value },
                },
            });
        }

        await save.ExecuteNonQueryAsync(cancellationToken);
        if (touchTicket.RecordsAffected == 0)
        {
            return TypedResults.Problem(statusCode: 409, title: "Conflict", detail: "The ticket changed meanwhile; read it again and retry.");
        }

        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created(
            $"/raw/tickets/{number}",
            new CommentDto(commentId, text, now, new CommentAuthorDto(customerName, AuthorKind.Customer), []));
    }

    /// <summary>The three statements of GetTicket, on one connection.</summary>
    private static async Task<(TicketDetailResponse Ticket, string ETag)?> ReadTicketAsync(NpgsqlConnection connection, Caller caller, int number, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in new[] { Sql.DetailHeader, Sql.DetailHistory, Sql.DetailAttachments })
        {
            var command = new NpgsqlBatchCommand(statement);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = caller.TenantId });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = caller.CustomerId });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = number });
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var serviceType = new NamedReference(reader.GetGuid(1), Label(reader, caller.Locale, ptBr: 2, en: 3, es: 4));
        var subject = new NamedReference(reader.GetGuid(5), Label(reader, caller.Locale, ptBr: 6, en: 7, es: 8));
        var department = new NamedReference(reader.GetGuid(9), reader.GetString(10));
        var status = new StatusDto(reader.GetGuid(11), Label(reader, caller.Locale, ptBr: 12, en: 13, es: 14), Enum.Parse<StatusCategory>(reader.GetString(15)));
        var description = reader.GetString(16);
        var createdAt = reader.GetFieldValue<DateTimeOffset>(17);
        var lastActivityAt = reader.GetFieldValue<DateTimeOffset>(18);
        var version = reader.GetFieldValue<uint>(19);
        var location = Location(reader, 20);
        var sharedWithUnit = reader.GetBoolean(30);
        var sharedWithYou = reader.GetBoolean(31);
        var warranty = reader.IsDBNull(32) ? null : Warranty(reader.GetString(32), reader.IsDBNull(33) ? null : reader.GetFieldValue<DateOnly>(33));

        await reader.NextResultAsync(cancellationToken);
        var comments = new List<(Guid Id, string Body, DateTimeOffset At, string Author, AuthorKind Kind)>();
        var timeline = new List<TimelineEntryDto>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            var at = reader.GetFieldValue<DateTimeOffset>(1);
            if (reader.IsDBNull(5))
            {
                comments.Add((id, reader.GetString(2), at, reader.GetString(3), Enum.Parse<AuthorKind>(reader.GetString(4))));
                timeline.Add(new TimelineEntryDto(TimelineEntryKind.Comment, at, id, null, Automatic: false, ChangedBy: null));
            }
            else
            {
                var moved = new StatusDto(reader.GetGuid(5), Label(reader, caller.Locale, ptBr: 6, en: 7, es: 8), Enum.Parse<StatusCategory>(reader.GetString(9)));
                timeline.Add(new TimelineEntryDto(TimelineEntryKind.StatusChange, at, null, moved, reader.GetBoolean(10), Enum.Parse<AuthorKind>(reader.GetString(4))));
            }
        }

        await reader.NextResultAsync(cancellationToken);
        var attachments = new List<(Guid? CommentId, AttachmentDto File)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            attachments.Add((
                reader.IsDBNull(0) ? null : reader.GetGuid(0),
                new AttachmentDto(reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5))));
        }

        var files = attachments.ToLookup(a => a.CommentId, a => a.File);
        var ticket = new TicketDetailResponse(
            number,
            serviceType,
            subject,
            department,
            location,
            status,
            description,
            createdAt,
            lastActivityAt,
            [.. files[null]],
            [.. comments.Select(c => new CommentDto(c.Id, c.Body, c.At, new CommentAuthorDto(c.Author, c.Kind), [.. files[c.Id]]))],
            timeline,
            sharedWithUnit,
            sharedWithYou,
            warranty);
        return (ticket, $"\"{version}\"");
    }

    /// <summary>The API's sentence for a coverage, in Portuguese (the dataset's tickets have none).</summary>
    private static CustomerWarrantyDto Warranty(string status, DateOnly? lastDay) => new(
        JsonNamingPolicy.SnakeCaseLower.ConvertName(status),
        lastDay,
        status == "Covered" && lastDay is { } day ? $"Coberto pela garantia até {day:dd/MM/yyyy}." : "A equipe vai verificar a cobertura pela garantia.");

    /// <summary>A ticket's location from the ten columns starting at <paramref name="first"/>, as the API's readers select them.</summary>
    private static TicketLocationDto? Location(NpgsqlDataReader reader, int first) => reader.IsDBNull(first)
        ? null
        : new TicketLocationDto(
            JsonNamingPolicy.SnakeCaseLower.ConvertName(reader.GetString(first)),
            Reference(reader, first + 1, first + 2),
            Reference(reader, first + 3, first + 4),
            Reference(reader, first + 5, first + 6),
            Reference(reader, first + 7, first + 8),
            reader.IsDBNull(first + 9) ? null : reader.GetString(first + 9));

    private static async Task ReadWebhookEndpointsAsync(NpgsqlConnection connection, Caller caller, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, Sql.WebhookEndpoints, caller);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Benchmark tenants have no webhook endpoints; the API would add one outbox message per endpoint here.
        }
    }

    private static async Task<MailParties> ReadMailPartiesAsync(NpgsqlConnection connection, Caller caller, Guid subjectId, Guid departmentId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, Sql.MailParties, caller);
        command.Parameters.Add(new NpgsqlParameter<Guid>("customerId", caller.CustomerId));
        command.Parameters.Add(new NpgsqlParameter<Guid>("subjectId", subjectId));
        command.Parameters.Add(new NpgsqlParameter<Guid>("departmentId", departmentId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var locale = reader.IsDBNull(6) ? reader.GetString(9) : reader.GetString(6);
        return new MailParties(
            reader.GetString(0),
            Label(reader, locale, ptBr: 1, en: 2, es: 3),
            reader.GetString(4),
            reader.GetString(5),
            reader.GetString(7),
            reader.IsDBNull(10) ? null : reader.GetString(10));
    }

    private static NpgsqlBatchCommand EmailCommand(Caller caller, string type, OutboxEmail email, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(Sql.InsertOutboxMessage);
        command.Parameters.Add(new NpgsqlParameter<Guid>("p0", Guid.CreateVersion7(now)));
        command.Parameters.Add(new NpgsqlParameter<int>("p1", 0));
        command.Parameters.Add(new NpgsqlParameter<string>("p2", RawOutbox.Channel));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("p3", now));
        command.Parameters.Add(new NpgsqlParameter("p4", NpgsqlDbType.TimestampTz) { Value = DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("p5", NpgsqlDbType.Varchar) { Value = DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("p6", now));
        command.Parameters.Add(new NpgsqlParameter<string>("p7", JsonSerializer.Serialize(email)) { NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter<string>("p8", email.To));
        command.Parameters.Add(new NpgsqlParameter<string>("p9", "Pending"));
        command.Parameters.Add(new NpgsqlParameter<Guid>("p10", caller.TenantId));
        command.Parameters.Add(new NpgsqlParameter<string>("p11", type));
        return command;
    }

    /// <summary>Rendered like the API's EmailTemplates: plain text and HTML with every typed text encoded.</summary>
    private static OutboxEmail Email(string to, string? toName, string subject, string greeting, IReadOnlyList<string> paragraphs, string signature)
    {
        var text = string.Join("\n\n", [greeting, .. paragraphs, $"— {signature}"]);
        var html =
            "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">"
            + $"<p>{Html.Encode(greeting)}</p>"
            + string.Concat(paragraphs.Select(paragraph => $"<p>{Html.Encode(paragraph)}</p>"))
            + $"<p>— {Html.Encode(signature)}</p></body></html>";
        return new OutboxEmail(to, toName, subject, text, html);
    }

    private static string Excerpt(string text) => text.Length <= 300 ? text : $"{text[..300]}…";

    /// <summary>A command that carries the tenant the way EF's global query filter does.</summary>
    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, Caller caller)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("ef_filter__CurrentTenantId", caller.TenantId));
        return command;
    }

    private static NamedReference? Reference(NpgsqlDataReader reader, int id, int name) =>
        reader.IsDBNull(id) ? null : new NamedReference(reader.GetGuid(id), reader.GetString(name));

    /// <summary>LocalizedText.For: the requested language, else Portuguese, else whichever is present.</summary>
    private static string Label(NpgsqlDataReader reader, string locale, int ptBr, int en, int es)
    {
        var column = locale switch
        {
            "en" => en,
            "es" => es,
            _ => ptBr,
        };
        if (!reader.IsDBNull(column))
        {
            return reader.GetString(column);
        }

        return !reader.IsDBNull(ptBr) ? reader.GetString(ptBr) : !reader.IsDBNull(en) ? reader.GetString(en) : reader.GetString(es);
    }

    private static string EncodeCursor(int lastNumber) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(CursorPrefix + lastNumber.ToString(CultureInfo.InvariantCulture)));

    private static bool TryDecodeCursor(string cursor, out int lastNumber)
    {
        lastNumber = 0;
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(CursorPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out lastNumber)
            && lastNumber > 0;
    }

    private static ProblemHttpResult NoCaller() =>
        TypedResults.Problem(statusCode: 400, title: "Bad Request", detail: "Send X-Tenant-Id and X-Customer-Id (or ?tenant=&customer=).");

    private static ProblemHttpResult NotFound(int number) =>
        TypedResults.Problem(statusCode: 404, title: "Not Found", detail: $"Ticket '{number}' was not found.");

    private sealed record MailParties(
        string SubjectName,
        string SubjectLabel,
        string CustomerName,
        string CustomerEmail,
        string TenantName,
        string? DepartmentEmail);
}
