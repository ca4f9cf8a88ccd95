using System.Globalization;

namespace PosVendas.Benchmarks.Dataset;

/// <summary>"--name value" options after the subcommand; every option is named, none is positional.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    public static Arguments Parse(IEnumerable<string> args)
    {
        var parsed = new Arguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current;
            if (!name.StartsWith("--", StringComparison.Ordinal) || !e.MoveNext())
            {
                throw new ArgumentException($"Expected '--option value', got '{name}'.");
            }

            parsed._values[name[2..]] = e.Current;
        }

        return parsed;
    }

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public double Double(string name, double fallback) =>
        _values.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>--connection, else the API's own variable, so both tools read the same setting.</summary>
    public string ConnectionString() =>
        Optional("connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? throw new ArgumentException("--connection (or ConnectionStrings__Postgres) is required.");
}
