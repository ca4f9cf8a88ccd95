using System.CommandLine;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PosVendas.Application.Tenancy.ListTenants;
using PosVendas.Application.Tenancy.ProvisionTenant;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tenancy;
using PosVendas.Infrastructure;
using PosVendas.Infrastructure.Persistence;

namespace PosVendas.WebApi.Cli;

/// <summary>
/// Operator commands run with the API's own configuration: <c>migrate</c>, <c>tenant add</c> and <c>tenant list</c>.
/// Without one of these as its first argument the program starts the web server.
/// </summary>
internal static class CommandLine
{
    /// <summary>Exit code of <c>tenant add</c> when the slug exists: scripts can tell "already there" from a failure.</summary>
    public const int AlreadyExists = 3;

    private static readonly string[] Commands = ["migrate", "tenant"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var root = new RootCommand("PosVendas operator commands. Without arguments the program runs the API.")
        {
            MigrateCommand(services),
            TenantCommand(services),
        };
        return root.Parse(args).InvokeAsync();
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(DependencyInjection.ConnectionStringName)
            ?? throw new InvalidOperationException($"Connection string '{DependencyInjection.ConnectionStringName}' is missing: set ConnectionStrings__{DependencyInjection.ConnectionStringName}.");

        // A data source of its own, with the migration's budget (AppDbContextOptions.ForMigration): no statement time
        // limit, since a migration may rebuild an index of a large table (FoldPortuguesePlurals rebuilds the search
        // indexes: about 75 s on the benchmark's 1.3 million tickets and 5.2 million comments, on 2 CPUs) or wait for the
        // locks of requests in flight, and time to connect to a server that has just started. The operator stops it
        // with Ctrl+C, which cancels the running statement.
        await using var dataSource = NpgsqlDataSource.Create(AppDbContextOptions.ForMigration(connectionString));

        // Run from several places at once (each instance's MigrateOnStartup, a deployment job), one migrates and the
        // others wait, then find nothing left to do (ADR 0018).
        await using var migrating = await new SingleInstanceLock(dataSource).AcquireAsync(SingleInstanceJob.Migrate, cancellationToken);
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDbContextOptions.Configure(options, dataSource);
        await using var db = new AppDbContext(options.Options);
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static Command MigrateCommand(IServiceProvider services)
    {
        var command = new Command("migrate", "Apply the database migrations and exit.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await MigrateAsync(services, cancellationToken);
            Console.WriteLine("Database is up to date.");
            return 0;
        });
        return command;
    }

    private static Command TenantCommand(IServiceProvider services)
    {
        var slug = new Argument<string>("slug") { Description = "The tenant's identifier in access tokens (lowercase letters, digits, hyphens)." };
        var name = new Option<string>("--name") { Description = "The incorporadora's name.", Required = true };
        var locale = new Option<string>("--locale")
        {
            Description = "Default language: pt-BR, en or es.",
            DefaultValueFactory = _ => Locales.PortugueseBrazil,
        };

        var timeZone = new Option<string>("--time-zone")
        {
            Description = "IANA time zone dates are shown in.",
            DefaultValueFactory = _ => Tenant.DefaultTimeZone,
        };
        var emailFrom = new Option<string?>("--email-from") { Description = "The address e-mails come from (default: the deployment's)." };
        var supportEmail = new Option<string?>("--support-email") { Description = "Where alerts of departments without an address go." };
        var portalTicketUrl = new Option<string?>("--portal-ticket-url") { Description = "The portal's address of a ticket, with {number}." };
        var demoOwner = new Option<string?>("--demo-places-for")
        {
            Description = "For a demo: also register a development, tower, unit and pool, the unit owned by this e-mail.",
        };

        var warrantyTemplate = new Option<bool>("--warranty-template")
        {
            Description = "Also copy the reference warranty terms into a catalog marked for review (a draft to check against the builder's manual).",
        };

        var add = new Command("add", "Create a tenant with the default catalog (service types, subjects, departments) and statuses.")
        {
            slug,
            name,
            locale,
            timeZone,
            emailFrom,
            supportEmail,
            portalTicketUrl,
            demoOwner,
            warrantyTemplate,
        };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var command = new ProvisionTenantCommand(
                parseResult.GetValue(slug)!,
                parseResult.GetValue(name)!,
                parseResult.GetValue(locale)!,
                parseResult.GetValue(timeZone)!,
                parseResult.GetValue(emailFrom),
                parseResult.GetValue(supportEmail),
                parseResult.GetValue(portalTicketUrl),
                parseResult.GetValue(demoOwner),
                parseResult.GetValue(warrantyTemplate));
            await using var scope = services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            try
            {
                var tenant = await mediator.Send(command, cancellationToken);
                Console.WriteLine($"Created tenant '{tenant.Slug}' ({tenant.Name}, {tenant.DefaultLocale}) with id {tenant.Id}.");
                return 0;
            }
            catch (ValidationException invalid)
            {
                foreach (var error in invalid.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.PropertyName}: {error.ErrorMessage}");
                }

                return 2;
            }
            catch (BusinessRuleValidationException broken)
            {
                await Console.Error.WriteLineAsync(broken.Message);
                return AlreadyExists;
            }
        });

        var list = new Command("list", "List the tenants: slug, default language, name.");
        list.SetAction(async (_, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            var tenants = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTenantsQuery(), cancellationToken);
            foreach (var tenant in tenants)
            {
                Console.WriteLine($"{tenant.Slug}\t{tenant.DefaultLocale}\t{tenant.Name}");
            }

            return 0;
        });

        return new Command("tenant", "Manage tenants (incorporadoras).") { add, list };
    }
}
