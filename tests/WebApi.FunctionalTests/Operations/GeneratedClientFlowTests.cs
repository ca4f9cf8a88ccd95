using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using PosVendas.WebApi.FunctionalTests.Clients.Generated;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// What integration partners do with docs/openapi.json: generate a client and write the whole ticket flow with it,
/// without a line of hand-written HTTP, against a live API (its own process, on PostgreSQL). The C# client is
/// NSwag's (generated into obj/ by the test project's build); the TypeScript SDK is @hey-api/openapi-ts's, compiled
/// with tsc and run with node (tests/tools/client-check/whole-flow.ts).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GeneratedClientFlowTests(PosVendasApiFactory api)
{
    private static readonly string ClientCheck = Path.Combine(ExternalTool.Tools, "client-check");

    [Fact]
    public async Task A_CSharp_client_generated_by_NSwag_drives_the_whole_flow()
    {
        await using var process = await ApiProcess.StartAsync(api);
        var tenant = await api.CreateTenantAsync();
        using var customerHttp = Http(process, tenant.Token());
        using var staffHttp = Http(process, tenant.Token("Bruno", "agent"));
        var catalog = new CatalogClient(customerHttp);
        var attachments = new AttachmentsClient(customerHttp);
        var tickets = new TicketsClient(customerHttp);
        var staffTickets = new StaffTicketsClient(staffHttp);
        var photo = TestFiles.Png();
        var notes = TestFiles.Text();

        var subject = (await catalog.ListServiceTypesAsync()).Result.Items.SelectMany(serviceType => serviceType.Subjects).First();
        var uploaded = await attachments.UploadAttachmentsAsync(
            idempotency_Key: null,
            [new FileParameter(new MemoryStream(photo), "parede.png", "image/png"), new FileParameter(new MemoryStream(notes), "medições.txt", "text/plain")]);
        var opened = await tickets.OpenTicketAsync(
            Guid.NewGuid().ToString(),
            new OpenTicketRequest
            {
                SubjectId = subject.Id,
                Description = "Há uma infiltração na parede da sala, perto da janela.",
                AttachmentIds = [.. uploaded.Result.Items.Select(item => item.Id)],
            });
        var number = opened.Result.Number;
        var list = await tickets.ListMyTicketsAsync(status: null, cursor: null, limit: 20, category: null, state: TicketState.Open);
        var detail = await tickets.GetTicketAsync(number);
        var reply = await tickets.ReplyToTicketAsync(number, null, new ReplyRequest { Body = "Segue mais um detalhe: a mancha aumentou." });
        var replyLocation = reply.Headers["Location"].Single();
        var readBack = await tickets.GetTicketCommentAsync(number, reply.Result.Id);

        await staffTickets.ReplyAsStaffAsync(number, null, new StaffReplyRequest { Body = "Olá! Vamos agendar uma vistoria.", Internal = false });
        var read = await staffTickets.GetStaffTicketAsync(number);
        var etag = read.Headers["ETag"].Single();
        var pending = read.Result.AvailableStatuses.First(status => status.Category == StatusCategory.Pending);
        var changed = await staffTickets.ChangeTicketStatusAsync(number, etag, new ChangeStatusRequest { StatusId = pending.Id });
        var stale = await FluentActions
            .Awaiting(() => staffTickets.ChangeTicketStatusAsync(number, etag, new ChangeStatusRequest { StatusId = pending.Id }))
            .Should().ThrowAsync<ApiException<Problem>>();

        var photoAttachment = detail.Result.Attachments.Single(attachment => attachment.FileName == "parede.png");
        using var part = await attachments.DownloadAttachmentAsync(photoAttachment.Id, "bytes=0-7", if_None_Match: null);
        using var partBytes = new MemoryStream();
        await part.Stream.CopyToAsync(partBytes);

        var claimedTwice = await FluentActions
            .Awaiting(() => tickets.OpenTicketAsync(null, new OpenTicketRequest { SubjectId = subject.Id, Description = "De novo.", AttachmentIds = [photoAttachment.Id] }))
            .Should().ThrowAsync<ApiException<RuleProblem>>();
        var invalid = await FluentActions
            .Awaiting(() => tickets.OpenTicketAsync(null, new OpenTicketRequest { SubjectId = subject.Id }))
            .Should().ThrowAsync<ApiException<ValidationProblem>>();

        uploaded.StatusCode.Should().Be(201);
        uploaded.Result.Items.Select(item => item.FileName).Should().Equal("parede.png", "medições.txt");
        opened.StatusCode.Should().Be(201);
        opened.Headers["Location"].Single().Should().Be($"/api/v1/tickets/{number}");
        list.Result.Items.Select(item => item.Number).Should().Contain(number);
        detail.Result.Attachments.Should().HaveCount(2);
        photoAttachment.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(photo)));
        photoAttachment.ContentPath.Should().Be($"/api/v1/attachments/{photoAttachment.Id}/content");
        replyLocation.Should().Be($"/api/v1/tickets/{number}/comments/{reply.Result.Id}");
        readBack.Result.Body.Should().Be("Segue mais um detalhe: a mancha aumentou.");
        read.Result.Status.Category.Should().Be(StatusCategory.Open, "the staff's first public answer opens a new ticket");
        changed.Result.Status.Id.Should().Be(pending.Id);
        changed.Headers["ETag"].Single().Should().NotBe(etag);
        stale.Which.StatusCode.Should().Be(412);
        stale.Which.Result.Title.Should().NotBeNullOrEmpty();
        part.StatusCode.Should().Be(206);
        part.Headers["Content-Range"].Single().Should().Be($"bytes 0-7/{photo.Length}");
        partBytes.ToArray().Should().Equal(photo[..8]);
        claimedTwice.Which.StatusCode.Should().Be(409);
        claimedTwice.Which.Result.Rule.Should().Be("AttachmentCanBeClaimedOnce");
        invalid.Which.StatusCode.Should().Be(400);
        invalid.Which.Result.Errors.Keys.Should().Contain("description");
    }

    [Fact]
    public async Task A_TypeScript_SDK_generated_by_hey_api_drives_the_whole_flow()
    {
        var generated = Path.Combine(ClientCheck, "generated");
        var generate = await ExternalTool.NpmAsync("openapi-ts", "-i", Path.Combine(TestPaths.RepositoryRoot, "docs", "openapi.json"), "-o", generated, "-s");
        generate.ExitCode.Should().Be(0, generate.Output);
        var compile = await ExternalTool.NpmAsync("tsc", "-p", ClientCheck);
        compile.ExitCode.Should().Be(0, compile.Output);

        await using var process = await ApiProcess.StartAsync(api);
        var tenant = await api.CreateTenantAsync();
        var run = await ExternalTool.RunAsync(
            "node",
            [Path.Combine(ClientCheck, "out", "whole-flow.js")],
            ClientCheck,
            new Dictionary<string, string>
            {
                ["POSVENDAS_API_URL"] = process.Address.ToString().TrimEnd('/'),
                ["POSVENDAS_CUSTOMER_TOKEN"] = tenant.Token(),
                ["POSVENDAS_STAFF_TOKEN"] = tenant.Token("Bruno", "agent"),
            });
        run.ExitCode.Should().Be(0, run.Output);
        var seen = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]).RootElement;

        // What the SDK saw must be what the API holds.
        var number = seen.GetProperty("number").GetInt32();
        var ticket = await process.Client(tenant.Token("Bruno", "agent")).Http.GetFromJsonAsync<JsonElement>($"/api/v1/staff/tickets/{number}");
        var attachments = ticket.GetProperty("attachments").EnumerateArray().ToList();
        seen.GetProperty("uploaded").EnumerateArray().Select(name => name.GetString()).Should().Equal("parede.png", "medições.txt");
        seen.GetProperty("location").GetString().Should().Be($"/api/v1/tickets/{number}");
        seen.GetProperty("listed").GetBoolean().Should().BeTrue();
        seen.GetProperty("detailAttachments").EnumerateArray().Select(attachment => attachment.GetProperty("sha256").GetString())
            .Should().BeEquivalentTo(attachments.Select(attachment => attachment.GetProperty("sha256").GetString()));
        seen.GetProperty("replyLocation").GetString().Should().StartWith($"/api/v1/tickets/{number}/comments/");
        seen.GetProperty("categoryAfterStaffAnswer").GetString().Should().Be("open");
        seen.GetProperty("staffAnswerAuthor").GetString().Should().Be("staff");
        seen.GetProperty("changedTo").GetString().Should().Be(ticket.GetProperty("status").GetProperty("id").GetString());
        ticket.GetProperty("status").GetProperty("category").GetString().Should().Be("pending");
        seen.GetProperty("changedEtag").GetString().Should().NotBe(seen.GetProperty("etag").GetString());
        seen.GetProperty("rangeStatus").GetInt32().Should().Be(206);
        seen.GetProperty("contentRange").GetString().Should().Be("bytes 0-7/2048");
        seen.GetProperty("rangeBytes").EnumerateArray().Select(value => (byte)value.GetInt32()).Should().Equal(TestFiles.Png()[..8]);
        seen.GetProperty("conflictStatus").GetInt32().Should().Be(409);
        seen.GetProperty("conflictRule").GetString().Should().Be("AttachmentCanBeClaimedOnce");
        seen.GetProperty("validationStatus").GetInt32().Should().Be(400);
        seen.GetProperty("validationFields").EnumerateArray().Select(field => field.GetString()).Should().Contain("description");
    }

    private static HttpClient Http(ApiProcess process, string token)
    {
        var http = new HttpClient { BaseAddress = process.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
