using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Attachments;

[Collection(ApiCollection.Name)]
public sealed class UploadTests(PosVendasApiFactory api)
{
    public static TheoryData<string, string, byte[], string> AcceptedFiles => new()
    {
        { "foto.jpg", "image/jpeg", TestFiles.Jpeg(), "image/jpeg" },
        { "planta.png", "image/png", TestFiles.Png(), "image/png" },
        { "animacao.gif", "image/gif", TestFiles.Gif(), "image/gif" },
        { "foto.webp", "image/webp", TestFiles.WebP(), "image/webp" },
        { "IMG_0001.HEIC", "image/heic", TestFiles.Heic(), "image/heic" },
        { "contrato.pdf", "application/pdf", TestFiles.Pdf(), "application/pdf" },
        { "medidas.txt", "text/plain", TestFiles.Text(), "text/plain" },
        { "laudo.docx", "application/octet-stream", TestFiles.Docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "orcamento.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TestFiles.Xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    };

    public static TheoryData<string, string, byte[]> RejectedFiles => new()
    {
        { "foto.jpg", "image/jpeg", TestFiles.WindowsExecutable() },
        { "setup.exe", "application/octet-stream", TestFiles.WindowsExecutable() },
        { "pagina.html", "text/html", TestFiles.Html() },
        { "pagina.txt", "text/plain", TestFiles.Html() },
        { "desenho.svg", "image/svg+xml", TestFiles.Svg() },
        { "desenho.png", "image/png", TestFiles.Svg() },
        { "contrato.pdf", "image/jpeg", TestFiles.Pdf() },
        { "contrato.jpg", "image/jpeg", TestFiles.Pdf() },
        { "foto.gif", "image/gif", TestFiles.GifScriptPolyglot() },
        { "arquivos.zip", "application/zip", TestFiles.PlainZip() },
        { "arquivos.docx", "application/octet-stream", TestFiles.PlainZip() },
        { "laudo.docx", "application/octet-stream", TestFiles.DocxWithMacros() },
        { "laudo.xlsx", "application/octet-stream", TestFiles.Docx() },
        { "foto", "image/jpeg", TestFiles.Jpeg() },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task Accepted_types_are_stored_with_name_type_size_and_sha256(string fileName, string declaredType, byte[] content, string storedType)
    {
        var tenant = await api.CreateTenantAsync();

        var uploaded = await tenant.Customer().UploadAsync(fileName, declaredType, content);

        uploaded.Id.Should().NotBeNullOrEmpty();
        uploaded.FileName.Should().Be(fileName);
        uploaded.ContentType.Should().Be(storedType);
        uploaded.Size.Should().Be(content.Length);
        uploaded.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    [Theory]
    [MemberData(nameof(RejectedFiles))]
    public async Task Files_whose_content_is_not_allowed_or_does_not_match_are_415(string fileName, string declaredType, byte[] content)
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().PostUploadAsync((fileName, declaredType, content));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.Detail.Should().NotBeNullOrWhiteSpace();
        (await BlobFilesAsync(tenant)).Should().BeEmpty("a rejected file leaves no bytes behind");
    }

    [Fact]
    public async Task A_text_file_of_a_few_bytes_is_accepted()
    {
        var tenant = await api.CreateTenantAsync();

        var uploaded = await tenant.Customer().UploadAsync("ok.txt", "text/plain", Encoding.UTF8.GetBytes("ok"));

        uploaded.ContentType.Should().Be("text/plain");
    }

    [Fact]
    public async Task Marker_bytes_deep_inside_a_photo_are_not_taken_for_markup_but_script_in_text_is()
    {
        var tenant = await api.CreateTenantAsync();
        var photo = TestFiles.Jpeg(20_000);
        Encoding.ASCII.GetBytes("<svg").CopyTo(photo, 10_000);
        var text = Encoding.UTF8.GetBytes(new string('a', 10_000) + "<script>alert(1)</script>");

        var photoResponse = await tenant.Customer().PostUploadAsync(("foto.jpg", "image/jpeg", photo));
        var textResponse = await tenant.Customer().PostUploadAsync(("nota.txt", "text/plain", text));

        photoResponse.StatusCode.Should().Be(HttpStatusCode.Created, "compressed image data contains such bytes by chance");
        await textResponse.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Several_files_in_one_request_are_all_stored()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().PostUploadAsync(("a.jpg", "image/jpeg", TestFiles.Jpeg()), ("b.pdf", "application/pdf", TestFiles.Pdf()));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = (await response.Content.ReadFromJsonAsync<UploadResponseView>())!;
        body.Items.Select(item => item.FileName).Should().Equal("a.jpg", "b.pdf");
        (await BlobFilesAsync(tenant)).Should().HaveCount(2);
    }

    [Fact]
    public async Task One_bad_file_rejects_the_whole_request_and_keeps_nothing()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().PostUploadAsync(("a.jpg", "image/jpeg", TestFiles.Jpeg()), ("b.html", "text/html", TestFiles.Html()));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        (await BlobFilesAsync(tenant)).Should().BeEmpty();
        (await CountAttachmentRowsAsync(tenant)).Should().Be(0);
    }

    [Fact]
    public async Task An_empty_file_is_400()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().PostUploadAsync(("vazio.txt", "text/plain", []));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("files");
    }

    [Fact]
    public async Task A_request_without_files_is_400()
    {
        var tenant = await api.CreateTenantAsync();
        var form = new MultipartFormDataContent { { new StringContent("só texto"), "note" } };

        var response = await tenant.Customer().Http.PostAsync("/api/v1/attachments", form);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("files");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_413_and_nothing_is_kept()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().PostUploadAsync(("grande.jpg", "image/jpeg", TestFiles.Jpeg(PosVendasApiFactory.MaxFileBytes + 1)));

        (await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Detail.Should().Contain("grande.jpg").And.Contain("1 MiB");
        (await BlobFilesAsync(tenant)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_file_exactly_at_the_size_limit_is_accepted()
    {
        var tenant = await api.CreateTenantAsync();

        var uploaded = await tenant.Customer().UploadAsync("limite.jpg", "image/jpeg", TestFiles.Jpeg(PosVendasApiFactory.MaxFileBytes));

        uploaded.Size.Should().Be(PosVendasApiFactory.MaxFileBytes);
    }

    [Fact]
    public async Task More_than_10_files_in_one_request_is_413()
    {
        var tenant = await api.CreateTenantAsync();
        var files = Enumerable.Range(1, 11).Select(i => ($"foto{i}.jpg", "image/jpeg", TestFiles.Jpeg(256))).ToArray();

        var response = await tenant.Customer().PostUploadAsync(files);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await BlobFilesAsync(tenant)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_multipart_body_that_ends_early_is_400_not_500()
    {
        var tenant = await api.CreateTenantAsync();
        var content = new StringContent("--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhalf", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await tenant.Customer().Http.PostAsync("/api/v1/attachments", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_is_415()
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().Http.PostAsync("/api/v1/attachments", new StringContent("{}", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("../../../etc/passwd.txt", "passwd.txt")]
    [InlineData("..\\..\\Windows\\win.ini.txt", "win.ini.txt")]
    [InlineData("/tmp/../../relatorio.txt", "relatorio.txt")]
    [InlineData("nota\u0000\u001f\u202e.txt", "nota.txt")]
    [InlineData("..txt", "txt")]
    public async Task Traversal_and_control_characters_are_removed_from_names(string sentName, string shownName)
    {
        var tenant = await api.CreateTenantAsync();

        var response = await tenant.Customer().PostUploadAsync((sentName, "text/plain", TestFiles.Text()));

        if (FileNameKeepsTextExtension(shownName))
        {
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            (await response.Content.ReadFromJsonAsync<UploadResponseView>())!.Items.Single().FileName.Should().Be(shownName);
        }
        else
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        }

        Directory.GetFiles(api.BlobRoot, "*", SearchOption.AllDirectories)
            .Should().OnlyContain(path => Path.GetFullPath(path).StartsWith(api.BlobRoot, StringComparison.Ordinal));
        File.Exists("/etc/passwd.txt").Should().BeFalse();
    }

    [Fact]
    public async Task An_anonymous_upload_is_401()
    {
        var response = await ApiClient.WithToken(api, null).PostUploadAsync(("a.jpg", "image/jpeg", TestFiles.Jpeg()));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static bool FileNameKeepsTextExtension(string name) => name.EndsWith(".txt", StringComparison.Ordinal);

    private async Task<string[]> BlobFilesAsync(TestTenant tenant)
    {
        var folder = Path.Combine(api.BlobRoot, (await api.TenantIdOfAsync(tenant.Slug)).ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    private async Task<long> CountAttachmentRowsAsync(TestTenant tenant) =>
        await api.ScalarAsync<long>(
            "SELECT count(*) FROM attachments.attachments a JOIN tenancy.tenants t ON t.id = a.tenant_id WHERE t.slug = $1",
            tenant.Slug);
}
