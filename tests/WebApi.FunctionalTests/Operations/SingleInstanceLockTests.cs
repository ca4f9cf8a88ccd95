using Npgsql;
using PosVendas.Infrastructure.Persistence;
using PosVendas.WebApi.FunctionalTests.Infrastructure;

namespace PosVendas.WebApi.FunctionalTests.Operations;

/// <summary>
/// The lock `migrate` waits on: held until its holder lets it go, even while the holder's data source serves other
/// connections (a pooled connection's reset would release a lock left on it).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SingleInstanceLockTests(PosVendasApiFactory api)
{
    [Fact]
    public async Task A_second_instance_waits_until_the_first_releases_the_lock()
    {
        var database = await api.CreateEmptyDatabaseAsync();
        await using var first = NpgsqlDataSource.Create(database);
        await using var second = NpgsqlDataSource.Create(database);

        var held = await new SingleInstanceLock(first).AcquireAsync(SingleInstanceJob.Migrate, CancellationToken.None);
        await using (var other = await first.OpenConnectionAsync())
        {
            await using var command = new NpgsqlCommand("SELECT 1", other);
            await command.ExecuteScalarAsync(); // the holder's own work on its data source, as the migration's
        }

        var waiting = new SingleInstanceLock(second).AcquireAsync(SingleInstanceJob.Migrate, CancellationToken.None);
        var early = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromSeconds(1)));

        early.Should().NotBeSameAs(waiting, "the first instance still holds the lock");
        await held.DisposeAsync();
        var acquired = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        acquired.Should().NotBeNull();
        await acquired.DisposeAsync();
    }
}
