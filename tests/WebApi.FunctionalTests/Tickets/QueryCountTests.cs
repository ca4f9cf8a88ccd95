using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using PosVendas.Infrastructure.Tickets;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Tickets;

[Collection(ApiCollection.Name)]
public sealed class QueryCountTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Ticket_detail_is_one_round_trip_of_3_sql_statements_whatever_the_number_of_comments()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        for (var i = 0; i < 30; i++)
        {
            await ana.PostReplyAsync(ticket.Number, $"Mensagem {i}");
        }

        await ana.GetTicketAsync(ticket.Number); // warms the caller cache, as any second request finds it

        using var log = new SqlCommandLog();
        var detail = await ana.GetTicketAsync(ticket.Number);

        detail.Comments.Should().HaveCount(30);
        var batch = log.Statements.Should().ContainSingle("the three statements travel in one batch").Subject;
        batch.Should().Contain(PostgresTicketDetailReader.Header)
            .And.Contain(PostgresTicketDetailReader.History)
            .And.Contain(PostgresTicketDetailReader.Attachments);
    }

    [Fact]
    public async Task A_page_of_the_ticket_list_takes_one_sql_statement_whether_filtered_or_not()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var first = await ana.OpenTicketAsync();
        await ana.OpenTicketAsync();
        await ana.OpenTicketAsync();
        await ana.ListTicketsAsync(); // warms the caller cache, as any second request finds it

        using var log = new SqlCommandLog();
        var page = await ana.ListTicketsAsync("?limit=2");
        var filtered = await ana.ListTicketsAsync($"?status={first.Status.Id}&limit=2&cursor={Uri.EscapeDataString(page.NextCursor!)}");

        page.Items.Should().HaveCount(2);
        filtered.Items.Should().ContainSingle().Which.Number.Should().Be(first.Number);
        log.Statements.Should().HaveCount(2, "each page is one statement");
    }

    [Fact]
    public async Task An_opening_reads_everything_before_it_takes_the_tenants_number_and_then_sends_one_batch_of_writes()
    {
        // The tenant's other openings wait from the number to the commit (ADR 0002), so nothing may be read there.
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        await ana.OpenTicketAsync(); // the tenant's counter row exists, as it does for every opening but the first
        var photo = await ana.UploadAsync("sala.jpg", "image/jpeg", TestFiles.Jpeg());

        using var log = new SqlCommandLog();
        var ticket = await ana.OpenTicketWithAttachmentsAsync(photo.Id);

        ticket.Attachments.Should().ContainSingle(a => a.Id == photo.Id);
        var statements = log.Statements;
        var number = statements.FindIndex(s => s.Contains("ticket_number_sequences"));
        number.Should().BePositive();
        statements.Take(number).Should()
            .Contain(s => s.Contains("FROM attachments.attachments"), "the uploads are found before the number")
            .And.Contain(s => s.Contains("FROM notifications.webhook_endpoints"), "so are the webhook endpoints")
            .And.Contain(s => s.Contains("FROM tenancy.customers"), "and who the e-mails are to");
        var sent = string.Join(Environment.NewLine, statements.Select((s, i) => $"{i}: {s.ReplaceLineEndings(" ")}"));
        statements[number + 1].Should()
            .Contain("INSERT INTO tickets.tickets", "the statements sent were{0}{1}", Environment.NewLine, sent)
            .And.Contain("INSERT INTO notifications.outbox_messages")
            .And.Contain("UPDATE attachments.attachments");
        statements.Skip(number + 2).Should().NotContain(
            s => s.Contains("INSERT") || s.Contains("UPDATE"), "the batch after the number is the opening's only write");
    }

    [Fact]
    public async Task A_reply_that_reopens_a_solved_ticket_writes_its_rows_and_its_email_in_one_batch()
    {
        // The reply's rows are written by hand (ADR 0024): the comment, the automatic status change, the ticket's new
        // status and the e-mail to the department travel together, and EF Core has nothing left to save.
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        foreach (var department in (await admin.Http.GetFromJsonAsync<DepartmentListView>("/api/v1/admin/departments"))!.Items)
        {
            var patch = await admin.Http.PatchAsJsonAsync($"/api/v1/admin/departments/{department.Id}", new { notificationEmail = "pos@example.com" });
            patch.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        await tenant.MoveAsync(ticket.Number, "solved");
        await ana.GetTicketAsync(ticket.Number); // warms the caller cache, as any second request finds it

        using var log = new SqlCommandLog();
        await ana.PostReplyAsync(ticket.Number, "Voltou a pingar.");

        var detail = await ana.GetTicketAsync(ticket.Number);
        detail.Status.Category.Should().Be("open", "a reply reopens a solved ticket");
        detail.Comments.Should().ContainSingle(c => c.Body == "Voltou a pingar.");
        var writes = log.Statements.Where(s => s.StartsWith("INSERT", StringComparison.Ordinal) || s.StartsWith("UPDATE", StringComparison.Ordinal)).ToList();
        var batch = writes.Should().ContainSingle("the reply's writes are one batch").Subject;
        batch.Should().Contain(ConversationWrites.InsertCommentSql)
            .And.Contain(ConversationWrites.InsertStatusChangeSql)
            .And.Contain(ConversationWrites.UpdateTicketSql)
            .And.Contain(ConversationWrites.InsertOutboxMessageSql);
    }

    /// <summary>
    /// Records the statements Npgsql sends for HTTP requests while it is alive, in order, from its "Npgsql" activity
    /// source (one client activity per command). Listening to ASP.NET Core's source too makes every request an
    /// activity, so the statements of background services (the outbox dispatcher), which have no parent, are left out.
    /// </summary>
    private sealed class SqlCommandLog : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly List<string> _statements = [];

        public SqlCommandLog()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = activity =>
                {
                    // Command activities carry the statement; connection activities do not.
                    if (activity.Source.Name == "Npgsql"
                        && activity.Kind == ActivityKind.Client
                        && activity.Parent is not null
                        && (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string statement)
                    {
                        lock (_statements)
                        {
                            _statements.Add(statement);
                        }
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public List<string> Statements
        {
            get
            {
                lock (_statements)
                {
                    return [.. _statements];
                }
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
