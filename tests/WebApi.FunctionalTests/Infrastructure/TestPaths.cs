namespace PosVendas.WebApi.FunctionalTests.Infrastructure;

internal static class TestPaths
{
    /// <summary>The checkout the tests run from: the folder above the test output that holds PosVendas.sln.</summary>
    public static string RepositoryRoot { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PosVendas.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("PosVendas.sln not found above the test output.");
    }
}
