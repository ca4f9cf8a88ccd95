using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Infrastructure.Attachments;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Attachments;

[Collection(ApiCollection.Name)]
public sealed class AttachedFilesTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_ticket_and_a_reply_carry_their_attachments_in_the_detail()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var photo = await ana.UploadAsync("parede.jpg", "image/jpeg", TestFiles.Jpeg());
        var report = await ana.UploadAsync("laudo.pdf", "application/pdf", TestFiles.Pdf());
        var ticket = await ana.OpenTicketWithAttachmentsAsync(photo.Id, report.Id);
        var extra = await ana.UploadAsync("depois.png", "image/png", TestFiles.Png());

        var reply = await ana.PostReplyAsync(ticket.Number, "Mais uma foto", extra.Id);

        reply.StatusCode.Should().Be(HttpStatusCode.Created);
        (await reply.Content.ReadFromJsonAsync<CommentView>())!.Attachments.Should().ContainSingle().Which.Id.Should().Be(extra.Id);
        ticket.Attachments.Select(a => a.FileName).Should().Equal("parede.jpg", "laudo.pdf");
        var detail = await ana.GetTicketAsync(ticket.Number);
        detail.Attachments.Should().BeEquivalentTo([
            new AttachmentView(photo.Id, "parede.jpg", "image/jpeg", photo.Size),
            new AttachmentView(report.Id, "laudo.pdf", "application/pdf", report.Size),
        ]);
        detail.Comments.Single().Attachments.Should().ContainSingle().Which.FileName.Should().Be("depois.png");
    }

    [Fact]
    public async Task An_upload_claimed_twice_is_409_and_the_second_ticket_is_not_created()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var photo = await ana.UploadAsync("parede.jpg", "image/jpeg", TestFiles.Jpeg());
        var first = await ana.OpenTicketWithAttachmentsAsync(photo.Id);

        var subject = await ana.FindSubjectAsync("Infiltrações");
        var second = await ana.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = subject.Id, description = "De novo", attachmentIds = new[] { photo.Id } });
        var reply = await ana.PostReplyAsync(first.Number, "De novo", photo.Id);

        (await second.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("AttachmentCanBeClaimedOnce");
        (await reply.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("AttachmentCanBeClaimedOnce");
        (await ana.ListTicketsAsync()).Items.Should().ContainSingle();
        (await ana.GetTicketAsync(first.Number)).Comments.Should().BeEmpty();
    }

    [Fact]
    public async Task Another_customers_or_another_tenants_upload_cannot_be_claimed()
    {
        var tenant = await api.CreateTenantAsync();
        var otherTenant = await api.CreateTenantAsync();
        var anasUpload = await tenant.Customer("Ana").UploadAsync("parede.jpg", "image/jpeg", TestFiles.Jpeg());
        var foreignUpload = await otherTenant.Customer("Ana").UploadAsync("parede.jpg", "image/jpeg", TestFiles.Jpeg());
        var bia = tenant.Customer("Bia");
        var subject = await bia.FindSubjectAsync("Infiltrações");

        var byOtherCustomer = await bia.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = subject.Id, description = "x", attachmentIds = new[] { anasUpload.Id } });
        var acrossTenants = await tenant.Customer("Ana").Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = subject.Id, description = "x", attachmentIds = new[] { foreignUpload.Id } });
        var unknown = await bia.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = subject.Id, description = "x", attachmentIds = new[] { Guid.NewGuid() } });

        await byOtherCustomer.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await acrossTenants.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await bia.ListTicketsAsync()).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task An_expired_upload_cannot_be_attached_even_before_it_is_swept()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var old = await ana.UploadAsync("antigo.jpg", "image/jpeg", TestFiles.Jpeg());
        await api.ExecuteSqlAsync("UPDATE attachments.attachments SET uploaded_at = now() - interval '25 hours' WHERE id = $1", Guid.Parse(old.Id));
        var subject = await ana.FindSubjectAsync("Infiltrações");

        var response = await ana.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = subject.Id, description = "x", attachmentIds = new[] { old.Id } });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Attaching_more_than_10_files_to_a_ticket_is_413()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ids = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            ids.Add((await ana.UploadAsync($"f{i}.txt", "text/plain", TestFiles.Text($"arquivo {i}"))).Id);
        }

        var subject = await ana.FindSubjectAsync("Infiltrações");
        var response = await ana.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId = subject.Id, description = "Muitos", attachmentIds = ids });

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_owner_downloads_the_file_with_safe_headers()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var content = TestFiles.Pdf();
        var report = await ana.UploadAsync("Relatório técnico.pdf", "application/pdf", content);
        await ana.OpenTicketWithAttachmentsAsync(report.Id);

        var response = await ana.Http.GetAsync($"/api/v1/attachments/{report.Id}/content");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(content);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.Should().Be("Relatório técnico.pdf");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.ETag!.Tag.Should().Be($"\"{report.Sha256}\"");
        response.Headers.AcceptRanges.Should().Contain("bytes");
    }

    [Fact]
    public async Task A_range_request_returns_206_with_exactly_those_bytes()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var content = TestFiles.Jpeg(10_000);
        var photo = await ana.UploadAsync("foto.jpg", "image/jpeg", content);
        await ana.OpenTicketWithAttachmentsAsync(photo.Id);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/attachments/{photo.Id}/content");
        request.Headers.Range = new RangeHeaderValue(1000, 1999);

        var response = await ana.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        response.Content.Headers.ContentRange!.ToString().Should().Be("bytes 1000-1999/10000");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(content[1000..2000]);
    }

    [Fact]
    public async Task A_range_outside_the_file_is_416_as_a_problem_document_with_the_files_length()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var photo = await ana.UploadAsync("foto.jpg", "image/jpeg", TestFiles.Jpeg(10_000));
        await ana.OpenTicketWithAttachmentsAsync(photo.Id);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/attachments/{photo.Id}/content");
        request.Headers.Range = new RangeHeaderValue(20_000, 29_999);
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await ana.Http.SendAsync(request);

        (await response.ShouldBeProblemAsync(HttpStatusCode.RequestedRangeNotSatisfiable)).Detail.Should().Be(
            "The requested Range lies outside the file, which has 10000 bytes.");
        response.Content.Headers.ContentRange!.ToString().Should().Be("bytes */10000", "RFC 9110 gives the length with a 416");
    }

    [Fact]
    public async Task A_range_in_a_unit_other_than_bytes_is_ignored_and_the_whole_file_comes_back()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var content = TestFiles.Jpeg(5_000);
        var photo = await ana.UploadAsync("foto.jpg", "image/jpeg", content);
        await ana.OpenTicketWithAttachmentsAsync(photo.Id);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/attachments/{photo.Id}/content");
        request.Headers.TryAddWithoutValidation("Range", "items=0-9");

        var response = await ana.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(content);
        response.Headers.CacheControl!.NoStore.Should().BeTrue("a customer's file is personal data");
    }

    [Fact]
    public async Task A_download_whose_If_None_Match_is_the_files_ETag_is_304_without_the_bytes()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var photo = await ana.UploadAsync("foto.jpg", "image/jpeg", TestFiles.Jpeg());
        await ana.OpenTicketWithAttachmentsAsync(photo.Id);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/attachments/{photo.Id}/content");
        request.Headers.IfNoneMatch.ParseAdd($"\"{photo.Sha256}\"");

        var response = await ana.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_download_whose_If_Match_names_another_file_is_412_as_a_problem_document()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var photo = await ana.UploadAsync("foto.jpg", "image/jpeg", TestFiles.Jpeg());
        await ana.OpenTicketWithAttachmentsAsync(photo.Id);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/attachments/{photo.Id}/content");
        request.Headers.IfMatch.ParseAdd("\"another-file\"");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await ana.Http.SendAsync(request);

        (await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed)).Detail.Should().Be(
            $"The file does not match the If-Match or If-Unmodified-Since sent; its ETag is \"{photo.Sha256}\".");
    }

    [Fact]
    public async Task Staff_of_the_tenant_may_download_but_other_customers_other_tenants_and_anonymous_may_not()
    {
        var tenant = await api.CreateTenantAsync();
        var otherTenant = await api.CreateTenantAsync();
        var ana = tenant.Customer("Ana");
        var photo = await ana.UploadAsync("foto.jpg", "image/jpeg", TestFiles.Jpeg());
        await ana.OpenTicketWithAttachmentsAsync(photo.Id);
        var path = $"/api/v1/attachments/{photo.Id}/content";

        (await tenant.Staff(role: "agent").Http.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await tenant.Customer("Bia").Http.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherTenant.Customer("Ana").Http.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherTenant.Staff(role: "admin").Http.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ApiClient.WithToken(api, null).Http.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unclaimed_upload_is_visible_to_its_uploader_only()
    {
        var tenant = await api.CreateTenantAsync();
        var photo = await tenant.Customer("Ana").UploadAsync("foto.jpg", "image/jpeg", TestFiles.Jpeg());
        var path = $"/api/v1/attachments/{photo.Id}/content";

        (await tenant.Customer("Ana").Http.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await tenant.Customer("Bia").Http.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_download_whose_bytes_are_missing_is_404_not_500()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var photo = await ana.UploadAsync("foto.jpg", "image/jpeg", TestFiles.Jpeg());
        var tenantFolder = Path.Combine(api.BlobRoot, (await api.TenantIdOfAsync(tenant.Slug)).ToString("N"));
        foreach (var file in Directory.GetFiles(tenantFolder))
        {
            File.Delete(file);
        }

        var response = await ana.Http.GetAsync($"/api/v1/attachments/{photo.Id}/content");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task When_the_blob_store_fails_the_upload_is_503_and_no_record_remains()
    {
        var tenant = await api.CreateTenantAsync();
        var brokenRoot = Path.Combine(Path.GetTempPath(), $"posvendas-not-a-folder-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(brokenRoot, "a file where the store expects a folder");
        try
        {
            using var broken = api.WithWebHostBuilder(builder => builder.UseSetting("Attachments:Storage:FileSystem:Root", brokenRoot));
            var client = broken.CreateClient();
            client.DefaultRequestHeaders.Authorization = tenant.Customer().Http.DefaultRequestHeaders.Authorization;

            var response = await new ApiClient(client).PostUploadAsync(("foto.jpg", "image/jpeg", TestFiles.Jpeg()));

            (await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable)).Detail.Should()
                .Be("O armazenamento de arquivos está indisponível agora. Nada foi salvo; tente novamente em instantes.");
            (await api.ScalarAsync<long>(
                "SELECT count(*) FROM attachments.attachments a JOIN tenancy.tenants t ON t.id = a.tenant_id WHERE t.slug = $1",
                tenant.Slug)).Should().Be(0);
        }
        finally
        {
            File.Delete(brokenRoot);
        }
    }

    [Fact]
    public async Task Expired_unclaimed_uploads_are_swept_and_claimed_ones_never_are()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var forgotten = await ana.UploadAsync("esquecido.jpg", "image/jpeg", TestFiles.Jpeg());
        var attached = await ana.UploadAsync("anexado.jpg", "image/jpeg", TestFiles.Jpeg());
        var fresh = await ana.UploadAsync("recente.jpg", "image/jpeg", TestFiles.Jpeg());
        var ticket = await ana.OpenTicketWithAttachmentsAsync(attached.Id);
        await api.ExecuteSqlAsync(
            "UPDATE attachments.attachments SET uploaded_at = now() - interval '25 hours' WHERE id = ANY($1)",
            new[] { Guid.Parse(forgotten.Id), Guid.Parse(attached.Id) });

        await api.Services.GetRequiredService<ExpiredUploadSweeper>().SweepOnceAsync(CancellationToken.None);

        await (await ana.Http.GetAsync($"/api/v1/attachments/{forgotten.Id}/content")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await ana.Http.GetAsync($"/api/v1/attachments/{attached.Id}/content")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ana.Http.GetAsync($"/api/v1/attachments/{fresh.Id}/content")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ana.GetTicketAsync(ticket.Number)).Attachments.Should().ContainSingle();
        var tenantFolder = Path.Combine(api.BlobRoot, (await api.TenantIdOfAsync(tenant.Slug)).ToString("N"));
        Directory.GetFiles(tenantFolder).Should().HaveCount(2, "the swept upload's bytes are deleted too");
    }

    [Fact]
    public async Task Old_bytes_no_attachment_records_are_swept_and_recorded_or_recent_ones_never_are()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var attached = await ana.UploadAsync("anexado.jpg", "image/jpeg", TestFiles.Jpeg());
        var unclaimed = await ana.UploadAsync("pendente.jpg", "image/jpeg", TestFiles.Jpeg());
        await ana.OpenTicketWithAttachmentsAsync(attached.Id);
        var tenantFolder = Path.Combine(api.BlobRoot, (await api.TenantIdOfAsync(tenant.Slug)).ToString("N"));
        var twoDaysAgo = DateTime.UtcNow.AddDays(-2);
        foreach (var recorded in Directory.GetFiles(tenantFolder))
        {
            File.SetLastWriteTimeUtc(recorded, twoDaysAgo);
        }

        // What a process killed mid-upload leaves: stored bytes without a row, and a write cut short.
        var orphan = Path.Combine(tenantFolder, Guid.NewGuid().ToString("N"));
        var interrupted = Path.Combine(tenantFolder, $"{Guid.NewGuid():N}.{Guid.NewGuid():N}.partial");
        var recentOrphan = Path.Combine(tenantFolder, Guid.NewGuid().ToString("N"));
        foreach (var leftover in new[] { orphan, interrupted, recentOrphan })
        {
            await File.WriteAllBytesAsync(leftover, TestFiles.Jpeg());
        }

        File.SetLastWriteTimeUtc(orphan, twoDaysAgo);
        File.SetLastWriteTimeUtc(interrupted, twoDaysAgo);

        var deleted = await api.Services.GetRequiredService<ExpiredUploadSweeper>().SweepOrphansOnceAsync(CancellationToken.None);

        deleted.Should().BeGreaterThanOrEqualTo(2);
        File.Exists(orphan).Should().BeFalse();
        File.Exists(interrupted).Should().BeFalse();
        File.Exists(recentOrphan).Should().BeTrue("bytes younger than the upload lifetime may still be getting their record");
        (await ana.Http.GetAsync($"/api/v1/attachments/{attached.Id}/content")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ana.Http.GetAsync($"/api/v1/attachments/{unclaimed.Id}/content")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_S3_storage_uploads_claims_and_range_downloads_work_the_same()
    {
        var serviceUrl = Environment.GetEnvironmentVariable(S3BlobStoreContractTests.ServerVariable);
        serviceUrl.Should().NotBeNullOrWhiteSpace("scripts/test.sh starts a local S3-compatible server");
        using var onS3 = api.WithWebHostBuilder(builder => builder
            .UseSetting("Attachments:Storage:Provider", "S3")
            .UseSetting("Attachments:Storage:S3:BucketName", S3BlobStoreContractTests.Bucket)
            .UseSetting("Attachments:Storage:S3:ServiceUrl", serviceUrl)
            .UseSetting("Attachments:Storage:S3:ForcePathStyle", "true")
            .UseSetting("Attachments:Storage:S3:AccessKey", "S3RVER")
            .UseSetting("Attachments:Storage:S3:SecretKey", "S3RVER"));
        var tenant = await api.CreateTenantAsync();
        var http = onS3.CreateClient();
        http.DefaultRequestHeaders.Authorization = tenant.Customer().Http.DefaultRequestHeaders.Authorization;
        var ana = new ApiClient(http);
        var content = TestFiles.Jpeg(20_000);

        var photo = await ana.UploadAsync("foto.jpg", "image/jpeg", content);
        var ticket = await ana.OpenTicketWithAttachmentsAsync(photo.Id);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/attachments/{photo.Id}/content");
        request.Headers.Range = new RangeHeaderValue(19_000, null);
        var response = await ana.Http.SendAsync(request);

        ticket.Attachments.Should().ContainSingle().Which.Id.Should().Be(photo.Id);
        response.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(content[19_000..]);
        Directory.Exists(Path.Combine(api.BlobRoot, (await api.TenantIdOfAsync(tenant.Slug)).ToString("N"))).Should().BeFalse("the bytes went to S3");
    }
}
