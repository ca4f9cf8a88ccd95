using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Api;

[Collection(ApiCollection.Name)]
public sealed class IdempotencyTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task The_same_key_and_body_replays_the_first_response_and_creates_one_ticket()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");
        var key = Guid.NewGuid().ToString();

        var first = await PostTicketAsync(ana, key, subject.Id, "Pedido de reembolso");
        var second = await PostTicketAsync(ana, key, subject.Id, "Pedido de reembolso");

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.Created);
        second.Headers.GetValues("Idempotency-Replayed").Should().Equal("true");
        first.Headers.Contains("Idempotency-Replayed").Should().BeFalse();
        second.Headers.Location.Should().Be(first.Headers.Location);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await ana.ListTicketsAsync()).Items.Should().ContainSingle();
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_422()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");
        var key = Guid.NewGuid().ToString();
        await PostTicketAsync(ana, key, subject.Id, "Primeiro texto");

        var response = await PostTicketAsync(ana, key, subject.Id, "Outro texto");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await ana.ListTicketsAsync()).Items.Should().ContainSingle();
    }

    [Fact]
    public async Task Twenty_concurrent_posts_with_one_key_create_exactly_one_ticket()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Elétrica");
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostTicketAsync(ana, key, subject.Id, "Curto-circuito")));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.Conflict);
        responses.Count(r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotency-Replayed")).Should().Be(1);
        (await ana.ListTicketsAsync()).Items.Should().ContainSingle();
    }

    [Fact]
    public async Task A_repeat_while_the_first_is_still_running_gets_409_and_a_retry_after_it_gets_the_first_response()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Elétrica");
        var key = Guid.NewGuid().ToString();

        Task<HttpResponseMessage> first;
        await using (var outboxLock = await api.LockOutboxAsync())
        {
            first = PostTicketAsync(ana, key, subject.Id, "Curto-circuito");
            await api.WaitForBlockedOutboxInsertAsync(); // the first holds its key, inside its transaction

            var repeat = await PostTicketAsync(ana, key, subject.Id, "Curto-circuito");

            (await repeat.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail.Should().Contain("Idempotency-Key");
            first.IsCompleted.Should().BeFalse("the repeat is answered without waiting for the first");
        }

        var created = await first;
        var retry = await PostTicketAsync(ana, key, subject.Id, "Curto-circuito");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.Headers.Contains("Idempotency-Replayed").Should().BeTrue();
        retry.Headers.Location.Should().Be(created.Headers.Location);
        (await ana.ListTicketsAsync()).Items.Should().ContainSingle();
    }

    [Fact]
    public async Task Keys_belong_to_their_user()
    {
        var tenant = await api.CreateTenantAsync();
        var subject = await tenant.Customer().FindSubjectAsync("Reembolso");
        var key = Guid.NewGuid().ToString();

        var ana = await PostTicketAsync(tenant.Customer("Ana"), key, subject.Id, "Pedido");
        var bia = await PostTicketAsync(tenant.Customer("Bia"), key, subject.Id, "Pedido");

        ana.StatusCode.Should().Be(HttpStatusCode.Created);
        bia.StatusCode.Should().Be(HttpStatusCode.Created);
        bia.Headers.Contains("Idempotency-Replayed").Should().BeFalse();
        (await tenant.Customer("Bia").ListTicketsAsync()).Items.Should().ContainSingle();
    }

    [Fact]
    public async Task A_failed_request_frees_its_key_for_the_corrected_retry()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var subject = await ana.FindSubjectAsync("Reembolso");
        var key = Guid.NewGuid().ToString();

        var invalid = await PostTicketAsync(ana, key, subject.Id, " ");
        var corrected = await PostTicketAsync(ana, key, subject.Id, "Agora com descrição");

        await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        corrected.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Replies_accept_keys_too()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        var key = Guid.NewGuid().ToString();

        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tickets/{ticket.Number}/comments") { Content = JsonContent.Create(new { body = "Uma vez só" }) };
            request.Headers.Add("Idempotency-Key", key);
            (await ana.Http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        (await ana.GetTicketAsync(ticket.Number)).Comments.Should().ContainSingle();
    }

    [Fact]
    public async Task A_repeated_upload_with_its_key_replays_the_first_ids_and_stores_nothing_new()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var key = Guid.NewGuid().ToString();
        var photo = TestFiles.Jpeg(4096);

        var first = await UploadAsync(ana, key, ("parede.jpg", photo));
        var repeat = await UploadAsync(ana, key, ("parede.jpg", photo));
        var other = await UploadAsync(ana, key, ("parede.jpg", TestFiles.Jpeg(5000)));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        repeat.StatusCode.Should().Be(HttpStatusCode.Created);
        repeat.Headers.GetValues("Idempotency-Replayed").Should().Equal("true");
        (await repeat.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        await other.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await api.ScalarAsync<long>(
            "SELECT count(*) FROM attachments.attachments a JOIN tenancy.tenants t ON t.id = a.tenant_id WHERE t.slug = $1",
            tenant.Slug)).Should().Be(1);
    }

    [Fact]
    public async Task Every_creating_operation_answers_a_repeat_with_its_first_answer_and_creates_once()
    {
        using var receiver = new TestWebhookReceiver();
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var ticket = await tenant.Customer().OpenTicketAsync();
        var serviceTypeId = (await admin.Http.GetFromJsonAsync<JsonElement>("/api/v1/admin/service-types")).GetProperty("items")[0].GetProperty("id").GetString();
        var departmentId = (await admin.Http.GetFromJsonAsync<JsonElement>("/api/v1/admin/departments")).GetProperty("items")[0].GetProperty("id").GetString();
        (ApiClient Client, string Path, object Body, string List)[] operations =
        [
            (admin, "/api/v1/admin/statuses", new { name = "Em vistoria", category = "on_hold", label = new { ptBr = "Vistoria", en = "Inspection" } }, "/api/v1/admin/statuses"),
            (admin, "/api/v1/admin/departments", new { name = "Pós-obra", notificationEmail = "pos@example.com" }, "/api/v1/admin/departments"),
            (admin, "/api/v1/admin/service-types", new { name = "Paisagismo", sortOrder = 7 }, "/api/v1/admin/service-types"),
            (admin, $"/api/v1/admin/service-types/{serviceTypeId}/subjects", new { name = "Portão", departmentId }, "/api/v1/admin/service-types"),
            (admin, "/api/v1/admin/webhooks", new { url = receiver.Url, secret = "partner-secret-0123456789", eventTypes = new[] { "ticket.opened" } }, "/api/v1/admin/webhooks"),
            (tenant.Staff(), $"/api/v1/staff/tickets/{ticket.Number}/comments", new { body = "Equipe a caminho.", @internal = true }, $"/api/v1/staff/tickets/{ticket.Number}"),
        ];

        foreach (var (client, path, body, list) in operations)
        {
            var key = Guid.NewGuid().ToString();
            var first = await PostWithKeyAsync(client, path, body, key);
            var listed = await client.Http.GetStringAsync(list);
            var repeat = await PostWithKeyAsync(client, path, body, key);

            first.StatusCode.Should().Be(HttpStatusCode.Created, path);
            repeat.StatusCode.Should().Be(HttpStatusCode.Created, path);
            repeat.Headers.GetValues("Idempotency-Replayed").Should().Equal(["true"], path);
            repeat.Headers.Location.Should().Be(first.Headers.Location, path);
            (await repeat.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync(), path);
            (await client.Http.GetStringAsync(list)).Should().Be(listed, $"a repeat of {path} creates nothing");
        }
    }

    private static Task<HttpResponseMessage> PostWithKeyAsync(ApiClient client, string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.Http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> UploadAsync(ApiClient client, string key, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
            form.Add(part, "files", name);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/attachments") { Content = form };
        request.Headers.Add("Idempotency-Key", key);
        return client.Http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostTicketAsync(ApiClient client, string key, string subjectId, string description)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = JsonContent.Create(new { subjectId, description }) };
        request.Headers.Add("Idempotency-Key", key);
        return client.Http.SendAsync(request);
    }
}
