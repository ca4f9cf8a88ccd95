using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PosVendas.Architecture.Tests;

/// <summary>
/// deploy/Dockerfile and deploy/compose.yaml stay in step with the code and the files beside them (docs/deployment.md,
/// "Containers"): every setting compose gives the API is one the API reads, the images are those of the target
/// framework, the restore layer copies every project the API is built from, and the proxy is deploy/haproxy.cfg, sent
/// to the instances' port, on the network the API believes. No Docker engine is needed: the files are read as text.
/// </summary>
public sealed partial class ContainerDeploymentTests
{
    private static readonly string Root = FindRepositoryRoot();

    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(Root, "deploy", "Dockerfile"));

    private static readonly string Compose = File.ReadAllText(Path.Combine(Root, "deploy", "compose.yaml"));

    [Fact]
    public void Every_setting_compose_gives_the_API_is_one_the_API_reads()
    {
        var known = SettingsTheApiReads();
        var given = ComposeSettings().ToList();

        known.Should().Contain(["ConnectionStrings:Postgres", "Attachments:Storage:S3:BucketName", "Notifications:Email:Host", "Auth:SigningKey"]);
        given.Should().Contain("ConnectionStrings:Postgres").And.HaveCountGreaterThan(5);
        given.Where(key => !known.Contains(key)).Should().BeEmpty(
            "each Section__Key of deploy/compose.yaml must name a property of an options class, a connection string or a key of appsettings.json; a misspelt one is silently ignored");
    }

    [Fact]
    public void The_images_are_those_of_the_target_framework()
    {
        var framework = XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("TargetFramework").Single().Value;
        var version = framework["net".Length..];
        using var globalJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "global.json")));

        framework.Should().MatchRegex(@"^net\d+\.\d+$");
        BaseImages().Should().Equal($"mcr.microsoft.com/dotnet/sdk:{version}", $"mcr.microsoft.com/dotnet/aspnet:{version}");
        globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString().Should().StartWith($"{version}.", "the SDK image builds with the SDK global.json asks for");
    }

    [Fact]
    public void The_restore_layer_copies_the_build_files_and_every_project_the_API_is_built_from()
    {
        var restore = Dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal);
        var beforeRestore = Dockerfile[..restore];
        var copiedProjects = CopiedProject().Matches(beforeRestore).Select(match => match.Groups["path"].Value);
        var buildFiles = Directory.GetFiles(Root, "Directory.*.props").Append(Path.Combine(Root, "global.json")).Select(Path.GetFileName);

        restore.Should().BePositive();
        copiedProjects.Should().BeEquivalentTo(ProjectsBehind("src/WebApi/WebApi.csproj"));
        buildFiles.Should().OnlyContain(file => Regex.IsMatch(beforeRestore, $@"^COPY .*\b{Regex.Escape(file!)}\b", RegexOptions.Multiline));
        Dockerfile.Should().MatchRegex($@"ENTRYPOINT \[""dotnet"", ""{Regex.Escape(typeof(Program).Assembly.GetName().Name!)}\.dll""\]");
    }

    [Fact]
    public void The_proxy_is_deploy_haproxy_cfg_and_sends_to_the_API_services_on_the_images_port()
    {
        var haproxyConfig = File.ReadAllText(Path.Combine(Root, "deploy", "haproxy.cfg"));
        var port = Regex.Match(Dockerfile, @"^ENV ASPNETCORE_HTTP_PORTS=(?<port>\d+)$", RegexOptions.Multiline).Groups["port"].Value;
        var serverVariables = ServerVariable().Matches(haproxyConfig).Select(match => match.Groups["name"].Value).ToList();

        port.Should().NotBeEmpty();
        Compose.Should().MatchRegex(@"(?m)^\s+image: haproxy:")
            .And.Contain("- ./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro", "compose runs the proxy the systemd deployment runs");
        serverVariables.Should().HaveCountGreaterThan(1, "haproxy.cfg names each instance with a variable, defaulting to the systemd units' addresses");
        foreach (var variable in serverVariables)
        {
            var address = Regex.Match(Compose, $@"(?m)^\s+{variable}: ""?(?<host>[a-z0-9_-]+):(?<port>\d+)""?$");
            address.Success.Should().BeTrue($"compose sets {variable} for haproxy.cfg");
            Compose.Should().MatchRegex($@"(?m)^  {address.Groups["host"].Value}:\n    <<: \*api$", $"{variable} names a service of the API image with the shared settings");
            address.Groups["port"].Value.Should().Be(port, $"{variable} names the port the image listens on");
        }
    }

    [Fact]
    public void The_API_believes_the_forwarded_headers_of_the_compose_network()
    {
        var believed = Regex.Match(Compose, @"(?m)^\s+ForwardedHeaders__KnownNetworks__0: ""?(?<network>[0-9./]+)""?$").Groups["network"].Value;
        var network = Regex.Match(Compose, @"(?m)^\s+- subnet: ""?(?<network>[0-9./]+)""?$").Groups["network"].Value;

        believed.Should().NotBeEmpty().And.Be(network);
    }

    [Fact]
    public void The_S3_stand_in_is_the_s3rver_the_tests_run_against()
    {
        using var tools = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "tests", "tools", "package.json")));
        var tested = tools.RootElement.GetProperty("dependencies").GetProperty("s3rver").GetString();

        Regex.Match(Compose, @"""s3rver@(?<version>[^""]+)""").Groups["version"].Value.Should().Be(tested);
    }

    /// <summary>The configuration keys of the environment variables named Section__Key, without array indexes.</summary>
    private static IEnumerable<string> ComposeSettings() =>
        EnvironmentSetting().Matches(Compose)
            .Select(match => string.Join(':', match.Groups["name"].Value.Split("__").Where(part => !part.All(char.IsAsciiDigit))))
            .Distinct();

    /// <summary>
    /// Keys the API binds: the properties of every class with a <c>SectionName</c> (its options), each connection
    /// string named by a <c>ConnectionStringName</c>, and the keys of appsettings.json (Serilog, Database).
    /// </summary>
    private static HashSet<string> SettingsTheApiReads()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Assembly[] assemblies = [typeof(Program).Assembly, typeof(PosVendas.Infrastructure.DependencyInjection).Assembly, typeof(PosVendas.Application.DependencyInjection).Assembly];
        foreach (var type in assemblies.SelectMany(assembly => assembly.GetTypes()))
        {
            if (Constant(type, "SectionName") is { } section)
            {
                AddBindableProperties(keys, section, type);
            }

            if (Constant(type, "ConnectionStringName") is { } connectionString)
            {
                keys.Add($"ConnectionStrings:{connectionString}");
            }
        }

        using var appSettings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src", "WebApi", "appsettings.json")));
        AddJsonKeys(keys, "", appSettings.RootElement);
        return keys;
    }

    private static string? Constant(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) is { IsLiteral: true } field && field.FieldType == typeof(string)
            ? (string?)field.GetRawConstantValue()
            : null;

    private static void AddBindableProperties(HashSet<string> keys, string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0))
        {
            var key = $"{prefix}:{property.Name}";
            var element = ElementType(property.PropertyType);
            var valueType = element ?? property.PropertyType;
            if (IsValue(valueType))
            {
                if (property.SetMethod is { IsPublic: true } || element is not null)
                {
                    keys.Add(key);
                }
            }
            else if (valueType.Namespace?.StartsWith("PosVendas.", StringComparison.Ordinal) == true)
            {
                AddBindableProperties(keys, key, valueType);
            }
        }
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static bool IsValue(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(Uri);
    }

    private static void AddJsonKeys(HashSet<string> keys, string prefix, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            keys.Add(prefix);
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            AddJsonKeys(keys, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}", property.Value);
        }
    }

    /// <summary>Each project the API's project references, itself included, relative to the root with '/'.</summary>
    private static IEnumerable<string> ProjectsBehind(string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(Path.Combine(Root, next))!;
            foreach (var reference in XDocument.Load(Path.Combine(Root, next)).Descendants("ProjectReference"))
            {
                var path = Path.GetFullPath(Path.Combine(folder, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(Root, path).Replace('\\', '/'));
            }
        }

        return found;
    }

    private static IEnumerable<string> BaseImages() =>
        Regex.Matches(Dockerfile, @"^FROM (?<image>\S+)", RegexOptions.Multiline).Select(match => match.Groups["image"].Value);

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PosVendas.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("PosVendas.sln not found above the test output.");
    }

    /// <summary>An environment variable of the form Section__Key, as a map entry ("Name: value") or a list item ("- Name=value").</summary>
    [GeneratedRegex(@"^\s*(?:- )?(?<name>[A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+)\s*[:=]", RegexOptions.Multiline)]
    private static partial Regex EnvironmentSetting();

    [GeneratedRegex(@"^COPY (?<path>src/\S+\.csproj) ", RegexOptions.Multiline)]
    private static partial Regex CopiedProject();

    /// <summary>A server of haproxy.cfg whose address comes from an environment variable: server api1 "${API1_ADDR-…}".</summary>
    [GeneratedRegex(@"^\s*server \S+ ""\$\{(?<name>[A-Z0-9_]+)-[^}]*\}""", RegexOptions.Multiline)]
    private static partial Regex ServerVariable();
}
