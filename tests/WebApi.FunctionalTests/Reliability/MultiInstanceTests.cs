using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// The deployment of docs/deployment.md, on loopback (<see cref="TestCluster"/>): two API instances behind HAProxy
/// on one PostgreSQL, one Redis, one S3-compatible store and a mail server that takes 25 ms a message. Clients talk
/// to the proxy; what one instance stores the other finds, what both are asked at once happens once, limits are the
/// deployment's, and an instance killed mid-run loses nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MultiInstanceTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_thousand_openings_through_the_proxy_number_each_tenants_tickets_without_gaps_and_mail_each_once()
    {
        var tenants = new[] { await api.CreateTenantAsync(), await api.CreateTenantAsync() };
        await using var cluster = await TestCluster.StartAsync(api);
        var subjects = await Task.WhenAll(tenants.Select(tenant => SubjectIdAsync(cluster, tenant)));

        var opened = new ConcurrentBag<(int Tenant, int Number, string Instance)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var tenant = i % 2;
            using var http = cluster.Client(tenants[tenant].Token(Customer(i)));
            using var response = await http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = subjects[tenant], description = $"Chamado {i}" });
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            opened.Add((tenant, (await response.Content.ReadFromJsonAsync<TicketView>())!.Number, response.Headers.GetValues(TestCluster.ServedBy).Single()));
        });

        foreach (var group in opened.GroupBy(ticket => ticket.Tenant))
        {
            group.Select(ticket => ticket.Number).Order().Should().Equal(Enumerable.Range(1, 500), "numbers are per tenant, 1..N, without gaps or repeats");
        }

        opened.GroupBy(ticket => ticket.Instance).Should().HaveCount(2).And.OnlyContain(
            served => served.Count() >= 100, "the proxy spreads the openings over both instances");
        var confirmations = await ConfirmationIdsAsync(tenants);
        confirmations.Should().HaveCount(1000, "one confirmation e-mail per ticket");
        await UntilReceivedAsync(cluster.Smtp, confirmations, Stopwatch.StartNew());
        cluster.Smtp.Received.Where(message => confirmations.Contains(message.MessageId ?? ""))
            .Should().HaveCount(1000, "each ticket's confirmation is sent once when no instance fails");
    }

    [Fact]
    public async Task The_same_Idempotency_Key_sent_to_both_instances_at_once_opens_one_ticket()
    {
        var tenant = await api.CreateTenantAsync();
        await using var cluster = await TestCluster.StartAsync(api);
        var subjectId = await SubjectIdAsync(cluster, tenant);

        var keys = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid().ToString()).ToList();
        var answers = new List<(string Key, HttpStatusCode StatusCode, int? Number)>();
        foreach (var key in keys)
        {
            // Each key to both instances at the same moment, as a client retrying through a load balancer might.
            answers.AddRange(await Task.WhenAll(cluster.Instances.Select(async instance =>
            {
                using var response = await OpenAsync(instance.Client(tenant.Token()).Http, subjectId, key);
                return (key, response.StatusCode, response.StatusCode == HttpStatusCode.Created
                    ? (await response.Content.ReadFromJsonAsync<TicketView>())!.Number
                    : (int?)null);
            })));
        }

        (await TicketNumbersAsync(tenant)).Should().HaveCount(keys.Count, "one ticket per key, whichever instance got it first");
        answers.Should().OnlyContain(answer => answer.StatusCode == HttpStatusCode.Created || answer.StatusCode == HttpStatusCode.Conflict,
            "the second of a pair is the replay (201) or, while the first still runs, IdempotencyKeyInUse (409)");
        answers.Where(answer => answer.Number is not null).GroupBy(answer => answer.Key)
            .Should().OnlyContain(pair => pair.Select(answer => answer.Number).Distinct().Count() == 1, "a replay answers the same ticket");
    }

    [Fact]
    public async Task A_tenant_limit_admits_its_limit_across_both_instances_and_requests_go_on_while_Redis_is_away()
    {
        const int limit = 400;
        var tenant = await api.CreateTenantAsync();
        var other = await api.CreateTenantAsync();
        await using var cluster = await TestCluster.StartAsync(api, new Dictionary<string, string>
        {
            ["RateLimiting__PerTenantPermitLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting__PerUserPermitLimit"] = "100000",
            ["RateLimiting__Window"] = DayWindow,
        });
        await WaitUnlessTheWindowHasMinutesLeftAsync();

        var answers = new ConcurrentBag<(HttpStatusCode Status, string Instance)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, limit + 100), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            using var http = cluster.Client(tenant.Token(Customer(i)));
            using var response = await http.GetAsync("/api/v1/tickets");
            answers.Add((response.StatusCode, response.Headers.GetValues(TestCluster.ServedBy).Single()));
        });

        answers.Count(answer => answer.Status == HttpStatusCode.OK).Should().BeInRange((int)(limit * 0.99), (int)(limit * 1.01),
            "the limit is the tenant's across the deployment; each instance alone would have admitted all of them");
        answers.Where(answer => answer.Status != HttpStatusCode.OK).Should().OnlyContain(answer => answer.Status == HttpStatusCode.TooManyRequests);
        answers.Select(answer => answer.Instance).Distinct().Should().HaveCount(2);

        await cluster.Redis.StopAsync();
        var whileAway = new List<HttpStatusCode>();
        using (var http = cluster.Client(other.Token()))
        {
            for (var i = 0; i < 20; i++)
            {
                whileAway.Add((await http.GetAsync("/api/v1/tickets")).StatusCode);
            }
        }

        var readinessWhileAway = await Task.WhenAll(cluster.Instances.Select(RedisCheckAsync));
        await cluster.Redis.StartAgainAsync();
        await Poll.UntilAsync(async () => (await Task.WhenAll(cluster.Instances.Select(RedisCheckAsync))).All(status => status == "Healthy"));

        whileAway.Should().AllBeEquivalentTo(HttpStatusCode.OK, "without Redis each instance counts alone, and the proxy keeps both in");
        readinessWhileAway.Should().AllBe("Degraded");
        using var afterwards = cluster.Client(other.Token());
        (await afterwards.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_thousand_health_probes_through_the_proxy_answer_200_while_clients_behind_it_are_limited_by_their_own_address()
    {
        await using var cluster = await TestCluster.StartAsync(api, new Dictionary<string, string>
        {
            ["RateLimiting__PerUserPermitLimit"] = "3",
            ["RateLimiting__Window"] = DayWindow,
        });
        await WaitUnlessTheWindowHasMinutesLeftAsync();

        var probes = new List<(HttpStatusCode Status, string Instance)>();
        using (var proxy = cluster.Client())
        {
            for (var i = 0; i < 1000; i++)
            {
                using var response = await proxy.GetAsync(i % 2 == 0 ? "/health/ready" : "/health/live");
                probes.Add((response.StatusCode, response.Headers.GetValues(TestCluster.ServedBy).Single()));
            }
        }

        var first = await AnonymousCallsAsync(cluster, IPAddress.Parse("127.0.0.2"), 4);
        var second = await AnonymousCallsAsync(cluster, IPAddress.Parse("127.0.0.3"), 1);

        probes.Should().OnlyContain(probe => probe.Status == HttpStatusCode.OK, "probes must not take healthy instances out");
        probes.Select(probe => probe.Instance).Distinct().Should().HaveCount(2);
        first.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        second.Should().Equal([HttpStatusCode.Unauthorized], "another client behind the same proxy has its own budget");
    }

    [Fact]
    public async Task A_file_uploaded_through_the_proxy_downloads_from_either_instance()
    {
        var tenant = await api.CreateTenantAsync();
        await using var cluster = await TestCluster.StartAsync(api);
        var content = TestFiles.Jpeg(30_000);
        using var proxy = cluster.Client(tenant.Token());

        var photo = await new ApiClient(proxy).UploadAsync("parede.jpg", "image/jpeg", content);
        var ticket = await new ApiClient(proxy).OpenTicketWithAttachmentsAsync(photo.Id);
        var downloads = await Task.WhenAll(cluster.Instances.Select(instance =>
            instance.Client(tenant.Token()).Http.GetAsync($"/api/v1/attachments/{photo.Id}/content")));

        ticket.Attachments.Should().ContainSingle();
        foreach (var download in downloads)
        {
            download.StatusCode.Should().Be(HttpStatusCode.OK);
            (await download.Content.ReadAsByteArrayAsync()).Should().Equal(content);
        }
    }

    [Fact]
    public async Task An_instance_killed_during_800_openings_loses_and_duplicates_nothing_and_the_other_delivers_its_mail()
    {
        var tenant = await api.CreateTenantAsync();
        await using var cluster = await TestCluster.StartAsync(api);
        var subjectId = await SubjectIdAsync(cluster, tenant);
        var keys = Enumerable.Range(0, 800).Select(_ => Guid.NewGuid().ToString()).ToList();
        var answered = 0;

        var openings = Parallel.ForEachAsync(keys.Select((key, i) => (key, i)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (opening, _) =>
        {
            var (key, i) = opening;
            using var http = cluster.Client(tenant.Token(Customer(i)));
            HttpResponseMessage? response = null;
            for (var attempt = 0; response is not { StatusCode: HttpStatusCode.Created } && attempt < 100; attempt++)
            {
                if (attempt > 0)
                {
                    // Cut off by the kill (502), refused while the proxy finds out (503), or the key still held by the
                    // killed instance's transaction (409 IdempotencyKeyInUse): the client tries again with the same key.
                    await Task.Delay(100);
                }

                response?.Dispose();
                try
                {
                    response = await OpenAsync(http, subjectId, key);
                }
                catch (HttpRequestException)
                {
                    response = null;
                }
            }

            response.Should().NotBeNull("a retried opening gets an answer once the proxy has taken the killed instance out");
            response!.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            response.Dispose();
            Interlocked.Increment(ref answered);
        });
        await Poll.UntilAsync(() => Task.FromResult(Volatile.Read(ref answered) >= 200));
        await cluster.Instances[0].KillAsync();
        var killed = Stopwatch.StartNew();
        await openings;

        (await TicketNumbersAsync(tenant)).Should().Equal(Enumerable.Range(1, keys.Count), "one ticket per key, numbered without gaps");
        var confirmations = await ConfirmationIdsAsync([tenant]);
        confirmations.Should().HaveCount(keys.Count, "one confirmation e-mail per ticket");
        await UntilReceivedAsync(cluster.Smtp, confirmations, killed);

        cluster.Smtp.Received.Where(message => confirmations.Contains(message.MessageId ?? "")).GroupBy(message => message.MessageId)
            .Should().HaveCount(keys.Count, "a confirmation sent again after the crash carries the Message-ID it had");
    }

    [Fact]
    public async Task One_instance_sends_150_e_mails_a_second_with_no_long_transaction_while_a_webhook_endpoint_hangs()
    {
        var tenant = await api.CreateTenantAsync();
        using var hanging = new TestWebhookReceiver { Hanging = true };
        (await tenant.Admin().Http.PostAsJsonAsync("/api/v1/admin/webhooks", new { url = hanging.Url, secret = "partner-secret-0123456789", eventTypes = new[] { "ticket.opened" } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        // The two instances behind the proxy take the openings and deliver nothing, so the backlog builds up.
        var quiet = new Dictionary<string, string> { ["Notifications__PollInterval"] = "01:00:00" };
        await using var cluster = await TestCluster.StartAsync(api, quiet);
        var subjectId = await SubjectIdAsync(cluster, tenant);
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            using var http = cluster.Client(tenant.Token(Customer(i)));
            using var response = await http.PostAsJsonAsync("/api/v1/tickets", new { subjectId, description = $"Chamado {i}" });
            response.StatusCode.Should().Be(HttpStatusCode.Created, cluster.ProxyOutput());
        });
        var confirmations = await ConfirmationIdsAsync([tenant]);
        var received = new ConcurrentDictionary<string, TimeSpan>();
        var clock = Stopwatch.StartNew();
        cluster.Smtp.OnReceived = message => received.TryAdd(message.MessageId ?? "", clock.Elapsed);

        // A third instance of the same deployment delivers the backlog alone.
        await using var sender = await ApiProcess.StartAsync(api, new Dictionary<string, string>(cluster.Settings) { ["Notifications__PollInterval"] = "00:00:00.200" });
        var longestTransaction = TimeSpan.Zero;
        while (!confirmations.All(received.ContainsKey))
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "the backlog is delivered in seconds");
            var seconds = await api.ScalarAsync<double>(
                """
                SELECT coalesce(extract(epoch FROM max(clock_timestamp() - xact_start)), 0)::float8 FROM pg_stat_activity
                WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
                """);
            longestTransaction = TimeSpan.FromSeconds(Math.Max(longestTransaction.TotalSeconds, seconds));
            await Task.Delay(100);
        }

        // Every e-mail the instance sent counts: the confirmations, the departments' copies and any other backlog.
        // The rate is the steady one, between the 10th and the 90th percentile of arrivals: the first rounds pay the
        // new process's JIT and connection warm-up, and the last round may be a partial one.
        var times = received.Values.Order().ToList();
        var (first, last) = (times.Count / 10, times.Count * 9 / 10);
        var perSecond = (last - first) / (times[last] - times[first]).TotalSeconds;
        perSecond.Should().BeGreaterThanOrEqualTo(150, "eight lanes of a 25 ms mail server, and the hanging webhook in rounds of its own");
        hanging.Received.Should().NotBeEmpty("the webhook endpoint was called, and hung");
        longestTransaction.Should().BeLessThan(TimeSpan.FromSeconds(2), "claims and records are short transactions; sending is outside them");
    }

    [Fact]
    public async Task A_second_instance_resolving_an_unchanged_customer_writes_nothing()
    {
        var tenant = await api.CreateTenantAsync();
        (await tenant.Customer("Ana").Http.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
        var before = await RowVersionAsync(tenant);

        await using var other = await ApiProcess.StartAsync(api);
        (await other.Client(tenant.Token("Ana")).Http.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
        var afterSameDetails = await RowVersionAsync(tenant);
        var renamed = TestTokens.Create(TestTokens.Claims(tenant.Slug, "customer-Ana", "ana@example.com", "Ana Souza", "customer"));
        (await other.Client(renamed).Http.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
        var afterRename = await RowVersionAsync(tenant);

        afterSameDetails.Should().Be(before, "the customer's e-mail, name and locale did not change");
        afterRename.Should().NotBe(before, "a new name in the token is written");
        (await api.ScalarAsync<string>(
            "SELECT c.name FROM tenancy.customers c JOIN tenancy.tenants t ON t.id = c.tenant_id WHERE t.slug = $1 AND c.subject = 'customer-Ana'",
            tenant.Slug)).Should().Be("Ana Souza");
    }

    /// <summary>A rate-limit window of a day, so a test's requests fall in one window (see <see cref="WaitUnlessTheWindowHasMinutesLeftAsync"/>).</summary>
    private const string DayWindow = "1.00:00:00";

    /// <summary>Windows are aligned to the clock: a test that starts a minute before one ends waits for the next.</summary>
    private static async Task WaitUnlessTheWindowHasMinutesLeftAsync()
    {
        var day = TimeSpan.FromDays(1);
        var left = day - TimeSpan.FromTicks(DateTimeOffset.UtcNow.UtcTicks % day.Ticks);
        if (left < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(left + TimeSpan.FromSeconds(1));
        }
    }

    private static string Customer(int i) => $"Cliente{i % 20}";

    private static async Task<HttpResponseMessage> OpenAsync(HttpClient http, string subjectId, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets")
        {
            Content = JsonContent.Create(new { subjectId, description = $"Infiltração {key}" }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(request);
    }

    private static async Task<List<HttpStatusCode>> AnonymousCallsAsync(TestCluster cluster, IPAddress from, int count)
    {
        using var http = cluster.Client(from: from);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            statuses.Add((await http.GetAsync("/api/v1/service-types")).StatusCode);
        }

        return statuses;
    }

    private static async Task<string?> RedisCheckAsync(ApiProcess instance)
    {
        using var http = new HttpClient { BaseAddress = instance.Address };
        var report = await http.GetFromJsonAsync<JsonElement>("/health/ready");
        return report.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString();
    }

    private async Task<List<int>> TicketNumbersAsync(TestTenant tenant)
    {
        var numbers = await api.ScalarAsync<string>(
            "SELECT coalesce(string_agg(t.number::text, ',' ORDER BY t.number), '') FROM tickets.tickets t JOIN tenancy.tenants n ON n.id = t.tenant_id WHERE n.slug = $1",
            tenant.Slug);
        return [.. numbers.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];
    }

    /// <summary>The Message-IDs of the customers' confirmations of the tenants' tickets: each is its outbox message's id.</summary>
    private async Task<HashSet<string>> ConfirmationIdsAsync(TestTenant[] tenants)
    {
        var ids = await api.ScalarAsync<string>(
            """
            SELECT coalesce(string_agg(replace(m.id::text, '-', ''), ','), '') FROM notifications.outbox_messages m
            JOIN tenancy.tenants n ON n.id = m.tenant_id
            WHERE n.slug = ANY($1) AND m.type = 'ticket.opened' AND m.channel = 'Email' AND m.recipient LIKE 'cliente%@example.com'
            """,
            (object)tenants.Select(tenant => tenant.Slug).ToArray());
        return [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => $"{id}@posvendas.local")];
    }

    /// <summary>Until every one of <paramref name="messageIds"/> has arrived, at most 60 s after <paramref name="since"/> started.</summary>
    private static async Task UntilReceivedAsync(TestSmtpServer smtp, HashSet<string> messageIds, Stopwatch since)
    {
        while (!smtp.Received.Select(message => message.MessageId).ToHashSet().IsSupersetOf(messageIds))
        {
            since.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "the outbox is delivered within a minute, also after a crash");
            await Task.Delay(200);
        }
    }

    private Task<string> RowVersionAsync(TestTenant tenant) => api.ScalarAsync<string>(
        "SELECT c.xmin::text FROM tenancy.customers c JOIN tenancy.tenants t ON t.id = c.tenant_id WHERE t.slug = $1 AND c.subject = 'customer-Ana'",
        tenant.Slug);

    private static async Task<string> SubjectIdAsync(TestCluster cluster, TestTenant tenant)
    {
        using var http = cluster.Client(tenant.Token());
        return (await new ApiClient(http).GetCatalogAsync()).Items.SelectMany(serviceType => serviceType.Subjects).First().Id;
    }
}
