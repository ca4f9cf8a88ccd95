using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Attachments;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// Two API instances on one database (each its own process, as behind a load balancer): what one stores, the other
/// finds; what both are asked at once happens once; and one instance's caches write nothing when nothing changed.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MultiInstanceTests(PosVendasApiFactory api)
{
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

    private Task<string> RowVersionAsync(TestTenant tenant) => api.ScalarAsync<string>(
        "SELECT c.xmin::text FROM tenancy.customers c JOIN tenancy.tenants t ON t.id = c.tenant_id WHERE t.slug = $1 AND c.subject = 'customer-Ana'",
        tenant.Slug);

    [Fact]
    public async Task The_same_Idempotency_Key_sent_to_both_instances_at_once_opens_one_ticket()
    {
        var tenant = await api.CreateTenantAsync();
        await using var first = await ApiProcess.StartAsync(api);
        await using var second = await ApiProcess.StartAsync(api);
        var subjectId = await SubjectIdAsync(first.Client(tenant.Token()));

        var keys = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid().ToString()).ToList();
        var answers = new List<(string Key, HttpStatusCode StatusCode, int? Number)>();
        foreach (var key in keys)
        {
            // Each key to both instances at the same moment, as a client retrying through a load balancer might.
            answers.AddRange(await Task.WhenAll(new[] { first, second }.Select(async instance =>
            {
                using var response = await OpenAsync(instance, tenant, subjectId, key);
                return (key, response.StatusCode, response.StatusCode == HttpStatusCode.Created
                    ? (await response.Content.ReadFromJsonAsync<TicketView>())!.Number
                    : (int?)null);
            })));
        }

        var tickets = await api.ScalarAsync<long>(
            "SELECT count(*) FROM tickets.tickets t JOIN tenancy.tenants n ON n.id = t.tenant_id WHERE n.slug = $1", tenant.Slug);
        tickets.Should().Be(keys.Count, "one ticket per key, whichever instance got it first");
        answers.Should().OnlyContain(answer => answer.StatusCode == HttpStatusCode.Created || answer.StatusCode == HttpStatusCode.Conflict,
            "the second of a pair is the replay (201) or, while the first still runs, IdempotencyKeyInUse (409)");
        answers.Where(answer => answer.Number is not null).GroupBy(answer => answer.Key)
            .Should().OnlyContain(pair => pair.Select(answer => answer.Number).Distinct().Count() == 1, "a replay answers the same ticket");
    }

    [Fact]
    public async Task Openings_spread_over_two_instances_number_each_tenants_tickets_without_gaps()
    {
        var tenants = new[] { await api.CreateTenantAsync(), await api.CreateTenantAsync() };
        await using var first = await ApiProcess.StartAsync(api);
        await using var second = await ApiProcess.StartAsync(api);
        var subjects = await Task.WhenAll(tenants.Select(tenant => SubjectIdAsync(first.Client(tenant.Token()))));

        var numbers = new System.Collections.Concurrent.ConcurrentBag<(int Tenant, int Number)>();
        // As many at once as a load balancer would pass on to two small instances: each keeps 16 connections.
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var tenant = i % 2;
            var instance = i % 4 < 2 ? first : second;
            var response = await instance.Client(tenants[tenant].Token($"Cliente{i % 7}")).Http.PostAsJsonAsync(
                "/api/v1/tickets", new { subjectId = subjects[tenant], description = $"Chamado {i}" });
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            numbers.Add((tenant, (await response.Content.ReadFromJsonAsync<TicketView>())!.Number));
        });

        foreach (var group in numbers.GroupBy(opened => opened.Tenant))
        {
            group.Select(opened => opened.Number).Order().Should().Equal(Enumerable.Range(1, 100), "numbers are per tenant, 1..N, without gaps or repeats");
        }
    }

    [Fact]
    public async Task A_file_uploaded_through_one_instance_downloads_through_the_other()
    {
        var serviceUrl = Environment.GetEnvironmentVariable(S3BlobStoreContractTests.ServerVariable);
        serviceUrl.Should().NotBeNullOrWhiteSpace("scripts/test.sh starts a local S3-compatible server");
        var onS3 = new Dictionary<string, string>
        {
            ["Deployment__Instances"] = "2",
            ["Attachments__Storage__Provider"] = "S3",
            ["Attachments__Storage__S3__BucketName"] = S3BlobStoreContractTests.Bucket,
            ["Attachments__Storage__S3__ServiceUrl"] = serviceUrl!,
            ["Attachments__Storage__S3__ForcePathStyle"] = "true",
            ["Attachments__Storage__S3__AccessKey"] = "S3RVER",
            ["Attachments__Storage__S3__SecretKey"] = "S3RVER",
        };
        var tenant = await api.CreateTenantAsync();
        await using var first = await ApiProcess.StartAsync(api, onS3);
        await using var second = await ApiProcess.StartAsync(api, onS3);
        var content = TestFiles.Jpeg(30_000);

        var photo = await first.Client(tenant.Token()).UploadAsync("parede.jpg", "image/jpeg", content);
        var ticket = await second.Client(tenant.Token()).OpenTicketWithAttachmentsAsync(photo.Id);
        var download = await second.Client(tenant.Token()).Http.GetAsync($"/api/v1/attachments/{photo.Id}/content");

        ticket.Attachments.Should().ContainSingle();
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(content);
    }

    [Fact]
    public async Task An_instance_killed_during_openings_loses_and_duplicates_nothing_and_the_other_delivers_its_mail()
    {
        // Both deliver the outbox; a claim lasts 5 s here (the tests' e-mail timeout is 2 s), so the killed instance's
        // claimed messages come back quickly (a lease must outlast the e-mail and webhook timeouts).
        var delivering = new Dictionary<string, string>
        {
            ["Notifications__PollInterval"] = "00:00:00.500",
            ["Notifications__Email__Timeout"] = "00:00:02",
            ["Notifications__Webhooks__Timeout"] = "00:00:02",
            ["Notifications__ClaimLease"] = "00:00:05",
        };
        var tenant = await api.CreateTenantAsync();
        var doomed = await ApiProcess.StartAsync(api, delivering);
        await using var survivor = await ApiProcess.StartAsync(api, delivering);
        var subjectId = await SubjectIdAsync(survivor.Client(tenant.Token()));
        var keys = Enumerable.Range(0, 80).Select(_ => Guid.NewGuid().ToString()).ToList();
        var answered = 0;

        var openings = Parallel.ForEachAsync(keys.Select((key, i) => (key, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (opening, _) =>
        {
            var (key, i) = opening;
            HttpResponseMessage? response = null;
            if (i % 2 == 0)
            {
                try
                {
                    response = await OpenAsync(doomed, tenant, subjectId, key);
                }
                catch (HttpRequestException)
                {
                    // Killed mid-request: the client retries with the same key, on the other instance.
                }
            }

            // A retry that arrives before PostgreSQL has ended the killed instance's transaction finds the key still
            // in use (409 IdempotencyKeyInUse): as the problem says, the client tries again in a moment.
            for (var attempt = 0; response is not { StatusCode: HttpStatusCode.Created } && attempt < 50; attempt++)
            {
                if (response is { StatusCode: HttpStatusCode.Conflict })
                {
                    await Task.Delay(100);
                }

                response = await OpenAsync(survivor, tenant, subjectId, key);
            }

            response!.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            Interlocked.Increment(ref answered);
        });
        await Poll.UntilAsync(() => Task.FromResult(Volatile.Read(ref answered) >= 20));
        await doomed.DisposeAsync(); // SIGKILL
        await openings;

        var numbers = await api.ScalarAsync<string>(
            "SELECT string_agg(t.number::text, ',' ORDER BY t.number) FROM tickets.tickets t JOIN tenancy.tenants n ON n.id = t.tenant_id WHERE n.slug = $1",
            tenant.Slug);
        numbers.Split(',').Select(int.Parse).Should().Equal(Enumerable.Range(1, keys.Count), "one ticket per key, numbered without gaps");
        var drained = System.Diagnostics.Stopwatch.StartNew();
        while (await PendingOpenedMessagesAsync(tenant) > 0)
        {
            drained.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "the surviving instance sends what the killed one had claimed");
            await Task.Delay(200);
        }

        (await api.ScalarAsync<long>(
            "SELECT count(*) FROM notifications.outbox_messages m JOIN tenancy.tenants n ON n.id = m.tenant_id WHERE n.slug = $1 AND m.type = 'ticket.opened'",
            tenant.Slug)).Should().Be(keys.Count, "one e-mail per ticket");
    }

    private static async Task<HttpResponseMessage> OpenAsync(ApiProcess instance, TestTenant tenant, string subjectId, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets")
        {
            Content = JsonContent.Create(new { subjectId, description = $"Infiltração {key}" }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await instance.Client(tenant.Token()).Http.SendAsync(request);
    }

    private Task<long> PendingOpenedMessagesAsync(TestTenant tenant) => api.ScalarAsync<long>(
        "SELECT count(*) FROM notifications.outbox_messages m JOIN tenancy.tenants n ON n.id = m.tenant_id WHERE n.slug = $1 AND m.type = 'ticket.opened' AND m.status <> 'Delivered'",
        tenant.Slug);

    private static async Task<string> SubjectIdAsync(ApiClient customer) =>
        (await customer.GetCatalogAsync()).Items.SelectMany(serviceType => serviceType.Subjects).First().Id;
}
