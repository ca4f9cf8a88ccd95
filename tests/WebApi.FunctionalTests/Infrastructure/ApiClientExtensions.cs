using System.Net;
using System.Net.Http.Json;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

/// <summary>The customer flow in a few calls, so tests read as the steps a person takes.</summary>
public static class ApiClientExtensions
{
    public static async Task<ServiceCatalogView> GetCatalogAsync(this ApiClient client)
    {
        var response = await client.Http.GetAsync("/api/v1/service-types");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ServiceCatalogView>())!;
    }

    public static async Task<SubjectView> FindSubjectAsync(this ApiClient client, string subjectName)
    {
        var catalog = await client.GetCatalogAsync();
        return catalog.Items.SelectMany(type => type.Subjects).Single(subject => subject.Name == subjectName);
    }

    public static Task<HttpResponseMessage> PostTicketAsync(this ApiClient client, string subjectId, string description) =>
        client.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId, description });

    public static async Task<TicketView> OpenTicketAsync(this ApiClient client, string description = "Há uma infiltração na parede da sala.", string subjectName = "Infiltrações")
    {
        var subject = await client.FindSubjectAsync(subjectName);
        var response = await client.PostTicketAsync(subject.Id, description);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TicketView>())!;
    }

    public static Task<HttpResponseMessage> PostReplyAsync(this ApiClient client, int number, string body, params string[] attachmentIds) =>
        client.Http.PostAsJsonAsync($"/api/v1/tickets/{number}/comments", new { body, attachmentIds });

    public static Task<HttpResponseMessage> PostUploadAsync(this ApiClient client, params (string FileName, string ContentType, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (fileName, contentType, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            form.Add(part, "files", fileName);
        }

        return client.Http.PostAsync("/api/v1/attachments", form);
    }

    public static async Task<UploadedView> UploadAsync(this ApiClient client, string fileName, string contentType, byte[] content)
    {
        var response = await client.PostUploadAsync((fileName, contentType, content));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UploadResponseView>())!.Items.Single();
    }

    public static async Task<TicketView> OpenTicketWithAttachmentsAsync(this ApiClient client, params string[] attachmentIds)
    {
        var subject = await client.FindSubjectAsync("Infiltrações");
        var response = await client.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = subject.Id, description = "Fotos da infiltração em anexo.", attachmentIds });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TicketView>())!;
    }

    public static async Task<TicketView> GetTicketAsync(this ApiClient client, int number)
    {
        var response = await client.Http.GetAsync($"/api/v1/tickets/{number}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<TicketView>())!;
    }

    public static async Task<TicketListView> ListTicketsAsync(this ApiClient client, string query = "")
    {
        var response = await client.Http.GetAsync($"/api/v1/tickets{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TicketListView>())!;
    }

    /// <summary>Staff move the ticket to the tenant flow's default status of <paramref name="category"/>, with its ETag.</summary>
    public static async Task MoveAsync(this TestTenant tenant, int number, string category)
    {
        var staff = tenant.Staff();
        var statuses = (await staff.Http.GetFromJsonAsync<StatusListView>("/api/v1/staff/statuses"))!.Items;
        var target = statuses.Single(status => status.Category == category && status.IsDefault && status.ServiceTypeId is null);
        var etag = (await staff.Http.GetAsync($"/api/v1/staff/tickets/{number}")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/staff/tickets/{number}/status") { Content = JsonContent.Create(new { statusId = target.Id }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        (await staff.Http.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>PATCH /api/v1/admin/settings from the version <paramref name="etag"/> the admin read.</summary>
    public static Task<HttpResponseMessage> PatchSettingsAsync(this ApiClient admin, string etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/admin/settings") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return admin.Http.SendAsync(request);
    }

    /// <summary>Asserts an RFC 9457 answer with the given status and returns it.</summary>
    public static async Task<ProblemView> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        response.Headers.CacheControl?.NoStore.Should().BeTrue("no error is kept by a cache");
        body.Should().NotContain("   at ", "no stack trace reaches a client");
        var problem = (await response.Content.ReadFromJsonAsync<ProblemView>())!;
        problem.Status.Should().Be((int)status);
        problem.Type.Should().StartWith("https://", "every problem names the specification of its status");
        problem.Title.Should().NotBeNullOrWhiteSpace();
        problem.TraceId.Should().NotBeNullOrWhiteSpace();
        if (status == HttpStatusCode.BadRequest)
        {
            problem.Errors.Should().NotBeNullOrEmpty("a 400 lists what to fix in errors (the contract's ValidationProblem)");
        }

        if (status == HttpStatusCode.Conflict)
        {
            problem.Rule.Should().NotBeNullOrWhiteSpace("a 409 names its rule (the contract's RuleProblem)");
        }

        return problem;
    }
}
