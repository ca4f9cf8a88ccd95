using System.Reflection;
using NetArchTest.Rules;

namespace PosVendas.Architecture.Tests;

/// <summary>References point inward only: Domain ← Application ← Infrastructure ← WebApi.</summary>
public sealed class LayerTests
{
    private const string DomainNamespace = "PosVendas.Domain";
    private const string ApplicationNamespace = "PosVendas.Application";
    private const string InfrastructureNamespace = "PosVendas.Infrastructure";
    private const string WebApiNamespace = "PosVendas.WebApi";

    private static readonly Assembly Domain = typeof(PosVendas.Domain.Tickets.Ticket).Assembly;
    private static readonly Assembly Application = typeof(PosVendas.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(PosVendas.Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void Domain_depends_on_no_other_layer_and_no_framework()
    {
        var result = Types.InAssembly(Domain)
            .ShouldNot()
            .HaveDependencyOnAny(
                ApplicationNamespace,
                InfrastructureNamespace,
                WebApiNamespace,
                "Microsoft.EntityFrameworkCore",
                "Microsoft.AspNetCore",
                "Npgsql",
                "Mediator",
                "FluentValidation")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Fact]
    public void Domain_assembly_references_none_of_our_assemblies()
    {
        Domain.GetReferencedAssemblies().Select(reference => reference.Name)
            .Should().NotContain(name => name!.StartsWith("PosVendas.", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_depends_on_neither_infrastructure_nor_web()
    {
        var result = Types.InAssembly(Application)
            .ShouldNot()
            .HaveDependencyOnAny(InfrastructureNamespace, WebApiNamespace, "Npgsql", "Microsoft.AspNetCore")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
        Application.GetReferencedAssemblies().Select(reference => reference.Name)
            .Where(name => name!.StartsWith("PosVendas.", StringComparison.Ordinal))
            .Should().BeEquivalentTo([Domain.GetName().Name]);
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_the_web_layer()
    {
        var result = Types.InAssembly(Infrastructure)
            .ShouldNot()
            .HaveDependencyOnAny(WebApiNamespace, "Microsoft.AspNetCore")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Fact]
    public void Use_case_handlers_are_internal_and_sealed()
    {
        var handlers = Types.InAssembly(Application)
            .That()
            .HaveNameEndingWith("Handler", StringComparison.Ordinal)
            .And()
            .AreClasses()
            .GetTypes()
            .ToList();

        handlers.Should().NotBeEmpty();
        handlers.Should().OnlyContain(type => type.IsNotPublic && type.IsSealed);
    }

    [Fact]
    public void Use_case_files_keep_their_messages_and_handlers_in_the_module_namespace()
    {
        // Commands, queries, and the requests that are neither (uploads, which hold no transaction).
        var messageTypes = Application.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .Where(type => typeof(Mediator.IBaseCommand).IsAssignableFrom(type)
                || typeof(Mediator.IBaseQuery).IsAssignableFrom(type)
                || typeof(Mediator.IBaseRequest).IsAssignableFrom(type))
            .ToList();

        messageTypes.Should().NotBeEmpty();
        foreach (var message in messageTypes)
        {
            var suffix = new[] { "Command", "Query", "Request" }.Single(s => message.Name.EndsWith(s, StringComparison.Ordinal));
            var handlerName = message.Name[..^suffix.Length] + "Handler";
            Application.GetType($"{message.Namespace}.{handlerName}").Should().NotBeNull($"{message.FullName} has its handler beside it");
        }
    }

    [Fact]
    public void Domain_entities_have_no_public_setters()
    {
        var publicSetters = Domain.GetTypes()
            .Where(type => type.Namespace?.StartsWith(DomainNamespace, StringComparison.Ordinal) == true && type.IsClass)
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(property => property.SetMethod?.IsPublic == true && !IsInitOnly(property))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}");

        publicSetters.Should().BeEmpty();
    }

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(modifier => modifier.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Offenders(TestResult result) =>
        "these types break the rule: " + string.Join(", ", result.FailingTypeNames ?? []);
}
