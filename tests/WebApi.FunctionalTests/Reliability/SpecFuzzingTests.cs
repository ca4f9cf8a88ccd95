using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PosVendas.WebApi.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace PosVendas.WebApi.FunctionalTests.Reliability;

/// <summary>
/// Spec-driven fuzzing: for every operation of docs/openapi.json, 500 requests generated from its parameters and
/// schemas (valid, half-valid and broken values, missing fields, wrong types, malformed JSON, random headers), with
/// hostile values (<see cref="Hostile"/>) mixed into every string, date and number, in parameters and bodies alike.
/// No answer may be a 5xx, every status must be one the document declares for the operation, and every error must be
/// an RFC 9457 problem with no stack trace or .NET type name. CI runs a fixed seed; POSVENDAS_FUZZ_REQUESTS (per
/// operation) and POSVENDAS_FUZZ_SEED (a number, or "random") make a longer or different run. A failure prints the
/// seed and the request.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class SpecFuzzingTests(PosVendasApiFactory api, ITestOutputHelper output)
{
    private const int FixedSeed = 20261128;
    private const int DefaultRequestsPerOperation = 500;

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
        var seed = Seed();
        var requestsPerOperation = int.TryParse(Environment.GetEnvironmentVariable("POSVENDAS_FUZZ_REQUESTS"), out var asked) && asked > 0
            ? asked
            : DefaultRequestsPerOperation;
        var random = new Random(seed);
        var failures = new List<string>();
        var sent = 0;
        var operations = 0;

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var documented = operation.Value.GetProperty("responses").EnumerateObject().Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
                var http = path.Name.StartsWith("/api/v1/admin", StringComparison.Ordinal) || path.Name.StartsWith("/api/v1/staff", StringComparison.Ordinal) ? admin : customer;
                operations++;
                for (var i = 0; i < requestsPerOperation; i++)
                {
                    using var request = Generate(random, operation.Name, path.Name, operation.Value, schemas, ticket.Number);
                    var description = $"{request.Method} {request.RequestUri} {string.Join(' ', request.Headers.Select(h => $"{h.Key}: {string.Join(',', h.Value)}"))} {(request.Content is null ? "" : await request.Content.ReadAsStringAsync())}";
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
                        failures.Add($"{status} is not a well-formed problem+json for {description}: {body}");
                    }
                    else if (status >= 400 && InternalDetail().Match(body) is { Success: true } leak)
                    {
                        failures.Add($"{status} shows '{leak.Value}' for {description}: {body}");
                    }
                }
            }
        }

        output.WriteLine($"Sent {sent} requests to {operations} operations with seed {seed}.");
        failures.ForEach(output.WriteLine);
        failures.Take(20).Should().BeEmpty($"seed {seed}; {failures.Count} failures in all");
        operations.Should().BeGreaterThanOrEqualTo(30, "every operation of the document is fuzzed");
        sent.Should().Be(requestsPerOperation * operations);
    }

    private static int Seed() => Environment.GetEnvironmentVariable("POSVENDAS_FUZZ_SEED") switch
    {
        null or "" => FixedSeed,
        "random" => Random.Shared.Next(),
        var given => int.Parse(given, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A stack frame, or a .NET namespace-qualified name: what a client must never read.</summary>
    [GeneratedRegex(@"\s+at \S+\(|\b(System|Microsoft|Npgsql|PosVendas|FluentValidation|Mediator)\.[A-Z]\w*")]
    private static partial Regex InternalDetail();

    private static bool IsProblem(HttpResponseMessage response, string body, int status)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        try
        {
            var problem = JsonNode.Parse(body)!.AsObject();
            // The contract's Problem, ValidationProblem (400: errors) and RuleProblem (409: rule).
            return problem["status"]?.GetValue<int>() == status
                && !string.IsNullOrEmpty(problem["title"]?.GetValue<string>())
                && problem["type"]?.GetValue<string>() is { Length: > 0 }
                && problem["traceId"]?.GetValue<string>() is { Length: > 0 }
                && (status != 400 || problem["errors"] is JsonObject { Count: > 0 })
                && (status != 409 || problem["rule"]?.GetValue<string>() is { Length: > 0 })
                && response.Headers.CacheControl?.NoStore == true;
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
                        // An empty segment would address another resource (the collection), not this operation. A NUL
                        // in the path never reaches the application: Kestrel refuses it (ServerRefusalTests), and the
                        // in-memory test server throws on it.
                        path = path.Replace($"{{{name}}}", Hostile.PercentEncode(value.Trim().Length > 0 && !value.Contains('\0') ? value : "x"), StringComparison.Ordinal);
                        break;
                    case "query" when random.Next(2) == 0:
                        query.Add($"{name}={Hostile.PercentEncode(value)}");
                        break;
                    case "header" when random.Next(2) == 0:
                        // Line breaks and NUL cannot travel in a header at all; the rest goes as sent.
                        request.Headers.TryAddWithoutValidation(name, value.Length > 0 && !value.Any(c => c is '\r' or '\n' or '\0') ? value : "x");
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
            var raw = new RawJson();
            var text = random.Next(8) == 0
                ? Pick(random, ["{", "[]", "null", "\"text\"", "{\"a\":", "", "{}"])
                : raw.Substitute(Value(random, json.GetProperty("schema"), schemas, depth: 0, raw)?.ToJsonString() ?? "null");
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static JsonNode? Value(Random random, JsonElement schema, JsonElement schemas, int depth, RawJson raw)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return depth > 3 ? null : Value(random, schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas, depth + 1, raw);
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
                        node[property.Name] = Value(random, property.Value, schemas, depth + 1, raw);
                    }
                }

                return node;
            case "array":
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--)
                {
                    array.Add(Value(random, schema.GetProperty("items"), schemas, depth + 1, raw));
                }

                return array;
            case "integer":
                return random.Next(4) == 0
                    ? raw.Add(Pick(random, Hostile.Numbers))
                    : Pick<JsonNode?>(random, [0, 1, -1, 100, int.MaxValue, random.Next(-1000, 1000)]);
            case "boolean":
                return random.Next(2) == 0;
            case "string" when schema.TryGetProperty("enum", out var values):
                return random.Next(4) == 0 ? "not-in-enum" : values[random.Next(values.GetArrayLength())].GetString();
            default:
                // Half a surrogate pair travels in JSON only as an escape, which no serialiser writes.
                var text = ScalarText(random, schema);
                return Hostile.HasLoneSurrogate(text) ? raw.Add(Pick(random, Hostile.LoneSurrogateStrings)) : text;
        }
    }

    private static string ScalarText(Random random, JsonElement schema)
    {
        var format = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        return random.Next(3) switch
        {
            0 => Pick(random, (format, type) switch
            {
                ("date-time", _) => Hostile.Dates,
                (_, "integer" or "number") => Hostile.Numbers,
                _ => Hostile.Texts,
            }),
            1 when random.Next(2) == 0 => Pick(random, Hostile.Texts),
            _ => (format, type) switch
            {
                ("uuid", _) => Guid.NewGuid().ToString(),
                ("date-time", _) => DateTimeOffset.UtcNow.AddDays(random.Next(-30, 30)).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                (_, "integer") => random.Next(-5, 150).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => Pick(random, ["texto", "Infiltração na sala", "a@example.com", "on_us", "last_activity", "new", "https://203.0.113.7/hook"]),
            },
        };
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, ApiClient like)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = like.Http.DefaultRequestHeaders.Authorization;
        return http;
    }

    /// <summary>Raw JSON tokens no <see cref="JsonNode"/> can hold (overlong numbers, lone surrogate escapes), put in after serialising.</summary>
    private sealed class RawJson
    {
        private readonly List<string> _tokens = [];

        public JsonNode Add(string token)
        {
            _tokens.Add(token);
            return JsonValue.Create($"@@raw{_tokens.Count - 1}@@");
        }

        public string Substitute(string json)
        {
            for (var i = 0; i < _tokens.Count; i++)
            {
                json = json.Replace($"\"@@raw{i}@@\"", _tokens[i], StringComparison.Ordinal);
            }

            return json;
        }
    }
}
