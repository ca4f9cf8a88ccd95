using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PosVendas.WebApi.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// Spec-driven fuzzing: for every operation of docs/openapi.json, 200 requests generated from its parameters and
/// schemas (valid, half-valid and broken values, missing fields, wrong types, malformed JSON, random headers) with a
/// fixed seed. No answer may be a 5xx, every status must be one the document declares for the operation, and every
/// error must be RFC 9457 problem+json. A failure prints the seed and the request.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SpecFuzzingTests(PosVendasApiFactory api, ITestOutputHelper output)
{
    private const int Seed = 20261128;
    private const int RequestsPerOperation = 200;

    [Fact]
    public async Task Generated_requests_never_get_a_5xx_an_undocumented_status_or_a_malformed_problem()
    {
        var tenant = await api.CreateTenantAsync();
        var ticket = await tenant.Customer().OpenTicketAsync();
        using var unlimited = api.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimiting:PerUserPermitLimit", "1000000")
            .UseSetting("RateLimiting:PerTenantPermitLimit", "1000000"));
        var customer = Client(unlimited, tenant.Customer());
        var admin = Client(unlimited, tenant.Admin());
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "docs", "openapi.json")));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var random = new Random(Seed);
        var failures = new List<string>();
        var sent = 0;

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var documented = operation.Value.GetProperty("responses").EnumerateObject().Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
                var http = path.Name.StartsWith("/api/v1/admin", StringComparison.Ordinal) || path.Name.StartsWith("/api/v1/staff", StringComparison.Ordinal) ? admin : customer;
                for (var i = 0; i < RequestsPerOperation; i++)
                {
                    using var request = Generate(random, operation.Name, path.Name, operation.Value, schemas, ticket.Number);
                    var description = $"{request.Method} {request.RequestUri} {(request.Content is null ? "" : await request.Content.ReadAsStringAsync())}";
                    using var response = await http.SendAsync(request);
                    sent++;
                    var status = (int)response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync();
                    if (status >= 500 && status != 503)
                    {
                        failures.Add($"{status} for {description}: {body}");
                    }
                    else if (!documented.Contains(status))
                    {
                        failures.Add($"undocumented {status} for {description}: {body}");
                    }
                    else if (status >= 400 && !IsProblem(response, body, status))
                    {
                        failures.Add($"{status} is not problem+json for {description}: {body}");
                    }
                }
            }
        }

        output.WriteLine($"Sent {sent} requests with seed {Seed}.");
        failures.ForEach(output.WriteLine);
        failures.Take(20).Should().BeEmpty($"seed {Seed}; {failures.Count} failures in all");
        sent.Should().BeGreaterThanOrEqualTo(RequestsPerOperation * 30);
    }

    private static bool IsProblem(HttpResponseMessage response, string body, int status)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        try
        {
            var problem = JsonNode.Parse(body)!.AsObject();
            return problem["status"]?.GetValue<int>() == status && !string.IsNullOrEmpty(problem["title"]?.GetValue<string>());
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static HttpRequestMessage Generate(Random random, string method, string template, JsonElement operation, JsonElement schemas, int ticketNumber)
    {
        var path = template;
        var query = new List<string>();
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), "/");
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString()!;
                var location = parameter.GetProperty("in").GetString();
                var value = location == "path" && name == "number" && random.Next(3) == 0
                    ? ticketNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : ScalarText(random, parameter.TryGetProperty("schema", out var schema) ? schema : default);
                switch (location)
                {
                    case "path":
                        // An empty segment would address another resource (the collection), not this operation.
                        path = path.Replace($"{{{name}}}", Uri.EscapeDataString(value.Trim().Length > 0 ? value : "x"), StringComparison.Ordinal);
                        break;
                    case "query" when random.Next(2) == 0:
                        query.Add($"{name}={Uri.EscapeDataString(value)}");
                        break;
                    case "header" when random.Next(2) == 0:
                        request.Headers.TryAddWithoutValidation(name, value.Length > 0 ? value : "x");
                        break;
                }
            }
        }

        request.RequestUri = new Uri(path + (query.Count > 0 ? "?" + string.Join('&', query) : ""), UriKind.Relative);
        if (random.Next(3) == 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", Pick(random, ["pt-BR", "en", "es", "fr", "*", "", "en-US,es;q=0.5"]));
        }

        if (operation.TryGetProperty("requestBody", out var requestBody)
            && requestBody.GetProperty("content").TryGetProperty("application/json", out var json))
        {
            var text = random.Next(8) == 0
                ? Pick(random, ["{", "[]", "null", "\"text\"", "{\"a\":", "", "{}"])
                : Value(random, json.GetProperty("schema"), schemas, depth: 0)?.ToJsonString() ?? "null";
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static JsonNode? Value(Random random, JsonElement schema, JsonElement schemas, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return depth > 3 ? null : Value(random, schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas, depth + 1);
        }

        if (random.Next(10) == 0)
        {
            return Pick<JsonNode?>(random, [null, 42, "wrong type", true, new JsonArray()]);
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : schema.TryGetProperty("properties", out _) ? "object" : null;
        switch (type)
        {
            case "object":
                var node = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject().Where(_ => random.Next(5) != 0))
                    {
                        node[property.Name] = Value(random, property.Value, schemas, depth + 1);
                    }
                }

                return node;
            case "array":
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--)
                {
                    array.Add(Value(random, schema.GetProperty("items"), schemas, depth + 1));
                }

                return array;
            case "integer":
                return Pick<JsonNode?>(random, [0, 1, -1, 100, int.MaxValue, random.Next(-1000, 1000)]);
            case "boolean":
                return random.Next(2) == 0;
            case "string" when schema.TryGetProperty("enum", out var values):
                return random.Next(4) == 0 ? "not-in-enum" : values[random.Next(values.GetArrayLength())].GetString();
            default:
                return ScalarText(random, schema);
        }
    }

    private static string ScalarText(Random random, JsonElement schema)
    {
        var format = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        return random.Next(4) == 0
            ? Pick(random, ["", " ", "abc", "-1", "0", "99999999999", "null", "ção ñ 🙂", "<script>", "' OR 1=1 --", new string('x', 300), "1e309", "../../etc/passwd"])
            : (format, type) switch
            {
                ("uuid", _) => Guid.NewGuid().ToString(),
                ("date-time", _) => DateTimeOffset.UtcNow.AddDays(random.Next(-30, 30)).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                (_, "integer") => random.Next(-5, 150).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => Pick(random, ["texto", "Infiltração na sala", "a@example.com", "on_us", "last_activity", "new", "https://203.0.113.7/hook"]),
            };
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, ApiClient like)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = like.Http.DefaultRequestHeaders.Authorization;
        return http;
    }
}
