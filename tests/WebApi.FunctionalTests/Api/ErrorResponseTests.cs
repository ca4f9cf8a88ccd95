using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Api;

/// <summary>
/// Every error the application answers is a problem document with a <c>type</c>, and no response that carries
/// personal data or an error may be stored by a cache, whichever part of the pipeline wrote it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ErrorResponseTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task Errors_from_every_part_of_the_pipeline_are_problem_documents_that_no_cache_keeps()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();
        var anonymous = api.CreateClient();
        var json = new StringContent("{}", Encoding.UTF8, "application/json");

        var answers = new (HttpResponseMessage Response, HttpStatusCode Status)[]
        {
            (await anonymous.GetAsync("/api/v1/tickets"), HttpStatusCode.Unauthorized), // authentication
            (await ana.Http.GetAsync("/api/v1/staff/tickets"), HttpStatusCode.Forbidden), // authorization
            (await ana.Http.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound), // routing
            (await ana.Http.GetAsync("/api/v1/tickets/999999"), HttpStatusCode.NotFound), // a handler
            (await ana.Http.DeleteAsync($"/api/v1/tickets/{ticket.Number}"), HttpStatusCode.MethodNotAllowed),
            (await ana.Http.PostAsync("/api/v1/tickets", json), HttpStatusCode.BadRequest), // validation
            (await ana.Http.PostAsync("/api/v1/tickets", new StringContent("x", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType),
            (await tenant.Staff().Http.PutAsJsonAsync($"/api/v1/staff/tickets/{ticket.Number}/status", new { statusId = Guid.NewGuid() }), HttpStatusCode.PreconditionRequired),
        };

        foreach (var (response, status) in answers)
        {
            await response.ShouldBeProblemAsync(status);
        }
    }

    [Fact]
    public async Task Responses_with_personal_data_are_not_stored_by_caches()
    {
        var tenant = await api.CreateTenantAsync();
        var ana = tenant.Customer();
        var ticket = await ana.OpenTicketAsync();

        foreach (var path in new[] { "/api/v1/tickets", $"/api/v1/tickets/{ticket.Number}", "/api/v1/service-types" })
        {
            var response = await ana.Http.GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
            response.Headers.CacheControl.Should().Be(new CacheControlHeaderValue { NoStore = true }, path);
            response.Headers.Pragma.Should().BeEmpty(path);
        }
    }
}
