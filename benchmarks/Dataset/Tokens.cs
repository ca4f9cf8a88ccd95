using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace PosVendas.Benchmarks.Dataset;

/// <summary>
/// Picks the benchmark's customers from a loaded dataset, mints their tokens and writes one request file per
/// scenario and target, which benchmarks/wrk/requests.lua rotates through. A line is
/// <c>METHOD \t PATH \t BODY-or-"-" \t Header: value \t ...</c>. The API is called with the customer's token (the
/// <c>sub</c> claim is the customer's <c>subject</c>, which is how the API finds the customer row); the raw baseline
/// with the tenant id, customer id and language the API would resolve from that token.
/// </summary>
internal sealed class Tokens(NpgsqlDataSource db, string issuer, string audience, string signingKey, TimeSpan lifetime, ulong seed)
{
    /// <summary>
    /// Reply targets per customer. Two replies to one ticket at the same moment make the second a 409 (the ticket's
    /// xmin changed), so the reply file needs many more lines than connections: a line comes round again only long
    /// after its previous request finished.
    /// </summary>
    private const int ReplyTicketsPerCustomer = 3;

    private static readonly string[] SupportedLocales = ["pt-BR", "en", "es"];

    public async Task<int> RunAsync(string outDirectory, int count, CancellationToken cancellationToken)
    {
        Guid deepCustomer;
        await using (var command = db.CreateCommand("SELECT deep_customer_id FROM benchmark.datasets"))
        {
            deepCustomer = (Guid)(await command.ExecuteScalarAsync(cancellationToken)
                ?? throw new InvalidOperationException("No dataset is loaded: run 'generate' first."));
        }

        var customers = await PickAsync(deepCustomer, count, cancellationToken);
        var deep = (await ReadCustomersAsync("WHERE c.id = @deep", deepCustomer, 1, cancellationToken)).Single();
        Directory.CreateDirectory(outDirectory);

        var rng = new Rng(seed, 99);
        var text = new StringBuilder();
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var customer in customers)
        {
            var token = Token(customer);
            Add(files, "list", customer, token, "GET", "/api/v1/tickets", "/raw/tickets", null);
            Add(files, "detail", customer, token, "GET", $"/api/v1/tickets/{customer.DetailNumber}", $"/raw/tickets/{customer.DetailNumber}", null);
            var description = $"[benchmark] {Vocabulary.Description(ref rng, text)}";
            Add(files, "create", customer, token, "POST", "/api/v1/tickets", "/raw/tickets", Json(new { subjectId = customer.SubjectId, description }));
            foreach (var reply in customer.ReplyNumbers)
            {
                var body = $"[benchmark] {Vocabulary.Comment(ref rng, byStaff: false, text)}";
                Add(files, "reply", customer, token, "POST", $"/api/v1/tickets/{reply}/comments", $"/raw/tickets/{reply}/comments", Json(new { body }));
            }
        }

        var deepToken = Token(deep);
        Add(files, "deep-first", deep, deepToken, "GET", "/api/v1/tickets", "/raw/tickets", null);
        foreach (var (name, lines) in files)
        {
            await File.WriteAllLinesAsync(Path.Combine(outDirectory, name), lines, cancellationToken);
        }

        await File.WriteAllTextAsync(
            Path.Combine(outDirectory, "deep.env"),
            $"""
            DEEP_TOKEN='{deepToken}'
            DEEP_TENANT_ID='{deep.TenantId}'
            DEEP_CUSTOMER_ID='{deep.Id}'
            DEEP_LOCALE='{deep.EffectiveLocale}'
            DEEP_TICKETS='{deep.Tickets}'

            """,
            cancellationToken);
        Console.WriteLine(
            $"Wrote request files for {customers.Count} customers ({files.GetValueOrDefault("reply.api")?.Count ?? 0} tickets open for replies) and the deep customer "
            + $"({deep.Tickets} tickets) to {outDirectory}.");
        return 0;
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    /// <summary>One line per target: "&lt;scenario&gt;.api" with the token, "&lt;scenario&gt;.raw" with the resolved ids.</summary>
    private static void Add(Dictionary<string, List<string>> files, string scenario, CustomerRow customer, string token, string method, string apiPath, string rawPath, string? body)
    {
        var content = body is null ? "" : "\tContent-Type: application/json";
        List(files, $"{scenario}.api").Add($"{method}\t{apiPath}\t{body ?? "-"}\tAuthorization: Bearer {token}{content}");
        List(files, $"{scenario}.raw").Add(
            $"{method}\t{rawPath}\t{body ?? "-"}\tX-Tenant-Id: {customer.TenantId}\tX-Customer-Id: {customer.Id}\tX-Locale: {customer.EffectiveLocale}{content}");

        static List<string> List(Dictionary<string, List<string>> files, string name)
        {
            if (!files.TryGetValue(name, out var lines))
            {
                files[name] = lines = [];
            }

            return lines;
        }
    }

