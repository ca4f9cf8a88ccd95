using Npgsql;
using PosVendas.Benchmarks.Dataset;

const string Usage = """
    PosVendas benchmark dataset (benchmark tooling, not part of the product)

      generate --connection <cs> [--scale 1.0] [--seed 42] [--webapi <path to PosVendas.WebApi.dll>]
          Fills an already migrated database: 200 tenants (provisioned with the product's 'tenant add'),
          200,000 customers, 1,000,000 tickets and 5,000,000 comments at scale 1.0. Does nothing when the same
          scale and seed are already loaded.

      tokens --connection <cs> --issuer <iss> --audience <aud> --signing-key <key> --out <dir>
             [--customers 200] [--seed 42] [--hours 24]
          Picks customers of the loaded dataset, mints their HS256 tokens and writes the wrk request files.

      admin-token --issuer <iss> --audience <aud> --signing-key <key> --tenant <slug> [--hours 24]
          Prints an HS256 token of an admin of the tenant (for the registry's import benchmark).

    --connection defaults to the ConnectionStrings__Postgres environment variable.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var options = Arguments.Parse(args.Skip(1));
    if (args[0] == "admin-token")
    {
        var tenant = options.Required("tenant");
        Console.WriteLine(Tokens.Mint(
            options.Required("issuer"),
            options.Required("audience"),
            options.Required("signing-key"),
            TimeSpan.FromHours(options.Double("hours", 24)),
            new Dictionary<string, object> { ["sub"] = $"bench-admin-{tenant}", ["email"] = $"admin@{tenant}.example", ["name"] = "Benchmark admin", ["tenant"] = tenant, ["role"] = "admin" }));
        return 0;
    }

    var connectionString = options.ConnectionString();
    var seed = (ulong)options.Int("seed", 42);
    await using var db = NpgsqlDataSource.Create(connectionString);
    switch (args[0])
    {
        case "generate":
            var scale = options.Double("scale", 1.0);
            if (scale is <= 0 or > 10)
            {
                throw new ArgumentException("--scale must be above 0 and at most 10.");
            }

            var generator = new Generator(db, connectionString, DatasetShape.For(scale, seed), scale, seed, options.Optional("webapi"));
            return await generator.RunAsync(cancellation.Token);

        case "tokens":
            var tokens = new Tokens(
                db,
                options.Required("issuer"),
                options.Required("audience"),
                options.Required("signing-key"),
                TimeSpan.FromHours(options.Double("hours", 24)),
                seed);
            return await tokens.RunAsync(options.Required("out"), options.Int("customers", 200), cancellation.Token);

        default:
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.{Environment.NewLine}{Usage}");
            return 2;
    }
}
catch (ArgumentException invalid)
{
    await Console.Error.WriteLineAsync(invalid.Message);
    return 2;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}
