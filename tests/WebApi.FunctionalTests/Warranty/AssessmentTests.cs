using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;
using PosVendas.WebApi.FunctionalTests.Locations;

namespace PosVendas.WebApi.FunctionalTests.Warranty;

/// <summary>
/// The procedência decision over HTTP: staff assess, correct, the customer reads it in their words and contests it
/// once within the tenant's window; e-mail, webhooks and who may see what.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AssessmentTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task An_improcedente_assessment_moves_the_ticket_to_its_mapped_status_and_the_customer_reads_it_in_their_words()
    {
        var tenant = await api.CreateTenantAsync();
        var customer = Unique("lia");
        var refusedStatus = await MapOutcomeAsync(tenant, "improcedente", "Improcedente", "closed");
        var lia = tenant.Customer(customer);
        var ticket = await lia.OpenTicketAsync();
        var staff = tenant.Staff();
        var photo = await staff.UploadAsync("rejunte.jpg", "image/jpeg", TestFiles.Jpeg());
        await api.DispatchAsync();

        var response = await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/assessment", new
        {
            outcome = "improcedente",
            reason = "missing_maintenance",
            explanation = "O rejunte do box não é refeito há três anos, como pede o manual.",
            fee = 180.50m,
            evidenceAttachmentIds = new[] { photo.Id },
        });

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var assessment = (await response.Content.ReadFromJsonAsync<AssessmentView>())!;
        assessment.Should().Match<AssessmentView>(a => a.Outcome == "improcedente" && a.Reason == "missing_maintenance" && a.Fee == 180.50m && a.Current && a.SupersedesId == null);
        var detail = await lia.Http.GetFromJsonAsync<CustomerTicketView>($"/api/v1/tickets/{ticket.Number}");
        detail!.Status.Id.Should().Be(refusedStatus);
        detail.Assessment!.OutcomeLabel.Should().Be("Improcedente: não coberto pela garantia");
        detail.Assessment.ReasonLabel.Should().Be("Falta da manutenção prevista no manual do proprietário");
        detail.Assessment.Explanation.Should().Be("O rejunte do box não é refeito há três anos, como pede o manual.");
        detail.Assessment.Fee.Should().Be(180.50m);
        detail.Assessment.ContestUntil.Should().Be(TodayInSaoPaulo().AddDays(30), "the tenant's default window is 30 days");
        var answer = detail.Comments.Should().ContainSingle(c => c.Id == assessment.CommentId.ToString()).Subject;
        answer.Attachments.Should().ContainSingle(a => a.Id == photo.Id, "the evidence travels with the explanation");

        await api.DispatchAsync();
        var mail = api.Smtp.To($"{customer}@example.com").Where(m => m.Subject != $"[Chamado #{ticket.Number}] Recebemos seu chamado").ToList();
        var assessed = mail.Should().ContainSingle("the assessment, its answer and its move make one e-mail").Subject;
        assessed.Subject.Should().Be($"[Chamado #{ticket.Number}] Parecer sobre a garantia: Improcedente: não coberto pela garantia");
        assessed.TextBody.Should().Contain("Motivo: Falta da manutenção prevista no manual do proprietário.")
            .And.Contain("R$ 180,50")
            .And.Contain("contestar este parecer");
    }

    [Fact]
    public async Task A_correction_supersedes_the_assessment_in_force_and_staff_see_both()
    {
        var tenant = await api.CreateTenantAsync();
        var ticket = await tenant.Customer().OpenTicketAsync();
        var staff = tenant.Staff();
        var first = await AssessAsync(staff, ticket.Number, new { outcome = "improcedente", reason = "out_of_warranty", explanation = "Fora do prazo." });

        var correction = await AssessAsync(staff, ticket.Number, new { outcome = "procedente", explanation = "Revisado: a entrega foi em 2025, dentro do prazo." });

        correction.SupersedesId.Should().Be(first.Id);
        var seen = await staff.Http.GetFromJsonAsync<StaffAssessedView>($"/api/v1/staff/tickets/{ticket.Number}");
        seen!.Assessments.Select(a => (a.Id, a.Outcome, a.Current)).Should().Equal((correction.Id, "procedente", true), (first.Id, "improcedente", false));
        var detail = await tenant.Customer().Http.GetFromJsonAsync<CustomerTicketView>($"/api/v1/tickets/{ticket.Number}");
        detail!.Assessment!.Outcome.Should().Be("procedente");
        detail.Assessment.ReasonLabel.Should().BeNull();
        detail.Assessment.ContestUntil.Should().BeNull("a covered request has nothing to contest");
    }

    [Fact]
    public async Task The_customer_contests_a_refusal_once_and_the_ticket_returns_to_staff()
    {
        var tenant = await api.CreateTenantAsync();
        await MapOutcomeAsync(tenant, "parcial", "Parcialmente procedente", "solved");
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        var staff = tenant.Staff();
        var assessment = await AssessAsync(staff, ticket.Number, new { outcome = "parcial", reason = "owner_modification", explanation = "O piso da varanda foi trocado." });
        var laudo = await ana.UploadAsync("laudo.pdf", "application/pdf", TestFiles.Pdf());

        var contest = await ana.Http.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/assessment/contest", new { reason = "O piso é o original; segue o laudo.", attachmentIds = new[] { laudo.Id } });
        var again = await ana.Http.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/assessment/contest", new { reason = "De novo." });

        contest.StatusCode.Should().Be(HttpStatusCode.Created, await contest.Content.ReadAsStringAsync());
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("TicketIsContestedOnce");
        var detail = await ana.Http.GetFromJsonAsync<CustomerTicketView>($"/api/v1/tickets/{ticket.Number}");
        detail!.Status.Category.Should().Be("open", "a contested ticket is back in staff's hands");
        detail.Assessment!.ContestedAt.Should().NotBeNull();
        detail.Assessment.ContestUntil.Should().BeNull("the ticket was contested");
        var seen = await staff.Http.GetFromJsonAsync<StaffAssessedView>($"/api/v1/staff/tickets/{ticket.Number}");
        seen!.Contest!.AssessmentId.Should().Be(assessment.Id);
        var reasons = seen.Comments.Should().ContainSingle(c => c.Id == seen.Contest.CommentId.ToString()).Subject;
        reasons.Body.Should().Be("O piso é o original; segue o laudo.");
        reasons.Attachments.Should().ContainSingle(a => a.Id == laudo.Id);
    }

    [Fact]
    public async Task A_contest_needs_a_refusal_and_a_company_that_takes_contests()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var notAssessed = await ana.OpenTicketAsync();
        var covered = await ana.OpenTicketAsync();
        var refused = await ana.OpenTicketAsync();
        var staff = tenant.Staff();
        await AssessAsync(staff, covered.Number, new { outcome = "procedente", explanation = "Coberto." });
        await AssessAsync(staff, refused.Number, new { outcome = "improcedente", reason = "third_party", explanation = "Vazamento do apartamento de cima." });
        await SetContestDaysAsync(tenant, 0);

        var nothing = await ana.Http.PostAsJsonAsync($"/api/v1/tickets/{notAssessed.Number}/assessment/contest", new { reason = "Discordo." });
        var coveredContest = await ana.Http.PostAsJsonAsync($"/api/v1/tickets/{covered.Number}/assessment/contest", new { reason = "Discordo." });
        var closedWindow = await ana.Http.PostAsJsonAsync($"/api/v1/tickets/{refused.Number}/assessment/contest", new { reason = "Discordo." });
        var noReason = await ana.Http.PostAsJsonAsync($"/api/v1/tickets/{refused.Number}/assessment/contest", new { reason = " " });

        (await nothing.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("OnlyRefusalsAreContested");
        (await coveredContest.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("OnlyRefusalsAreContested");
        (await closedWindow.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("ContestsMustBeTaken");
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("reason");
        var detail = await ana.Http.GetFromJsonAsync<CustomerTicketView>($"/api/v1/tickets/{refused.Number}");
        detail!.Assessment!.ContestUntil.Should().BeNull("the company takes no contests here");
    }

    [Fact]
    public async Task An_assessment_takes_a_reason_and_a_fee_for_refusals_only()
    {
        var tenant = await api.CreateTenantAsync();
        var ticket = await tenant.Customer().OpenTicketAsync();
        var staff = tenant.Staff();
        var path = $"/api/v1/staff/tickets/{ticket.Number}/assessment";

        var coveredWithReason = await staff.Http.PostAsJsonAsync(path, new { outcome = "procedente", reason = "not_a_defect", explanation = "x" });
        var refusedWithoutReason = await staff.Http.PostAsJsonAsync(path, new { outcome = "improcedente", explanation = "x" });
        var coveredWithFee = await staff.Http.PostAsJsonAsync(path, new { outcome = "procedente", explanation = "x", fee = 10 });
        var negativeFee = await staff.Http.PostAsJsonAsync(path, new { outcome = "parcial", reason = "third_party", explanation = "x", fee = -5 });
        var unknownOutcome = await staff.Http.PostAsJsonAsync(path, new { outcome = "talvez", explanation = "x" });
        var noExplanation = await staff.Http.PostAsJsonAsync(path, new { outcome = "procedente" });

        (await coveredWithReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("reason");
        (await refusedWithoutReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("reason");
        (await coveredWithFee.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("fee");
        (await negativeFee.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("fee");
        await unknownOutcome.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await noExplanation.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("explanation");
        var seen = await staff.Http.GetFromJsonAsync<StaffAssessedView>($"/api/v1/staff/tickets/{ticket.Number}");
        seen!.Assessments.Should().BeEmpty();
    }

    [Fact]
    public async Task Only_staff_of_the_tenant_assess_and_only_the_tickets_customer_contests()
    {
        var tenant = await api.CreateTenantAsync();
        var ticket = await tenant.Customer().OpenTicketAsync();
        await AssessAsync(tenant.Staff(), ticket.Number, new { outcome = "improcedente", reason = "not_a_defect", explanation = "Trinca de retração, esperada." });
        var other = await api.CreateTenantAsync();
        await other.Customer().OpenTicketAsync();
        var assessment = new { outcome = "procedente", explanation = "x" };

        var byCustomer = await tenant.Customer().Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/assessment", assessment);
        var byOtherTenant = await other.Staff().Http.PostAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number + 1}/assessment", assessment);
        var byOtherCustomer = await tenant.Customer("Bia").Http.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/assessment/contest", new { reason = "Discordo." });
        var reportByCustomer = await tenant.Customer().Http.GetAsync("/api/v1/staff/reports/assessments?from=2026-01-01&to=2026-12-31");

        byCustomer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        byOtherTenant.StatusCode.Should().Be(HttpStatusCode.NotFound, "the other tenant has no ticket by that number");
        byOtherCustomer.StatusCode.Should().Be(HttpStatusCode.NotFound);
        reportByCustomer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Partners_receive_the_assessed_and_contested_events()
    {
        using var receiver = new TestWebhookReceiver();
        var tenant = await api.CreateTenantAsync();
        var registered = await tenant.Admin().Http.PostAsJsonAsync(
            "/api/v1/admin/webhooks", new { url = receiver.Url, secret = "partner-secret-0123456789", eventTypes = new[] { "ticket.assessed", "ticket.assessment_contested" } });
        registered.StatusCode.Should().Be(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var ticket = await tenant.Customer().OpenTicketAsync();
        var assessment = await AssessAsync(tenant.Staff(), ticket.Number, new { outcome = "improcedente", reason = "apparent_defect_at_handover", explanation = "Visível na vistoria de entrega." });
        (await tenant.Customer().Http.PostAsJsonAsync($"/api/v1/tickets/{ticket.Number}/assessment/contest", new { reason = "Não estava visível." }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        await api.DispatchAsync();

        receiver.Received.Select(r => r.Event).Should().Equal("ticket.assessed", "ticket.assessment_contested");
        foreach (var webhook in receiver.Received)
        {
            using var body = JsonDocument.Parse(webhook.Body);
            var reference = body.RootElement.GetProperty("ticket");
            reference.GetProperty("number").GetInt32().Should().Be(ticket.Number);
            reference.GetProperty("assessmentId").GetGuid().Should().Be(assessment.Id);
        }
    }

    [Fact]
    public async Task The_report_counts_the_assessments_in_force_by_outcome_reason_system_and_development()
    {
        // Known dataset: Parque (2 infiltrações improcedentes por falta de manutenção, one of them contested, and 1
        // corrected from improcedente to procedente), Jardim (1 parcial por modificação, 1 procedente), and 1 ticket
        // with no place, procedente.
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var parque = await tenant.RegisterParqueAsync();
        var jardim = await admin.CreateAsync<DevelopmentView>("/api/v1/admin/developments", new { name = "Residencial Jardim", code = "JD", address = "Rua dos Ipês, 20" });
        var quadra = await admin.CreateAsync<BuildingView>("/api/v1/admin/buildings", new { developmentId = jardim.Id, name = "Quadra 1" });
        var casa = await admin.CreateAsync<UnitView>("/api/v1/admin/units", new { buildingId = quadra.Id, code = "Casa 7", handoverDate = "2025-04-01" });
        await tenant.OccupyAsync(parque.Unit.Id);
        await tenant.OccupyAsync(casa.Id);
        var catalog = await admin.CreateAsync<IdView>("/api/v1/admin/warranty-catalogs", new { name = "Manual", items = new[] { Item() } });
        (await admin.Http.PostAsync($"/api/v1/admin/warranty-catalogs/{catalog.Id}/versions/1/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (var developmentId in new[] { parque.Development.Id, jardim.Id })
        {
            var pinned = await admin.Http.PutAsJsonAsync($"/api/v1/admin/developments/{developmentId}/warranty-terms", new { catalogId = catalog.Id, version = 1 });
            pinned.StatusCode.Should().Be(HttpStatusCode.OK, await pinned.Content.ReadAsStringAsync());
        }

        var ana = tenant.Customer();
        var infiltracoes = (await ana.FindSubjectAsync("Infiltrações")).Id;
        (await admin.Http.PutAsJsonAsync($"/api/v1/admin/subjects/{infiltracoes}/warranty-item", new { itemKey = "impermeabilizacao" })).StatusCode.Should().Be(HttpStatusCode.OK);
        var staff = tenant.Staff();

        async Task<int> OpenAsync(string unitId)
        {
            var response = await ana.OpenAtAsync(infiltracoes, new { unitId });
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<TicketView>())!.Number;
        }

        var refusal = new { outcome = "improcedente", reason = "missing_maintenance", explanation = "Sem manutenção." };
        var covered = new { outcome = "procedente", explanation = "Coberto." };
        var contested = await OpenAsync(parque.Unit.Id);
        await AssessAsync(staff, contested, refusal);
        (await ana.Http.PostAsJsonAsync($"/api/v1/tickets/{contested}/assessment/contest", new { reason = "Fiz a manutenção." }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        await AssessAsync(staff, await OpenAsync(parque.Unit.Id), refusal);
        var corrected = await OpenAsync(parque.Unit.Id);
        await AssessAsync(staff, corrected, refusal);
        await AssessAsync(staff, corrected, covered);
        await AssessAsync(staff, await OpenAsync(casa.Id), new { outcome = "parcial", reason = "owner_modification", explanation = "Parte alterada." });
        await AssessAsync(staff, await OpenAsync(casa.Id), covered);
        await AssessAsync(staff, (await ana.OpenTicketAsync(subjectName: "Segunda via de documentos")).Number, covered);
        await ana.OpenAtAsync(infiltracoes, new { unitId = parque.Unit.Id }); // never assessed: not counted

        var today = TodayInSaoPaulo();
        var report = await staff.Http.GetFromJsonAsync<ReportView>($"/api/v1/staff/reports/assessments?from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var parqueOnly = await staff.Http.GetFromJsonAsync<ReportView>(
            $"/api/v1/staff/reports/assessments?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}&developmentId={parque.Development.Id}");
        var before = await staff.Http.GetFromJsonAsync<ReportView>($"/api/v1/staff/reports/assessments?from={today.AddDays(-10):yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}");
        var backwards = await staff.Http.GetAsync($"/api/v1/staff/reports/assessments?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}");

        report!.Total.Should().Be(6, "the corrected assessment counts once");
        report.Contested.Should().Be(1);
        report.ByOutcome.Select(c => (c.Outcome, c.Count)).Should().Equal(("procedente", 3), ("improcedente", 2), ("parcial", 1));
        report.ByReason.Select(c => (c.Reason, c.Count)).Should().Equal(("missing_maintenance", 2), ("owner_modification", 1));
        report.BySystem.Select(c => (c.ItemKey, c.System, c.Count)).Should().Equal(("impermeabilizacao", "Impermeabilização", 5), (null, null, 1));
        report.ByDevelopment.Select(c => (c.Name, c.Count)).Should().Equal(("Residencial Parque", 3), ("Residencial Jardim", 2), (null, 1));
        report.ByDevelopment[0].ByOutcome.Select(c => c.Count).Should().Equal(1, 2, 0);
        parqueOnly!.Total.Should().Be(3);
        parqueOnly.ByDevelopment.Should().ContainSingle().Which.DevelopmentId.Should().Be(parque.Development.Id);
        before!.Total.Should().Be(0);
        before.ByOutcome.Should().OnlyContain(c => c.Count == 0);
        (await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("to");
    }

    private static string Unique(string name) => $"{name}{Guid.NewGuid():N}"[..16];

    private static DateOnly TodayInSaoPaulo() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo")).DateTime);

    private static async Task<AssessmentView> AssessAsync(ApiClient staff, int number, object request)
    {
        var response = await staff.Http.PostAsJsonAsync($"/api/v1/staff/tickets/{number}/assessment", request);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AssessmentView>())!;
    }

    /// <summary>Adds a status of <paramref name="category"/> to the tenant's flow and maps <paramref name="outcome"/> to it.</summary>
    private static async Task<string> MapOutcomeAsync(TestTenant tenant, string outcome, string name, string category)
    {
        var admin = tenant.Admin();
        var status = await admin.CreateAsync<StatusAdminView>("/api/v1/admin/statuses", new { name, category, sortOrder = 50 });
        var mapped = await admin.Http.PutAsJsonAsync($"/api/v1/admin/statuses/{status.Id}/assessment-outcome", new { outcome });
        mapped.StatusCode.Should().Be(HttpStatusCode.OK, await mapped.Content.ReadAsStringAsync());
        (await mapped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assessmentOutcome").GetString().Should().Be(outcome);
        return status.Id;
    }

    private static async Task SetContestDaysAsync(TestTenant tenant, int days)
    {
        var admin = tenant.Admin();
        var etag = (await admin.Http.GetAsync("/api/v1/admin/settings")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/admin/settings") { Content = JsonContent.Create(new { assessmentContestDays = days }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await admin.Http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assessmentContestDays").GetInt32().Should().Be(days);
    }

    private static object Item() => new
    {
        key = "impermeabilizacao",
        system = new { ptBr = "Impermeabilização", en = "Waterproofing" },
        component = new { ptBr = "Lajes e áreas molhadas" },
        termMonths = 60,
        startsFrom = "handover",
    };

    private sealed record IdView(string Id);

    private sealed record AssessmentView(Guid Id, string Outcome, string? Reason, string Explanation, decimal? Fee, Guid CommentId, Guid? SupersedesId, bool Current);

    private sealed record CustomerAssessmentView(
        string Outcome, string OutcomeLabel, string? Reason, string? ReasonLabel, string Explanation, decimal? Fee, DateOnly? ContestUntil, DateTimeOffset? ContestedAt);

    private sealed record CustomerTicketView(int Number, StatusView Status, List<CommentView> Comments, CustomerAssessmentView? Assessment);

    private sealed record ContestView(Guid AssessmentId, Guid CommentId);

    private sealed record StaffAssessedView(List<AssessmentView> Assessments, ContestView? Contest, List<StaffCommentView> Comments);

    private sealed record OutcomeCountView(string Outcome, int Count);

    private sealed record ReasonCountView(string Reason, int Count);

    private sealed record SystemCountView(string? ItemKey, string? System, int Count);

    private sealed record DevelopmentCountView(string? DevelopmentId, string? Name, int Count, List<OutcomeCountView> ByOutcome);

    private sealed record ReportView(
        int Total, int Contested, List<OutcomeCountView> ByOutcome, List<ReasonCountView> ByReason, List<SystemCountView> BySystem, List<DevelopmentCountView> ByDevelopment);
}
