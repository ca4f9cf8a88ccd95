using System.Net;
using System.Net.Http.Json;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Locations;

// The registry's JSON as a client sees it.
public sealed record DevelopmentView(string Id, string Name, string Code, string? Address, DateOnly? HabiteSeDate, string? ExternalId, bool Active);

public sealed record BuildingView(string Id, string DevelopmentId, string Name, string? ExternalId, bool Active);

public sealed record UnitView(string Id, string DevelopmentId, string BuildingId, string Code, DateOnly? HandoverDate, string? ExternalId, bool Active);

public sealed record CommonAreaView(string Id, string DevelopmentId, string? BuildingId, string Name, bool Active);

public sealed record OccupancyView(
    string Id, string Role, string DevelopmentId, string? BuildingId, string? UnitId, string? Subject, string? Email, DateOnly From, DateOnly? To);

public sealed record PageView<T>(List<T> Items, string? NextCursor);

public sealed record MyUnitView(string Id, string Code, string Role, NamedReference Building, NamedReference Development);

public sealed record MyCommonAreaView(string Id, string Name, NamedReference? Building, NamedReference Development);

public sealed record MyLocationsView(List<MyUnitView> Units, List<MyCommonAreaView> CommonAreas);

public sealed record UnitImportErrorView(string? Field, string? Rule, string Message);

public sealed record UnitImportResultView(string? ExternalId, string Outcome, UnitView? Unit, UnitImportErrorView? Error);

public sealed record ImportUnitsView(List<UnitImportResultView> Results);

/// <summary>One development with a tower, a unit and a pool, registered by the tenant's admin for a test.</summary>
public sealed record Registry(DevelopmentView Development, BuildingView Tower, UnitView Unit, CommonAreaView Pool);

internal static class LocationRequests
{
    public static async Task<T> CreateAsync<T>(this ApiClient admin, string path, object request)
    {
        var response = await admin.Http.PostAsJsonAsync(path, request);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    /// <summary>"Residencial Parque" with "Torre A", its "Apto 1203" handed over on 2025-04-01, and a pool.</summary>
    public static async Task<Registry> RegisterParqueAsync(this TestTenant tenant, string code = "RP")
    {
        var admin = tenant.Admin();
        var development = await admin.CreateAsync<DevelopmentView>("/api/v1/admin/developments", new { name = "Residencial Parque", code, address = "Rua das Flores, 100" });
        var tower = await admin.CreateAsync<BuildingView>("/api/v1/admin/buildings", new { developmentId = development.Id, name = "Torre A" });
        var unit = await admin.CreateAsync<UnitView>("/api/v1/admin/units", new { buildingId = tower.Id, code = "Apto 1203", handoverDate = "2025-04-01" });
        var pool = await admin.CreateAsync<CommonAreaView>("/api/v1/admin/common-areas", new { developmentId = development.Id, name = "Piscina" });
        return new Registry(development, tower, unit, pool);
    }

    /// <summary>Makes the test tenant's customer <paramref name="name"/> (subject customer-{name}) hold <paramref name="unitId"/>.</summary>
    public static Task<OccupancyView> OccupyAsync(this TestTenant tenant, string unitId, string name = "Ana", string role = "owner", string from = "2025-04-01") =>
        tenant.Admin().CreateAsync<OccupancyView>("/api/v1/admin/occupancies", new { role, unitId, subject = $"customer-{name}", from });

    public static async Task<MyLocationsView> MyLocationsAsync(this ApiClient customer) =>
        (await customer.Http.GetFromJsonAsync<MyLocationsView>("/api/v1/me/locations"))!;

    public static Task<HttpResponseMessage> OpenAtAsync(this ApiClient customer, string subjectId, object location, bool? shareWithUnit = null) =>
        customer.Http.PostAsJsonAsync("/api/v1/tickets", new { subjectId, description = "Infiltração no teto do banheiro.", location, shareWithUnit });
}
