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
        var answers = await Task.WhenAll(keys.SelectMany(key => new[] { first, second }.Select(async instance =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets")
            {
                Content = JsonContent.Create(new { subjectId, description = $"Infiltração {key}" }),
            };
            request.Headers.Add("Idempotency-Key", key);
            var response = await instance.Client(tenant.Token()).Http.SendAsync(request);
            return (Key: key, response.StatusCode, Number: response.StatusCode == HttpStatusCode.Created
                ? (await response.Content.ReadFromJsonAsync<TicketView>())!.Number
                : (int?)null);
        })));

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

    private static async Task<string> SubjectIdAsync(ApiClient customer) =>
        (await customer.GetCatalogAsync()).Items.SelectMany(serviceType => serviceType.Subjects).First().Id;
}
