using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PosVendas.Application.Attachments;
using PosVendas.Application.Notifications;
using PosVendas.Application.Workflow;

namespace PosVendas.Application;

public static class DependencyInjection
{
    /// <summary>Registers the validators. Mediator itself is wired by the host, which runs its source generator.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<AttachmentClaimer>();
        services.AddScoped<StatusFlows>();
        services.AddScoped<NotificationOutbox>();
        return services;
    }
}
