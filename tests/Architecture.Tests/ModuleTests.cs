using System.Reflection;
using NetArchTest.Rules;

namespace PosVendas.Architecture.Tests;

/// <summary>
/// Modules are folders and namespaces in each layer. The shared code (Common) knows no module, and the configuration
/// modules (Catalog, Workflow, Tenancy) know nothing of tickets: tickets depend on them, never the other way round.
/// </summary>
public sealed class ModuleTests
{
    private static readonly string[] Modules = ["Tickets", "Catalog", "Workflow", "Attachments", "Notifications", "Tenancy"];

    private static readonly Assembly[] Layers =
    [
        typeof(PosVendas.Domain.Tickets.Ticket).Assembly,
        typeof(PosVendas.Application.DependencyInjection).Assembly,
        typeof(PosVendas.Infrastructure.DependencyInjection).Assembly,
    ];

    [Fact]
    public void Common_code_references_no_module()
    {
        var result = Types.InAssemblies(Layers)
            .That()
            .ResideInNamespaceStartingWith("PosVendas.Domain.Common")
            .Or()
            .ResideInNamespaceStartingWith("PosVendas.Application.Common")
            .ShouldNot()
            .HaveDependencyOnAny([.. Modules.SelectMany(NamespacesOf)])
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Theory]
    [InlineData("Catalog")]
    [InlineData("Workflow")]
    [InlineData("Tenancy")]
    public void A_configuration_module_does_not_reference_tickets(string module)
    {
        var types = Types.InAssemblies(Layers).GetTypes()
            .Where(type => NamespacesOf(module).Any(ns => type.Namespace?.StartsWith(ns, StringComparison.Ordinal) == true))
            .ToList();
        var result = Types.InAssemblies(Layers)
            .That()
            .ResideInNamespaceStartingWith($"PosVendas.Domain.{module}")
            .Or()
            .ResideInNamespaceStartingWith($"PosVendas.Application.{module}")
            .Or()
            .ResideInNamespaceStartingWith($"PosVendas.Infrastructure.{module}")
            .Or()
            .ResideInNamespaceStartingWith($"PosVendas.Infrastructure.Persistence.Configurations.{module}")
            .ShouldNot()
            .HaveDependencyOnAny([.. NamespacesOf("Tickets")])
            .GetResult();

        types.Should().NotBeEmpty();
        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    [Fact]
    public void Use_cases_reach_the_database_only_through_their_abstractions()
    {
        // No downcast to EF Core's context, no DatabaseFacade, and no unit of work: the transaction behaviour owns it.
        var result = Types.InAssembly(Layers[1])
            .That()
            .DoNotHaveName("TransactionBehavior`2")
            .And()
            .DoNotResideInNamespace("PosVendas.Application.Common.Abstractions")
            .ShouldNot()
            .HaveDependencyOnAny(
                "Microsoft.EntityFrameworkCore.DbContext",
                "Microsoft.EntityFrameworkCore.Infrastructure",
                "Microsoft.EntityFrameworkCore.Storage",
                "PosVendas.Application.Common.Abstractions.IUnitOfWork")
            .GetResult();

        result.IsSuccessful.Should().BeTrue(Offenders(result));
    }

    private static IEnumerable<string> NamespacesOf(string module) =>
    [
        $"PosVendas.Domain.{module}",
        $"PosVendas.Application.{module}",
        $"PosVendas.Infrastructure.{module}",
        $"PosVendas.Infrastructure.Persistence.Configurations.{module}",
    ];

    private static string Offenders(TestResult result) =>
        "these types break the rule: " + string.Join(", ", result.FailingTypeNames ?? []);
}
