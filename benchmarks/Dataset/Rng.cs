namespace PosVendas.Benchmarks.Dataset;

/// <summary>
/// SplitMix64: tiny, fast and the same on every runtime, so a seed always gives the same data. A stream is derived
/// from (seed, entity, index), which lets two passes over the tickets regenerate the same conversation.
/// </summary>
internal struct Rng
{
    private ulong _state;

    public Rng(ulong seed, ulong stream = 0, ulong index = 0)
    {
        _state = Mix(seed ^ Mix(stream + 0x9E3779B97F4A7C15UL) ^ Mix(index + 0xD1B54A32D192ED03UL));
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A value in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)(NextULong() % (ulong)maxExclusive);

    /// <summary>A value in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
