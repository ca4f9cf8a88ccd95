using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Admin;

[Collection(ApiCollection.Name)]
public sealed class CatalogAdminTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task An_admin_builds_a_service_type_and_customers_pick_its_subject_in_their_language()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var department = await CreateAsync<DepartmentView>(admin, "/api/v1/admin/departments", new { name = "Áreas comuns", notificationEmail = "areas@example.com" });
        var serviceType = await CreateAsync<ServiceTypeAdminView>(admin, "/api/v1/admin/service-types", new
        {
            name = "Áreas comuns",
            sortOrder = 0,
            label = new { ptBr = "Áreas comuns", en = "Common areas", es = "Áreas comunes" },
        });
        var subject = await CreateAsync<SubjectAdminView>(admin, $"/api/v1/admin/service-types/{serviceType.Id}/subjects", new
        {
            name = "Piscina",
            departmentId = department.Id,
            label = new { ptBr = "Piscina", en = "Swimming pool" },
        });

        var english = await tenant.CustomerSpeaking("en").GetCatalogAsync();
        english.Items[0].Name.Should().Be("Common areas");
        english.Items[0].Subjects.Should().ContainSingle().Which.Name.Should().Be("Swimming pool");
        var ticket = await tenant.Customer().OpenTicketAsync(subjectName: "Piscina");
        ticket.Department.Should().Be(new NamedReference(department.Id, "Áreas comuns"));
        subject.DepartmentId.Should().Be(department.Id);
        department.NotificationEmail.Should().Be("areas@example.com");
    }

    [Fact]
    public async Task A_deactivated_subject_leaves_the_drop_down_but_old_tickets_keep_showing_it()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync(subjectName: "Reembolso");

        (await tenant.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/subjects/{ticket.Subject.Id}", new { active = false })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await ana.GetCatalogAsync()).Items.SelectMany(t => t.Subjects).Should().NotContain(s => s.Name == "Reembolso");
        (await ana.GetTicketAsync(ticket.Number)).Subject.Name.Should().Be("Reembolso");
        (await (await ana.PostTicketAsync(ticket.Subject.Id, "De novo")).ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("SubjectMustBeSelectable");
    }

    [Fact]
    public async Task A_deactivated_service_type_hides_all_its_subjects()
    {
        var tenant = await api.CreateTenantAsync();
        var catalog = await tenant.Customer().GetCatalogAsync();
        var finance = catalog.Items.Single(t => t.Name == "Financeiro");

        (await tenant.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/service-types/{finance.Id}", new { active = false })).StatusCode.Should().Be(HttpStatusCode.OK);

        (await tenant.Customer().GetCatalogAsync()).Items.Select(t => t.Name).Should().NotContain("Financeiro");
        var admin = await tenant.Admin().Http.GetFromJsonAsync<ServiceTypeAdminListView>("/api/v1/admin/service-types");
        admin!.Items.Single(t => t.Id == finance.Id).IsActive.Should().BeFalse("admins still see it, to reactivate it");
    }

    [Fact]
    public async Task Rerouting_a_subject_sends_new_tickets_to_the_new_department_and_leaves_old_ones()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var before = await ana.OpenTicketAsync(subjectName: "Elétrica");
        var newDepartment = await CreateAsync<DepartmentView>(tenant.Admin(), "/api/v1/admin/departments", new { name = "Manutenção" });

        (await tenant.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/subjects/{before.Subject.Id}", new { departmentId = newDepartment.Id })).StatusCode.Should().Be(HttpStatusCode.OK);
        var after = await ana.OpenTicketAsync(subjectName: "Elétrica");

        after.Department.Name.Should().Be("Manutenção");
        (await ana.GetTicketAsync(before.Number)).Department.Name.Should().Be("Engenharia");
    }

    [Fact]
    public async Task Names_are_unique_per_tenant_and_level_but_may_repeat_across_tenants_and_service_types()
    {
        var tenant = await api.CreateTenantAsync();
        var other = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var catalog = await tenant.Customer().GetCatalogAsync();

        var duplicateDepartment = await admin.Http.PostAsJsonAsync("/api/v1/admin/departments", new { name = "financeiro" });
        var duplicateType = await admin.Http.PostAsJsonAsync("/api/v1/admin/service-types", new { name = "FINANCEIRO" });
        var duplicateSubject = await admin.Http.PostAsJsonAsync($"/api/v1/admin/service-types/{catalog.Items[0].Id}/subjects", new { name = "Reembolso", departmentId = catalog.Items[0].Subjects[0].Department.Id });
        var sameSubjectElsewhere = await admin.Http.PostAsJsonAsync($"/api/v1/admin/service-types/{catalog.Items[1].Id}/subjects", new { name = "Reembolso", departmentId = catalog.Items[0].Subjects[0].Department.Id });
        var sameNameOtherTenant = await other.Admin().Http.PostAsJsonAsync("/api/v1/admin/departments", new { name = "Jurídico" });
        var sameNameHere = await admin.Http.PostAsJsonAsync("/api/v1/admin/departments", new { name = "Jurídico" });

        (await duplicateDepartment.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("CatalogNameMustBeUnique");
        (await duplicateType.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("CatalogNameMustBeUnique");
        (await duplicateSubject.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("CatalogNameMustBeUnique");
        sameSubjectElsewhere.StatusCode.Should().Be(HttpStatusCode.Created);
        sameNameOtherTenant.StatusCode.Should().Be(HttpStatusCode.Created);
        sameNameHere.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_tenants_department_cannot_be_used_or_changed()
    {
        var tenant = await api.CreateTenantAsync();
        var other = await api.CreateTenantAsync();
        var foreign = await CreateAsync<DepartmentView>(other.Admin(), "/api/v1/admin/departments", new { name = "Deles" });
        var catalog = await tenant.Customer().GetCatalogAsync();

        var useForeign = await tenant.Admin().Http.PostAsJsonAsync($"/api/v1/admin/service-types/{catalog.Items[0].Id}/subjects", new { name = "Novo", departmentId = foreign.Id });
        var changeForeign = await tenant.Admin().Http.PatchAsJsonAsync($"/api/v1/admin/departments/{foreign.Id}", new { name = "Meu" });

        await useForeign.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await changeForeign.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Subjects_cannot_be_routed_to_an_inactive_department()
    {
        var tenant = await api.CreateTenantAsync();
        var admin = tenant.Admin();
        var closing = await CreateAsync<DepartmentView>(admin, "/api/v1/admin/departments", new { name = "Desativado" });
        (await admin.Http.PatchAsJsonAsync($"/api/v1/admin/departments/{closing.Id}", new { active = false })).StatusCode.Should().Be(HttpStatusCode.OK);
        var catalog = await tenant.Customer().GetCatalogAsync();

        var create = await admin.Http.PostAsJsonAsync($"/api/v1/admin/service-types/{catalog.Items[0].Id}/subjects", new { name = "Novo", departmentId = closing.Id });
        var reroute = await admin.Http.PatchAsJsonAsync($"/api/v1/admin/subjects/{catalog.Items[0].Subjects[0].Id}", new { departmentId = closing.Id });

        (await create.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("DepartmentMustBeActive");
        (await reroute.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Rule.Should().Be("DepartmentMustBeActive");
    }

    [Fact]
    public async Task Department_input_is_validated()
    {
        var tenant = await api.CreateTenantAsync();

        var badEmail = await tenant.Admin().Http.PostAsJsonAsync("/api/v1/admin/departments", new { name = "X", notificationEmail = "not-an-email" });
        var noName = await tenant.Admin().Http.PostAsJsonAsync("/api/v1/admin/departments", new { name = " " });

        (await badEmail.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("notificationEmail");
        (await noName.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors.Should().ContainKey("name");
    }

    private static async Task<T> CreateAsync<T>(ApiClient admin, string path, object request)
    {
        var response = await admin.Http.PostAsJsonAsync(path, request);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
