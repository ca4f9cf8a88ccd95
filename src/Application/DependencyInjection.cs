using System.Text.Json;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Application.Attachments;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Idempotency;
using PosVendas.Application.Common.Security;
using PosVendas.Application.Localization;
using PosVendas.Application.Locations;
using PosVendas.Application.Notifications;
using PosVendas.Application.Tickets;
using PosVendas.Application.Warranty;
using PosVendas.Application.Workflow;

namespace PosVendas.Application;

public static class DependencyInjection
{
    /// <summary>Registers the validators. Mediator itself is wired by the host, which runs its source generator.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Messages name a field as the caller reads it, in their language, never by its C# name (Texts.FieldNames).
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null
            ? null
            : Texts.FieldNames.TryGetValue(member.Name, out var name) ? name.Get() : JsonNamingPolicy.CamelCase.ConvertName(member.Name);

        // Validators hold no per-request state; made once, their rules are compiled once instead of on every request.
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<RequestIdempotencyKey>();
        services.AddScoped<JobCaller>();
        services.AddScoped<IdempotencyKeys>();
        services.AddScoped<AttachmentClaimer>();
        services.AddScoped<CallerPlaces>();
        services.AddScoped<WarrantyCoverages>();
        services.AddScoped<TicketLocations>();
        services.AddScoped<PosVendas.Application.Locations.ImportUnits.UnitImporter>();
        services.AddScoped<IStatusUsage, TicketStatusUsage>();
        services.AddScoped<IStrandedTickets, StrandedTickets>();
        services.AddScoped<NotificationOutbox>();
        services.AddScoped<IDomainEventHandler>(sp => sp.GetRequiredService<NotificationOutbox>());
        return services;
    }
}
