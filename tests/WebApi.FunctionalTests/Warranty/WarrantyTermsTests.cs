using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;
using PosVendas.WebApi.FunctionalTests.Locations;

namespace PosVendas.WebApi.FunctionalTests.Warranty;

[Collection(ApiCollection.Name)]
public sealed class WarrantyTermsTests(PosVendasApiFactory api)
{
    private static readonly TimeZoneInfo SaoPaulo = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    [Fact]
    public async Task A_customer_learns_until_when_their_units_item_is_covered_in_their_language()
    {
        var (tenant, parque, subjectId) = await PinnedParqueAsync(handover: TenthOfTheMonth(monthsAgo: 2));
        await tenant.OccupyAsync(parque.Unit.Id);
        var ana = tenant.Customer();
        var anaInEnglish = tenant.CustomerSpeaking("en");
        var stranger = tenant.Customer("Intrusa");

        var coverage = await ana.Http.GetFromJsonAsync<CoverageView>($"/api/v1/warranty/coverage?unitId={parque.Unit.Id}&subjectId={subjectId}");
        var inEnglish = await anaInEnglish.Http.GetFromJsonAsync<CoverageView>($"/api/v1/warranty/coverage?unitId={parque.Unit.Id}&subjectId={subjectId}");
        var strangers = await stranger.Http.GetAsync($"/api/v1/warranty/coverage?unitId={parque.Unit.Id}&subjectId={subjectId}");

        var lastDay = TenthOfTheMonth(monthsAgo: 2).AddMonths(60);
        coverage!.Status.Should().Be("covered");
        coverage.StartsAt.Should().Be(TenthOfTheMonth(monthsAgo: 2));
        coverage.ExpiresAt.Should().Be(lastDay);
        coverage.Item!.Key.Should().Be("impermeabilizacao");
        coverage.Item.System.Should().Be("Impermeabilização");
        coverage.Basis.Should().Be("60 meses a partir da entrega das chaves; NBR 17170; Código Civil, art. 618");
        coverage.Summary.Should().Be($"Coberto pela garantia até {lastDay:dd/MM/yyyy}.");
        inEnglish!.Summary.Should().Be($"Covered by the warranty until {lastDay:yyyy-MM-dd}.");
        inEnglish.Item!.System.Should().Be("Waterproofing");
        inEnglish.Basis.Should().Be("60 months from the handover of keys; NBR 17170; Código Civil, art. 618");
        strangers.StatusCode.Should().Be(HttpStatusCode.NotFound, "a customer asks only about the units they occupy");
    }

    [Fact]
    public async Task Staff_see_an_expired_term_and_an_unknown_one_when_a_date_or_an_item_is_missing()
    {
        var (tenant, parque, subjectId) = await PinnedParqueAsync(handover: TenthOfTheMonth(monthsAgo: 14), termMonths: 12);
        var admin = tenant.Admin();
        var staff = tenant.Staff();
        var withoutDate = await admin.CreateAsync<UnitView>("/api/v1/admin/units", new { buildingId = parque.Tower.Id, code = "Apto 1204" });
        var otherSubject = (await tenant.Customer().FindSubjectAsync("Segunda via de documentos")).Id;

        var expired = await staff.Http.GetFromJsonAsync<CoverageView>($"/api/v1/warranty/coverage?unitId={parque.Unit.Id}&subjectId={subjectId}");
        var noDate = await staff.Http.GetFromJsonAsync<CoverageView>($"/api/v1/warranty/coverage?unitId={withoutDate.Id}&subjectId={subjectId}");
        var noItem = await staff.Http.GetFromJsonAsync<CoverageView>($"/api/v1/warranty/coverage?unitId={parque.Unit.Id}&subjectId={otherSubject}");

        expired!.Status.Should().Be("expired");
        expired.ExpiresAt.Should().Be(TenthOfTheMonth(monthsAgo: 2));
        expired.Summary.Should().Be($"A garantia deste item terminou em {TenthOfTheMonth(monthsAgo: 2):dd/MM/yyyy}; a equipe avalia o seu caso.");
        noDate!.Should().Match<CoverageView>(c => c.Status == "unknown" && c.Gap == "no_handover_date" && c.Item != null && c.ExpiresAt == null);
        noItem!.Should().Match<CoverageView>(c => c.Status == "unknown" && c.Gap == "no_term" && c.Item == null);
    }

