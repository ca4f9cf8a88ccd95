using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using PosVendas.Application.Attachments;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Idempotency;
using PosVendas.Application.Data;
using PosVendas.Application.Notifications;
using PosVendas.Application.Tenancy;
using PosVendas.Application.Tickets;
using PosVendas.Application.Workflow;
using PosVendas.Infrastructure.Attachments;
using PosVendas.Infrastructure.Idempotency;
using PosVendas.Infrastructure.Notifications;
using PosVendas.Infrastructure.Persistence;
using PosVendas.Infrastructure.SharedState;
using PosVendas.Infrastructure.Tenancy;
using PosVendas.Infrastructure.Tickets;
using PosVendas.Infrastructure.Workflow;

namespace PosVendas.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Postgres";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        // One data source, one connection pool: EF Core's contexts and the reads that skip EF Core
        // (PostgresTicketListReader) take their connections from it. It is made when first needed, so hosts and test
        // hosts can supply the connection string late.
        services.AddSingleton(_ =>
        {
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"Connection string '{ConnectionStringName}' is missing: set ConnectionStrings__{ConnectionStringName}.");
            }

            return AppDbContextOptions.CreateDataSource(connectionString);
        });

        // Contexts come from a pool: a request reuses one instead of building EF's services for a new context each
        // time. Each scope leases a context for its caller, which scopes every query (AppDbContextLease).
        services.AddPooledDbContextFactory<AppDbContext>(
            (provider, options) => AppDbContextOptions.Configure(options, provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddScoped<AppDbContextLease>();
        services.AddScoped(sp => sp.GetRequiredService<AppDbContextLease>().Context);
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContextLease>().Context);
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<AppDbContextLease>().Context);
        services.AddScoped<ITicketNumberAllocator, TicketNumberAllocator>();
        services.AddScoped<ITicketLocks, TicketLocks>();
        services.AddScoped<ICallerResolver, CallerResolver>();
        services.AddScoped<ITicketSearch, PostgresTicketSearch>();
        services.AddScoped<IStaffTicketReader, StaffTicketReader>();
        services.AddScoped<IStatusFlows, StatusFlows>();
        services.AddScoped<INotificationReads, NotificationReads>();
        services.AddScoped<ITicketCommandReads, TicketCommandReads>();
        services.AddSingleton<ITicketListReader, PostgresTicketListReader>();
        services.AddSingleton<ITicketDetailReader, PostgresTicketDetailReader>();
        services.AddScoped<IIdempotencyStore, PostgresIdempotencyStore>();
        services.AddHybridCache();
        services.AddRedisIfConfigured(configuration);
        services.AddBlobStore();
        services.AddSingleton<SingleInstanceLock>();
        services.AddSingleton<ExpiredUploadSweeper>();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();
        services.AddSingleton<IEmailSender>(sp => new MailKitEmailSender(sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Email));
        services.AddSingleton<IWebhookUrlPolicy>(sp => new WebhookUrlPolicy(sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Webhooks));
        services.AddSingleton<IWebhookSender>(sp =>
        {
            var webhooks = sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Webhooks;
            var http = new HttpClient(WebhookUrlPolicy.Handler(webhooks)) { Timeout = webhooks.Timeout };
            return new HttpWebhookSender(http, sp.GetRequiredService<TimeProvider>());
        });
        services.AddOptions<TicketJobOptions>()
            .BindConfiguration(TicketJobOptions.SectionName)
            .Validate(options => options.AutoCloseInterval > TimeSpan.Zero, "Tickets:AutoCloseInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<UnconfirmedTicketsCloser>();
        services.AddHostedService(sp => sp.GetRequiredService<UnconfirmedTicketsCloser>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<ExpiredUploadSweeper>());
        services.AddSingleton<TimeProvider>(new MicrosecondClock());
        return services;
    }

    private static void AddBlobStore(this IServiceCollection services)
    {
        // Checked at startup: the store is made at the first upload, which would otherwise be the first to fail.
        services.AddOptions<BlobStorageOptions>()
            .BindConfiguration(BlobStorageOptions.SectionName)
            .Validate(
                options => options.IsUsable,
                "Attachments:Storage:Provider must be FileSystem (with Attachments:Storage:FileSystem:Root) or S3 (with Attachments:Storage:S3:BucketName).")
            .Validate<IOptions<DeploymentOptions>>(
                (options, deployment) => options.IsSharedBy(deployment.Value.Instances),
                "Deployment:Instances is above 1, and uploads would stay on the disk of the instance that received them: use " +
                "Attachments:Storage:Provider S3, or a FileSystem root every instance mounts, declared with Attachments:Storage:FileSystem:Shared=true.")
            .ValidateOnStart();
        services.AddOptions<DeploymentOptions>()
            .BindConfiguration(DeploymentOptions.SectionName)
            .Validate(deployment => deployment.Instances >= 1, "Deployment:Instances must be 1 or more.")
            .ValidateOnStart();
        services.AddSingleton<IBlobStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value;
            return options.UsesS3 ? S3BlobStore.Create(options.S3) : new FileSystemBlobStore(options.FileSystem.Root);
        });
    }
}
