using System.Diagnostics;

namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

internal static class Poll
{
    /// <summary>Checks <paramref name="condition"/> every few milliseconds until it holds; fails after 30 seconds.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            deadline.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the awaited state arrives within seconds");
            await Task.Delay(2);
        }
    }
}
