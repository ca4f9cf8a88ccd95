using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Admin;

[Collection(ApiCollection.Name)]
public sealed class StatusAdminTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Only_admins_reach_configuration()
    {
        var tenant = await api.CreateTenantAsync();

        await (await tenant.Staff(role: "agent").Http.GetAsync("/api/v1/admin/statuses")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await tenant.Customer().Http.GetAsync("/api/v1/admin/departments")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await tenant.Admin().Http.GetAsync("/api/v1/admin/statuses")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_tenant_has_the_product_statuses_with_labels_in_three_languages()
    {
        var tenant = await api.CreateTenantAsync();

        var statuses = await ListAsync(tenant.Admin());

        statuses.Select(s => (s.Name, s.Category, s.IsDefault)).Should().Equal(
            ("Sem resposta", "new", true),
            ("Em andamento", "open", true),
            ("Aguardando aprovação", "pending", true),
            ("Agendamento de vistoria", "on_hold", true),
            ("Aguardando confirmação", "solved", true),
            ("Concluído", "closed", true));
        statuses[0].Label.Should().Be(new LabelView("Sem resposta", "No reply yet", "Sin respuesta"));
    }

    [Fact]
    public async Task Customers_read_status_and_catalog_labels_in_their_language()
    {
        var tenant = await api.CreateTenantAsync();
        var ticket = await tenant.Customer("Ana").OpenTicketAsync();
        var english = tenant.CustomerSpeaking("en", "Ana");
        var spanish = tenant.CustomerSpeaking("es", "Ana");

        (await english.GetTicketAsync(ticket.Number)).Status.Name.Should().Be("No reply yet");
        (await spanish.GetTicketAsync(ticket.Number)).Status.Name.Should().Be("Sin respuesta");
        (await spanish.ListTicketsAsync()).Items.Single().ServiceType.Name.Should().Be("Asistencia técnica");
        (await english.GetCatalogAsync()).Items.Select(t => t.Name).Should().Equal("Finance", "Engineering and construction", "Technical assistance");
        (await tenant.Staff().Http.GetFromJsonAsync<StaffTicketView>($"/api/v1/staff/tickets/{ticket.Number}"))!.Status.Name.Should().Be("Sem resposta", "staff read internal names");
    }

    [Fact]
    public async Task A_label_missing_the_customers_language_reads_in_Portuguese_in_the_list_as_in_the_detail()
    {
        var tenant = await api.CreateTenantAsync();
        var ticket = await tenant.Customer("Ana").OpenTicketAsync();
        var status = await CreateAsync(tenant.Admin(), new
        {
            name = "Aguardando peça",
            category = "on_hold",
            label = new { ptBr = "Aguardando material", es = "Esperando material" },
        });
        (await ChangeStatusAsync(tenant.Staff(), ticket.Number, status.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        var english = tenant.CustomerSpeaking("en", "Ana");
        var spanish = tenant.CustomerSpeaking("es", "Ana");

        (await english.ListTicketsAsync()).Items.Single().Status.Name.Should().Be("Aguardando material");
        (await english.GetTicketAsync(ticket.Number)).Status.Name.Should().Be("Aguardando material");
        (await spanish.ListTicketsAsync()).Items.Single().Status.Name.Should().Be("Esperando material");
        (await english.ListTicketsAsync()).Items.Single().Subject.Name.Should().Be(
            (await english.GetTicketAsync(ticket.Number)).Subject.Name, "the list and the detail agree on every label");
    }

    [Fact]
    public async Task An_admin_adds_a_status_staff_assign_it_and_customers_read_its_label()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var ticket = await tenant.Customer().OpenTicketAsync();

        var created = await admin.Http.PostAsJsonAsync("/api/v1/admin/statuses", new
        {
            name = "Aguardando peça",
            category = "on_hold",
            label = new { ptBr = "Aguardando material", en = "Waiting for parts", es = "Esperando material" },
            sortOrder = 6,
            notifyCustomer = true,
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var status = (await created.Content.ReadFromJsonAsync<StatusAdminView>())!;
        status.IsDefault.Should().BeFalse("on_hold already has a default");
        (await ChangeStatusAsync(tenant.Staff(), ticket.Number, status.Id)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await tenant.Customer().GetTicketAsync(ticket.Number)).Status.Name.Should().Be("Aguardando material");
        (await tenant.CustomerSpeaking("en").GetTicketAsync(ticket.Number)).Status.Name.Should().Be("Waiting for parts");
    }

    [Fact]
    public async Task Making_a_status_default_moves_the_default_and_leaves_one_per_category()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var created = await CreateAsync(admin, new { name = "Em análise", category = "open", isDefault = true });

        var statuses = await ListAsync(admin);
        statuses.Where(s => s.Category == "open" && s.IsDefault).Should().ContainSingle().Which.Id.Should().Be(created.Id);

        var backToOriginal = statuses.Single(s => s.Name == "Em andamento");
        (await admin.Http.PatchAsJsonAsync($"/api/v1/admin/statuses/{backToOriginal.Id}", new { isDefault = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ListAsync(admin)).Where(s => s.Category == "open" && s.IsDefault).Should().ContainSingle().Which.Name.Should().Be("Em andamento");
    }

    [Fact]
    public async Task Invalid_configurations_are_refused_with_a_reason()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var statuses = await ListAsync(admin);
        var initial = statuses.Single(s => s.Category == "new");

        var unknownCategory = await admin.Http.PostAsJsonAsync("/api/v1/admin/statuses", new { name = "X", category = "archived" });
        var duplicateName = await admin.Http.PostAsJsonAsync("/api/v1/admin/statuses", new { name = "em andamento", category = "open" });
        var deactivateDefault = await admin.Http.PostAsync($"/api/v1/admin/statuses/{initial.Id}/deactivate", null);
        var unsetDefault = await admin.Http.PatchAsJsonAsync($"/api/v1/admin/statuses/{initial.Id}", new { isDefault = false });
        var emptyLabel = await admin.Http.PostAsJsonAsync("/api/v1/admin/statuses", new { name = "Y", category = "open", label = new { ptBr = " " } });

        (await unknownCategory.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("category");
        (await duplicateName.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("StatusNameMustBeUniqueInFlow");
        (await deactivateDefault.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("DefaultStatusStaysActive");
        (await unsetDefault.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("isDefault");
        (await emptyLabel.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("label");
    }

    [Fact]
    public async Task A_deactivated_status_cannot_be_assigned_but_stays_on_tickets_that_have_it()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var extra = await CreateAsync(admin, new { name = "Em vistoria", category = "on_hold" });
        var ticket = await tenant.Customer().OpenTicketAsync();
        var other = await tenant.Customer().OpenTicketAsync();
        (await ChangeStatusAsync(tenant.Staff(), ticket.Number, extra.Id)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.Http.PostAsync($"/api/v1/admin/statuses/{extra.Id}/deactivate", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await (await ChangeStatusAsync(tenant.Staff(), other.Number, extra.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("StatusMustBeAssignable");
        (await tenant.Customer().GetTicketAsync(ticket.Number)).Status.Name.Should().Be("Em vistoria");
        (await admin.Http.PostAsync($"/api/v1/admin/statuses/{extra.Id}/reactivate", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await ChangeStatusAsync(tenant.Staff(), other.Number, extra.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_status_in_use_cannot_be_deleted_and_an_unused_one_can()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var used = await CreateAsync(admin, new { name = "Usado", category = "pending" });
        var unused = await CreateAsync(admin, new { name = "Nunca usado", category = "pending" });
        var ticket = await tenant.Customer().OpenTicketAsync();
        await ChangeStatusAsync(tenant.Staff(), ticket.Number, used.Id);
        await ChangeStatusAsync(tenant.Staff(), ticket.Number, (await ListAsync(admin)).Single(s => s.Name == "Em andamento").Id);

        var deleteUsed = await admin.Http.DeleteAsync($"/api/v1/admin/statuses/{used.Id}");
        var deleteUnused = await admin.Http.DeleteAsync($"/api/v1/admin/statuses/{unused.Id}");

        (await deleteUsed.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("StatusInUseCannotBeDeleted");
        deleteUnused.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await ListAsync(admin)).Select(s => s.Name).Should().Contain("Usado").And.NotContain("Nunca usado");
    }

    [Fact]
    public async Task A_service_type_with_its_own_flow_starts_and_moves_its_tickets_there()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var ana = tenant.Customer();
        var repairs = (await ana.FindSubjectAsync("Infiltrações"));
        var serviceTypeId = (await ana.GetCatalogAsync()).Items.Single(t => t.Subjects.Any(s => s.Id == repairs.Id)).Id;

        var wrongStart = await admin.Http.PostAsJsonAsync("/api/v1/admin/statuses", new { serviceTypeId, name = "Em reparo", category = "open" });
        var triage = await CreateAsync(admin, new { serviceTypeId, name = "Triagem", category = "new", isDefault = true, label = new { ptBr = "Em triagem" } });
        var repair = await CreateAsync(admin, new { serviceTypeId, name = "Em reparo", category = "open" });

        (await wrongStart.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("FlowStartsWithAnInitialStatus");
        var repairTicket = await ana.OpenTicketAsync(subjectName: "Infiltrações");
        var financeTicket = await ana.OpenTicketAsync(subjectName: "Reembolso");
        repairTicket.Status.Name.Should().Be("Em triagem");
        financeTicket.Status.Name.Should().Be("Sem resposta");

        var tenantWideClosed = (await ListAsync(admin)).Single(s => s.ServiceTypeId is null && s.Category == "closed");
        (await (await ChangeStatusAsync(tenant.Staff(), repairTicket.Number, tenantWideClosed.Id)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .Rule.Should().Be("StatusMustBeAssignable");

        await tenant.Staff().Http.PostAsJsonAsync($"/api/v1/staff/tickets/{repairTicket.Number}/comments", new { body = "Equipe a caminho." });
        (await ana.GetTicketAsync(repairTicket.Number)).Status.Id.Should().Be(repair.Id, "the first answer opens it with its own flow's default");
        triage.ServiceTypeId.Should().Be(serviceTypeId);
    }

    [Fact]
    public async Task Configuration_changes_in_one_tenant_do_not_touch_another()
    {
        var tenantA = await api.CreateTenantAsync();
        var tenantB = await api.CreateTenantAsync();
        var before = await ListAsync(tenantB.Admin());
        var statusOfB = before[1].Id;

        await CreateAsync(tenantA.Admin(), new { name = "Só em A", category = "open", isDefault = true });
        var renameAcross = await tenantA.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/statuses/{statusOfB}", new { name = "Invadido" });

        await renameAcross.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await ListAsync(tenantB.Admin())).Should().BeEquivalentTo(before);
    }

    private static async Task<List<StatusAdminView>> ListAsync(ApiClient admin) =>
        (await admin.Http.GetFromJsonAsync<StatusListView>("/api/v1/admin/statuses"))!.Items;

    private static async Task<StatusAdminView> CreateAsync(ApiClient admin, object request)
    {
        var response = await admin.Http.PostAsJsonAsync("/api/v1/admin/statuses", request);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<StatusAdminView>())!;
    }

    private static async Task<HttpResponseMessage> ChangeStatusAsync(ApiClient staff, int number, string statusId)
    {
        var etag = (await staff.Http.GetAsync($"/api/v1/staff/tickets/{number}")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/staff/tickets/{number}/status") { Content = JsonContent.Create(new { statusId }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await staff.Http.SendAsync(request);
    }
}