    [Fact]
    public async Task A_new_ticket_keeps_the_coverage_of_its_opening_for_staff_and_tells_the_customer()
    {
        var (tenant, parque, subjectId) = await PinnedParqueAsync(handover: TenthOfTheMonth(monthsAgo: 2));
        await tenant.OccupyAsync(parque.Unit.Id);
        var ana = tenant.Customer();
        var admin = tenant.Admin();
        var aboutTheUnit = await (await ana.OpenAtAsync(subjectId, new { unitId = parque.Unit.Id })).Content.ReadFromJsonAsync<TicketView>();
        var described = await (await ana.OpenAtAsync(subjectId, new { description = "Casa 4, Vila Nova" })).Content.ReadFromJsonAsync<TicketView>();
        var refund = await ana.OpenTicketAsync("Reembolso da taxa de vistoria.", subjectName: "Reembolso");

        // Terms that change after the opening do not change what the ticket recorded.
        (await admin.Http.PutAsJsonAsync($"/api/v1/admin/developments/{parque.Development.Id}/warranty-terms", new { catalogId = (string?)null })).StatusCode
            .Should().Be(HttpStatusCode.OK);

        var covered = await StaffWarrantyAsync(tenant, aboutTheUnit!.Number);
        var noUnit = await StaffWarrantyAsync(tenant, described!.Number);
        var none = await StaffWarrantyAsync(tenant, refund.Number);

        covered.GetProperty("status").GetString().Should().Be("covered");
        covered.GetProperty("itemKey").GetString().Should().Be("impermeabilizacao");
        covered.GetProperty("termMonths").GetInt32().Should().Be(60);
        covered.GetProperty("startsAt").GetString().Should().Be(TenthOfTheMonth(monthsAgo: 2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        covered.GetProperty("expiresAt").GetString().Should().Be(TenthOfTheMonth(monthsAgo: 2).AddMonths(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        noUnit.GetProperty("status").GetString().Should().Be("unknown");
        noUnit.GetProperty("gap").GetString().Should().Be("no_unit");
        none.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "a refund is not about the warranty");
        var staff = tenant.Staff();
        (await QueueNumbersAsync(staff, "covered")).Should().Equal(aboutTheUnit.Number);
        (await QueueNumbersAsync(staff, "unknown")).Should().Equal(described.Number);
        (await QueueNumbersAsync(staff, "expired")).Should().BeEmpty();
        var bogus = await staff.Http.GetAsync("/api/v1/staff/tickets?coverage=maybe");
        bogus.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        bogus.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var anasView = await ana.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/tickets/{aboutTheUnit.Number}");
        anasView.GetProperty("warranty").GetProperty("status").GetString().Should().Be("covered");
        anasView.GetProperty("warranty").GetProperty("summary").GetString().Should()
            .Be($"Coberto pela garantia até {TenthOfTheMonth(monthsAgo: 2).AddMonths(60):dd/MM/yyyy}.");
        (await ana.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/tickets/{refund.Number}")).GetProperty("warranty").ValueKind
            .Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    private static async Task<List<int>> QueueNumbersAsync(ApiClient staff, string coverage)
    {
        var queue = await staff.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/staff/tickets?coverage={coverage}");
        return [.. queue.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("number").GetInt32())];
    }

    private static async Task<System.Text.Json.JsonElement> StaffWarrantyAsync(TestTenant tenant, int number) =>
        (await tenant.Staff().Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/staff/tickets/{number}")).GetProperty("warranty");

    [Fact]
    public async Task A_published_version_never_changes_and_a_new_one_does_not_move_pinned_developments()
    {
        var (tenant, parque, subjectId) = await PinnedParqueAsync(handover: TenthOfTheMonth(monthsAgo: 2));
        var admin = tenant.Admin();
        var catalog = (await admin.Http.GetFromJsonAsync<List<CatalogView>>("/api/v1/admin/warranty-catalogs"))!.Single();

        var edit = await admin.Http.PutAsJsonAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions/1/items", new { items = new[] { Item(termMonths: 1) } });
        var second = await admin.CreateAsync<VersionView>($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions", new { items = new[] { Item(termMonths: 1) } });
        var publish = await admin.Http.PostAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions/2/publish", null);
        var coverage = await tenant.Staff().Http.GetFromJsonAsync<CoverageView>($"/api/v1/warranty/coverage?unitId={parque.Unit.Id}&subjectId={subjectId}");
        var repin = await admin.Http.PutAsJsonAsync($"/api/v1/admin/developments/{parque.Development.Id}/warranty-terms", new { catalogId = catalog.Id, version = 2 });
        var moved = await tenant.Staff().Http.GetFromJsonAsync<CoverageView>($"/api/v1/warranty/coverage?unitId={parque.Unit.Id}&subjectId={subjectId}");

        edit.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await edit.Content.ReadAsStringAsync()).Should().Contain("PublishedTermsAreFinal");
        second.Number.Should().Be(2);
        publish.StatusCode.Should().Be(HttpStatusCode.OK);
        coverage!.Status.Should().Be("covered", "the development stays on version 1 and its 60 months");
        repin.StatusCode.Should().Be(HttpStatusCode.OK);
        moved!.Status.Should().Be("expired", "version 2 gives one month");
        var versions = (await admin.Http.GetFromJsonAsync<CatalogView>($"/api/v1/admin/warranty-catalogs/{catalog.Id}"))!.Versions;
        versions.Select(v => (v.Number, v.PublishedAt is not null)).Should().Equal((2, true), (1, true));
    }

    [Fact]
    public async Task A_draft_is_not_pinned_and_bad_items_get_a_problem_naming_the_field()
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var admin = tenant.Admin();
        var catalog = await admin.CreateAsync<CatalogView>("/api/v1/admin/warranty-catalogs", new { name = "Manual 2025", items = new[] { Item() } });

        var pinDraft = await admin.Http.PutAsJsonAsync($"/api/v1/admin/developments/{parque.Development.Id}/warranty-terms", new { catalogId = catalog.Id, version = 1 });
        var badKey = await admin.Http.PostAsJsonAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions", new { items = new[] { Item(key: "Impermeabilização") } });
        var repeated = await admin.Http.PostAsJsonAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions", new { items = new[] { Item(), Item() } });
        var noItems = await admin.Http.PostAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions/2/publish", null);
        var sameName = await admin.Http.PostAsJsonAsync("/api/v1/admin/warranty-catalogs", new { name = "Manual 2025" });

        pinDraft.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await pinDraft.Content.ReadAsStringAsync()).Should().Contain("OnlyPublishedTermsArePinned");
        badKey.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        badKey.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await badKey.Content.ReadAsStringAsync()).Should().Contain("impermeabilizacao");
        repeated.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await repeated.Content.ReadAsStringAsync()).Should().Contain("WarrantyItemKeyMustBeUnique");
        noItems.StatusCode.Should().Be(HttpStatusCode.NotFound, "the catalog has no version 2");
        sameName.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_drafts_items_are_replaced_until_it_is_published()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var catalog = await admin.CreateAsync<CatalogView>("/api/v1/admin/warranty-catalogs", new { name = "Manual 2026", items = new[] { Item(termMonths: 60) } });

        var replaced = await admin.Http.PutAsJsonAsync(
            $"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions/1/items", new { items = new[] { Item(termMonths: 36), Item(key: "fachada") } });
        var read = await admin.Http.GetFromJsonAsync<VersionWithItemsView>($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions/1");

        replaced.StatusCode.Should().Be(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        read!.Items.Select(item => (item.Key, item.TermMonths)).Should().Equal(("impermeabilizacao", 36), ("fachada", 60));
    }

    [Fact]
    public async Task An_admin_copies_the_reference_template_and_publishes_it_once_reviewed()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();

        var catalog = await admin.CreateAsync<CatalogView>("/api/v1/admin/warranty-catalogs", new { fromTemplate = true });
        var withItems = await admin.Http.PostAsJsonAsync("/api/v1/admin/warranty-catalogs", new { fromTemplate = true, name = "Outro", items = new[] { Item() } });
        var draft = await admin.Http.GetFromJsonAsync<VersionWithItemsView>($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions/1");
        var publish = await admin.Http.PostAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions/1/publish", null);
        var reviewed = await admin.Http.PostAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/review", null);
        var reviewedByStaff = await tenant.Staff().Http.PostAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/review", null);
        var listed = await admin.Http.GetFromJsonAsync<List<CatalogView>>("/api/v1/admin/warranty-catalogs");

        catalog.ReviewRequired.Should().BeTrue();
        reviewed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await reviewed.Content.ReadFromJsonAsync<CatalogView>())!.ReviewRequired.Should().BeFalse();
        reviewedByStaff.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        listed!.Single(c => c.Id == catalog.Id).ReviewRequired.Should().BeFalse("the admin's word is kept");
        catalog.Name.Should().Contain("revisar");
        draft!.Items.Should().Contain(item => item.Key == "impermeabilizacao" && item.TermMonths == 60 && item.StartsFrom == "handover");
        draft.Items.Should().Contain(item => item.Key == "pintura-interna" && item.TermMonths == 12);
        draft.Items.Select(item => item.Key).Should().OnlyHaveUniqueItems().And.StartWith(["fundacoes", "estrutura", "impermeabilizacao"]);
        withItems.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        publish.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_tenants_catalog_and_units_are_not_found()
    {
        var (tenant, parque, subjectId) = await PinnedParqueAsync(handover: TenthOfTheMonth(monthsAgo: 2));
        var other = await api.CreateTenantAsync();
        var catalog = (await tenant.Admin().Http.GetFromJsonAsync<List<CatalogView>>("/api/v1/admin/warranty-catalogs"))!.Single();

        var read = await other.Admin().Http.GetAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}");
        var coverage = await other.Staff().Http.GetAsync($"/api/v1/warranty/coverage?unitId={parque.Unit.Id}&subjectId={subjectId}");
        var missing = await tenant.Staff().Http.GetAsync($"/api/v1/warranty/coverage?subjectId={subjectId}");

        read.StatusCode.Should().Be(HttpStatusCode.NotFound);
        coverage.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        missing.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private async Task<(TestTenant Tenant, Registry Parque, string SubjectId)> PinnedParqueAsync(DateOnly handover, int termMonths = 60)
    {
        var tenant = await api.CreateTenantAsync();
        var parque = await tenant.RegisterParqueAsync();
        var admin = tenant.Admin();
        (await admin.Http.PutAsJsonAsync($"/api/v1/admin/units/{parque.Unit.Id}", new { code = "Apto 1203", handoverDate = handover })).StatusCode.Should().Be(HttpStatusCode.OK);
        var catalog = await admin.CreateAsync<CatalogView>("/api/v1/admin/warranty-catalogs", new { name = "Manual do proprietário", items = new[] { Item(termMonths: termMonths) } });
        (await admin.Http.PostAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions/1/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var pin = await admin.Http.PutAsJsonAsync($"/api/v1/admin/developments/{parque.Development.Id}/warranty-terms", new { catalogId = catalog.Id, version = 1 });
        pin.StatusCode.Should().Be(HttpStatusCode.OK, await pin.Content.ReadAsStringAsync());
        var subjectId = (await tenant.Customer().FindSubjectAsync("Infiltrações")).Id;
        var mapped = await admin.Http.PutAsJsonAsync($"/api/v1/admin/subjects/{subjectId}/warranty-item", new { itemKey = "impermeabilizacao" });
        mapped.StatusCode.Should().Be(HttpStatusCode.OK, await mapped.Content.ReadAsStringAsync());
        return (tenant, parque, subjectId);
    }

    private static object Item(string key = "impermeabilizacao", int termMonths = 60) => new
    {
        key,
        system = new { ptBr = "Impermeabilização", en = "Waterproofing", es = "Impermeabilización" },
        component = new { ptBr = "Lajes e áreas molhadas", en = "Slabs and wet areas" },
        failureTypes = new[] { "infiltração", "umidade" },
        termMonths,
        startsFrom = "handover",
        legalBasis = "NBR 17170; Código Civil, art. 618",
        lossConditions = new[] { "reforma pelo proprietário" },
    };

    private static DateOnly TenthOfTheMonth(int monthsAgo)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, SaoPaulo).DateTime);
        return new DateOnly(today.Year, today.Month, 10).AddMonths(-monthsAgo);
    }

    private sealed record CoverageView(string Status, CoverageItemView? Item, DateOnly? StartsAt, DateOnly? ExpiresAt, string? Basis, string? Gap, string Summary);

    private sealed record CoverageItemView(string Key, string System, string Component, int TermMonths, string StartsFrom);

    private sealed record CatalogView(string Id, string Name, bool ReviewRequired, List<VersionSummaryView> Versions);

    private sealed record VersionSummaryView(string Id, int Number, DateTimeOffset? PublishedAt, int ItemCount);

    private sealed record VersionView(string Id, int Number, DateTimeOffset? PublishedAt);

    private sealed record VersionWithItemsView(int Number, List<ItemView> Items);

    private sealed record ItemView(string Key, int TermMonths, string StartsFrom);
}
