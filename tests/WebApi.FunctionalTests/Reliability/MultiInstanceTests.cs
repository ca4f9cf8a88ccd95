using System.Net;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// What one API instance must not do to the others on the same database: each keeps its own caches, so what it
/// writes when it fills them must be nothing when nothing changed.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MultiInstanceTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_second_instance_resolving_an_unchanged_customer_writes_nothing()
    {
        var tenant = await api.CreateTenantAsync();
        (await tenant.Customer("Ana").Http.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
        var before = await RowVersionAsync(tenant);

        await using var other = await ApiProcess.StartAsync(api);
        (await other.Client(tenant.Token("Ana")).Http.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
        var afterSameDetails = await RowVersionAsync(tenant);
        var renamed = TestTokens.Create(TestTokens.Claims(tenant.Slug, "customer-Ana", "ana@example.com", "Ana Souza", "customer"));
        (await other.Client(renamed).Http.GetAsync("/api/v1/tickets")).StatusCode.Should().Be(HttpStatusCode.OK);
        var afterRename = await RowVersionAsync(tenant);

        afterSameDetails.Should().Be(before, "the customer's e-mail, name and locale did not change");
        afterRename.Should().NotBe(before, "a new name in the token is written");
        (await api.ScalarAsync<string>(
            "SELECT c.name FROM tenancy.customers c JOIN tenancy.tenants t ON t.id = c.tenant_id WHERE t.slug = $1 AND c.subject = 'customer-Ana'",
            tenant.Slug)).Should().Be("Ana Souza");
    }

    private Task<string> RowVersionAsync(TestTenant tenant) => api.ScalarAsync<string>(
        "SELECT c.xmin::text FROM tenancy.customers c JOIN tenancy.tenants t ON t.id = c.tenant_id WHERE t.slug = $1 AND c.subject = 'customer-Ana'",
        tenant.Slug);
}
