using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using PosVendas.WebApi.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// The API process is killed (SIGKILL, as a crash or the OOM killer would) while a customer opens a ticket with
/// photos. Afterwards the ticket, its attachments and its outbox messages are all there or none of them is, every
/// recorded file has its bytes, and the client's retry with the same <c>Idempotency-Key</c> ends with one ticket.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CrashSafetyTests(PosVendasApiFactory api, ITestOutputHelper output)
{
    [Fact]
    public async Task Killed_inside_the_transaction_nothing_of_the_ticket_remains_and_the_retry_creates_it_once()
    {
        var tenant = await api.CreateTenantAsync();
        var key = Guid.NewGuid().ToString();
        string subjectId;
        string[] photos;
        await using (var doomed = await ApiProcess.StartAsync(api))
        {
            var ana = doomed.Client(tenant.Token());
            subjectId = (await ana.FindSubjectAsync("Infiltrações")).Id;
            photos = await UploadTwoFilesAsync(ana);

            // The request stops at its outbox insert, after the ticket and the attachment claims, before the commit.
            await using var outboxLock = await api.LockOutboxAsync();
            var request = OpenTicketAsync(ana, key, subjectId, photos);
            var backend = await api.WaitForBlockedOutboxInsertAsync();
            await doomed.KillAsync();
            await outboxLock.DisposeAsync();
            await WaitUntilGoneAsync(backend);
            await IgnoreFailureAsync(request);
        }

        var afterCrash = await StateOfAsync(tenant);
        afterCrash.Should().Be(new TenantState(Tickets: 0, ClaimedFiles: 0, UnclaimedFiles: 2, OpenedMessages: 0, Keys: 0));

        await using var restarted = await ApiProcess.StartAsync(api);
        var retry = await OpenTicketAsync(restarted.Client(tenant.Token()), key, subjectId, photos);

        retry.StatusCode.Should().Be(HttpStatusCode.Created, await retry.Content.ReadAsStringAsync());
        retry.Headers.Contains("Idempotency-Replayed").Should().BeFalse("the killed request left no trace of its key");
        (await StateOfAsync(tenant)).Should().Be(new TenantState(Tickets: 1, ClaimedFiles: 2, UnclaimedFiles: 0, OpenedMessages: 1, Keys: 1));
    }

    [Fact]
    public async Task Killed_right_after_the_commit_the_ticket_is_whole_and_the_retry_replays_it()
    {
        var tenant = await api.CreateTenantAsync();
        var key = Guid.NewGuid().ToString();
        string subjectId;
        string[] photos;
        await using (var doomed = await ApiProcess.StartAsync(api))
        {
            var ana = doomed.Client(tenant.Token());
            subjectId = (await ana.FindSubjectAsync("Infiltrações")).Id;
            photos = await UploadTwoFilesAsync(ana);

            var request = OpenTicketAsync(ana, key, subjectId, photos);
            await Poll.UntilAsync(async () => (await StateOfAsync(tenant)).Tickets == 1);
            await doomed.KillAsync();
            await IgnoreFailureAsync(request);
        }

        (await StateOfAsync(tenant)).Should().Be(new TenantState(Tickets: 1, ClaimedFiles: 2, UnclaimedFiles: 0, OpenedMessages: 1, Keys: 1));

        await using var restarted = await ApiProcess.StartAsync(api);
        var retry = await OpenTicketAsync(restarted.Client(tenant.Token()), key, subjectId, photos);

        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.Headers.GetValues("Idempotency-Replayed").Should().Equal("true");
        (await retry.Content.ReadFromJsonAsync<TicketView>())!.Attachments.Should().HaveCount(2);
        (await StateOfAsync(tenant)).Tickets.Should().Be(1, "the retry replays the committed ticket instead of opening another");
    }

    [Fact]
    public async Task Killed_at_any_moment_of_uploading_and_opening_the_data_is_all_or_nothing()
    {
        var tenant = await api.CreateTenantAsync();
        FlowTimes timing;
        await using (var undisturbed = await ApiProcess.StartAsync(api))
        {
            timing = await UploadAndOpenAsync(undisturbed.Client(tenant.Token()));
        }

        // Kill points over a freshly started process's flow, as timed undisturbed: while the files upload, then
        // while the ticket opens (claims, outbox, commit, response).
        TimeSpan[] killPoints =
        [
            timing.Uploaded * 0.3, timing.Uploaded * 0.6, timing.Uploaded * 0.9,
            .. new[] { 0.2, 0.4, 0.6, 0.8, 0.95 }.Select(share => timing.Uploaded + ((timing.Opened - timing.Uploaded) * share)),
        ];
        foreach (var killPoint in killPoints)
        {
            await using var doomed = await ApiProcess.StartAsync(api);
            var flow = UploadAndOpenAsync(doomed.Client(tenant.Token()));
            await Task.Delay(killPoint);
            await doomed.KillAsync();
            await IgnoreFailureAsync(flow);

            var state = await StateOfAsync(tenant);
            var at = $"killed at {killPoint.TotalMilliseconds:F0} ms (uploaded at {timing.Uploaded.TotalMilliseconds:F0}, opened at {timing.Opened.TotalMilliseconds:F0})";
            output.WriteLine($"{at}: {state}");
            state.OpenedMessages.Should().Be(state.Tickets, $"every ticket has its confirmation message ({at})");
            state.Keys.Should().Be(state.Tickets, $"a key exists exactly for each committed ticket ({at})");
            (await TicketsWithoutTheirTwoFilesAsync(tenant)).Should().Be(0, $"a ticket has both its files or does not exist ({at})");
            (await FilesMissingTheirBytesAsync(tenant)).Should().BeEmpty($"every recorded file has its bytes ({at})");
        }
    }

    private sealed record FlowTimes(TimeSpan Uploaded, TimeSpan Opened);

    private static async Task<string[]> UploadTwoFilesAsync(ApiClient client) =>
    [
        (await client.UploadAsync("sala.jpg", "image/jpeg", TestFiles.Jpeg(400_000))).Id,
        (await client.UploadAsync("laudo.pdf", "application/pdf", TestFiles.Pdf())).Id,
    ];

    private static async Task<FlowTimes> UploadAndOpenAsync(ApiClient client)
    {
        var clock = Stopwatch.StartNew();
        var subjectId = (await client.FindSubjectAsync("Infiltrações")).Id;
        var photos = await UploadTwoFilesAsync(client);
        var uploaded = clock.Elapsed;
        var response = await OpenTicketAsync(client, Guid.NewGuid().ToString(), subjectId, photos);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return new FlowTimes(uploaded, clock.Elapsed);
    }

    private static Task<HttpResponseMessage> OpenTicketAsync(ApiClient client, string key, string subjectId, string[] attachmentIds)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets")
        {
            Content = JsonContent.Create(new { subjectId, description = "Infiltração na parede da sala, fotos em anexo.", attachmentIds }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.Http.SendAsync(request);
    }

    private static async Task IgnoreFailureAsync(Task request)
    {
        try
        {
            await request;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            // The process died under it, as intended.
        }
    }

    private sealed record TenantState(long Tickets, long ClaimedFiles, long UnclaimedFiles, long OpenedMessages, long Keys);

    private async Task<TenantState> StateOfAsync(TestTenant tenant)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM tickets.tickets WHERE tenant_id = t.id),
                   (SELECT count(*) FROM attachments.attachments WHERE tenant_id = t.id AND ticket_id IS NOT NULL),
                   (SELECT count(*) FROM attachments.attachments WHERE tenant_id = t.id AND ticket_id IS NULL),
                   (SELECT count(*) FROM notifications.outbox_messages WHERE tenant_id = t.id AND type = 'ticket.opened' AND recipient = 'ana@example.com'),
                   (SELECT count(*) FROM api.idempotency_keys WHERE tenant_id = t.id)
            FROM tenancy.tenants t WHERE t.slug = $1
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tenant.Slug });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new TenantState(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    private async Task<long> TicketsWithoutTheirTwoFilesAsync(TestTenant tenant) =>
        await api.ScalarAsync<long>(
            """
            SELECT count(*) FROM tickets.tickets t
            WHERE t.tenant_id = (SELECT id FROM tenancy.tenants WHERE slug = $1)
              AND (SELECT count(*) FROM attachments.attachments a WHERE a.ticket_id = t.id) <> 2
            """,
            tenant.Slug);

    /// <summary>Recorded attachments whose file is absent or of another size in the blob folder.</summary>
    private async Task<List<string>> FilesMissingTheirBytesAsync(TestTenant tenant)
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT storage_key, size FROM attachments.attachments WHERE tenant_id = (SELECT id FROM tenancy.tenants WHERE slug = $1)",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = tenant.Slug });
        await using var reader = await command.ExecuteReaderAsync();
        var missing = new List<string>();
        while (await reader.ReadAsync())
        {
            var file = new FileInfo(Path.Combine(api.BlobRoot, reader.GetString(0)));
            if (!file.Exists || file.Length != reader.GetInt64(1))
            {
                missing.Add(reader.GetString(0));
            }
        }

        return missing;
    }

    /// <summary>PostgreSQL ends the dead client's session (rolling back its transaction) once it reads the closed socket.</summary>
    private Task WaitUntilGoneAsync(int backend) =>
        Poll.UntilAsync(async () => await api.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", backend) == 0);

    private async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