    private string Token(CustomerRow customer)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = customer.Subject,
            ["email"] = customer.Email,
            ["name"] = customer.Name,
            ["tenant"] = customer.TenantSlug,
            ["role"] = "customer",
        };
        if (customer.Locale is { } locale)
        {
            claims["locale"] = locale;
        }

        return Mint(issuer, audience, signingKey, lifetime, claims);
    }

    /// <summary>Plays the tenant's identity provider: an HS256 token as the API's JWT bearer handler expects it.</summary>
    public static string Mint(string issuer, string audience, string signingKey, TimeSpan lifetime, Dictionary<string, object> claims)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now.AddMinutes(-5),
            NotBefore = now.AddMinutes(-5),
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Customers with tickets, other than the deep one, in an order fixed by the seed.</summary>
    private Task<List<CustomerRow>> PickAsync(Guid deepCustomer, int count, CancellationToken cancellationToken) =>
        ReadCustomersAsync(
            """
            WHERE c.id <> @deep AND t.slug LIKE 'bench-%'
              AND EXISTS (SELECT 1 FROM tickets.tickets x WHERE x.tenant_id = c.tenant_id AND x.customer_id = c.id)
            ORDER BY md5(c.id::text || @seed)
            """,
            deepCustomer,
            count,
            cancellationToken);

    private async Task<List<CustomerRow>> ReadCustomersAsync(string filter, Guid deepCustomer, int count, CancellationToken cancellationToken)
    {
        // The detail ticket is the customer's newest; the reply tickets the newest others still taking replies (not
        // closed), so replies never pile up on the tickets the detail scenario reads.
        await using var command = db.CreateCommand(
            $"""
            WITH picked AS (
                SELECT c.id, c.tenant_id, c.subject, c.email, c.name, c.locale, t.slug, t.default_locale
                FROM tenancy.customers c JOIN tenancy.tenants t ON t.id = c.tenant_id
                {filter}
                LIMIT @count)
            SELECT p.id, p.tenant_id, p.subject, p.email, p.name, p.locale, p.slug, p.default_locale,
                   d.number, r.numbers, s.id,
                   (SELECT count(*) FROM tickets.tickets x WHERE x.tenant_id = p.tenant_id AND x.customer_id = p.id)
            FROM picked p
            JOIN LATERAL (
                SELECT x.number FROM tickets.tickets x
                WHERE x.tenant_id = p.tenant_id AND x.customer_id = p.id
                ORDER BY x.number DESC LIMIT 1) d ON true
            LEFT JOIN LATERAL (
                SELECT array_agg(y.number) AS numbers FROM (
                    SELECT x.number FROM tickets.tickets x JOIN workflow.ticket_statuses st ON st.id = x.status_id
                    WHERE x.tenant_id = p.tenant_id AND x.customer_id = p.id AND st.category <> 'Closed' AND x.number <> d.number
                    ORDER BY x.number DESC LIMIT @replyTickets) y) r ON true
            JOIN LATERAL (
                SELECT s.id FROM catalog.subjects s JOIN catalog.service_types st ON st.id = s.service_type_id
                WHERE s.tenant_id = p.tenant_id AND s.is_active AND st.is_active
                ORDER BY md5(s.id::text || p.id::text) LIMIT 1) s ON true
            ORDER BY md5(p.id::text || @seed)
            """);
        command.Parameters.AddWithValue("deep", deepCustomer);
        command.Parameters.AddWithValue("seed", seed.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("count", count);
        command.Parameters.AddWithValue("replyTickets", ReplyTicketsPerCustomer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<CustomerRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var locale = reader.IsDBNull(5) ? null : reader.GetString(5);
            rows.Add(new CustomerRow(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                locale,
                reader.GetString(6),
                SupportedLocales.Contains(locale) ? locale! : reader.GetString(7),
                reader.GetInt32(8),
                reader.IsDBNull(9) ? [] : reader.GetFieldValue<int[]>(9),
                reader.GetGuid(10),
                reader.GetInt64(11)));
        }

        return rows;
    }

    private sealed record CustomerRow(
        Guid Id,
        Guid TenantId,
        string Subject,
        string Email,
        string Name,
        string? Locale,
        string TenantSlug,
        string EffectiveLocale,
        int DetailNumber,
        int[] ReplyNumbers,
        Guid SubjectId,
        long Tickets);
}
