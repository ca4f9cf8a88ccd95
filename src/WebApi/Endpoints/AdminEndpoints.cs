using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PosVendas.Application.Catalog.CreateDepartment;
using PosVendas.Application.Catalog.CreateServiceType;
using PosVendas.Application.Catalog.CreateSubject;
using PosVendas.Application.Catalog.GetCatalogForAdmin;
using PosVendas.Application.Catalog.ListDepartments;
using PosVendas.Application.Catalog.UpdateDepartment;
using PosVendas.Application.Catalog.UpdateServiceType;
using PosVendas.Application.Catalog.UpdateSubject;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Notifications.DeactivateWebhook;
using PosVendas.Application.Notifications.ListOutboxMessages;
using PosVendas.Application.Notifications.ListWebhookDeliveries;
using PosVendas.Application.Notifications.ListWebhooks;
using PosVendas.Application.Notifications.RedeliverOutboxMessage;
using PosVendas.Application.Notifications.RegisterWebhook;
using PosVendas.Application.Workflow;
using PosVendas.Application.Workflow.CreateStatus;
using PosVendas.Application.Workflow.DeleteStatus;
using PosVendas.Application.Workflow.ListStatuses;
using PosVendas.Application.Workflow.SetStatusActive;
using PosVendas.Application.Workflow.UpdateStatus;
using PosVendas.WebApi.Idempotency;
using PosVendas.WebApi.Security;

namespace PosVendas.WebApi.Endpoints;

/// <summary>A tenant's configuration, for its admins: statuses of each flow, departments, service types and subjects.</summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        MapStatuses(admin.MapGroup("/statuses").WithTags("Admin: statuses"));
        MapDepartments(admin.MapGroup("/departments").WithTags("Admin: departments"));
        MapCatalog(admin.MapGroup("/service-types").WithTags("Admin: service types and subjects"), admin);
        MapOutbox(admin.MapGroup("/outbox").WithTags("Admin: notifications"));
        MapWebhooks(admin.MapGroup("/webhooks").WithTags("Admin: webhooks"));
        return app;
    }

    private static void MapStatuses(RouteGroupBuilder statuses)
    {
        statuses.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken, Guid? serviceType = null) =>
                TypedResults.Ok(await mediator.Send(new ListStatusesQuery(serviceType), cancellationToken)))
            .WithName("ListStatuses")
            .WithSummary("List the statuses of every flow, or of one service type's flow.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        statuses.MapPost("/", async (StatusCreateRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var status = await mediator.Send(
                    new CreateStatusCommand(request.ServiceTypeId, request.Name, request.Category, request.Label, request.SortOrder ?? 0, request.IsDefault, request.NotifyCustomer),
                    cancellationToken);
                return TypedResults.Created($"/api/v1/admin/statuses/{status.Id}", status);
            })
            .WithIdempotency()
            .WithName("CreateStatus")
            .WithSummary("Add a status to the tenant's flow, or to a service type's own flow.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        statuses.MapPatch("/{id:guid}", async (Guid id, StatusUpdateRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(
                    new UpdateStatusCommand(id, request.Name, request.Label, request.SortOrder, request.NotifyCustomer, request.IsDefault),
                    cancellationToken)))
            .WithName("UpdateStatus")
            .WithSummary("Rename, relabel or reorder a status, change its notification flag, or make it its category's default.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        statuses.MapPost("/{id:guid}/deactivate", (Guid id, IMediator mediator, CancellationToken cancellationToken) => SetActive(id, false, mediator, cancellationToken))
            .WithName("DeactivateStatus")
            .WithSummary("Stop a status from being assigned; tickets that have it keep it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        statuses.MapPost("/{id:guid}/reactivate", (Guid id, IMediator mediator, CancellationToken cancellationToken) => SetActive(id, true, mediator, cancellationToken))
            .WithName("ReactivateStatus")
            .WithSummary("Make a deactivated status assignable again.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        statuses.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new DeleteStatusCommand(id), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("DeleteStatus")
            .WithSummary("Delete a status no ticket has or had (otherwise 409: deactivate it).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapOutbox(RouteGroupBuilder outbox)
    {
        outbox.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken, string? status = null) =>
                TypedResults.Ok(await mediator.Send(new ListOutboxMessagesQuery(status), cancellationToken)))
            .WithName("ListOutboxMessages")
            .WithSummary("List notification deliveries by status: dead (default), pending or delivered.")
            .ProducesValidationProblem();

        outbox.MapPost("/{id:guid}/redeliver", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new RedeliverOutboxMessageCommand(id), cancellationToken)))
            .WithName("RedeliverOutboxMessage")
            .WithSummary("Send a dead delivery again, with a fresh set of attempts.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapWebhooks(RouteGroupBuilder webhooks)
    {
        webhooks.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListWebhooksQuery(), cancellationToken)))
            .WithName("ListWebhooks")
            .WithSummary("List the webhook endpoints (secrets are never shown).");

        webhooks.MapPost("/", async (WebhookRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var endpoint = await mediator.Send(new RegisterWebhookCommand(request.Url, request.Secret, request.EventTypes), cancellationToken);
                return TypedResults.Created($"/api/v1/admin/webhooks/{endpoint.Id}", endpoint);
            })
            .WithIdempotency()
            .WithName("RegisterWebhook")
            .WithSummary("Register an https endpoint for ticket events, signed with HMAC-SHA256 using the secret.")
            .ProducesValidationProblem();

        webhooks.MapPost("/{id:guid}/deactivate", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new DeactivateWebhookCommand(id), cancellationToken)))
            .WithName("DeactivateWebhook")
            .WithSummary("Stop sending events to an endpoint.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        webhooks.MapGet("/{id:guid}/deliveries", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListWebhookDeliveriesQuery(id), cancellationToken)))
            .WithName("ListWebhookDeliveries")
            .WithSummary("Read an endpoint's delivery log: every attempt with its status code and time, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<StatusAdminDto>> SetActive(Guid id, bool active, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetStatusActiveCommand(id, active), cancellationToken));

    private static void MapDepartments(RouteGroupBuilder departments)
    {
        departments.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListDepartmentsQuery(), cancellationToken)))
            .WithName("ListDepartments")
            .WithSummary("List the departments, active or not.");

        departments.MapPost("/", async (DepartmentRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var department = await mediator.Send(new CreateDepartmentCommand(request.Name, request.NotificationEmail), cancellationToken);
                return TypedResults.Created($"/api/v1/admin/departments/{department.Id}", department);
            })
            .WithIdempotency()
            .WithName("CreateDepartment")
            .WithSummary("Add a department.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        departments.MapPatch("/{id:guid}", async (Guid id, DepartmentRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new UpdateDepartmentCommand(id, request.Name, request.NotificationEmail, request.Active), cancellationToken)))
            .WithName("UpdateDepartment")
            .WithSummary("Rename a department, change its notification e-mail (\"\" clears it), or (de)activate it.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapCatalog(RouteGroupBuilder serviceTypes, RouteGroupBuilder admin)
    {
        serviceTypes.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetCatalogForAdminQuery(), cancellationToken)))
            .WithName("GetCatalogForAdmin")
            .WithSummary("List every service type with every subject, active or not.");

        serviceTypes.MapPost("/", async (CatalogItemRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var serviceType = await mediator.Send(new CreateServiceTypeCommand(request.Name, request.Label, request.SortOrder ?? 0), cancellationToken);
                return TypedResults.Created($"/api/v1/admin/service-types/{serviceType.Id}", serviceType);
            })
            .WithIdempotency()
            .WithName("CreateServiceType")
            .WithSummary("Add a service type (Tipo).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        serviceTypes.MapPatch("/{id:guid}", async (Guid id, CatalogItemRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new UpdateServiceTypeCommand(id, request.Name, request.Label, request.SortOrder, request.Active), cancellationToken)))
            .WithName("UpdateServiceType")
            .WithSummary("Rename, relabel, reorder or (de)activate a service type.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        serviceTypes.MapPost("/{id:guid}/subjects", async (Guid id, SubjectRequest request, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var subject = await mediator.Send(
                    new CreateSubjectCommand(id, request.Name, request.Label, request.DepartmentId ?? Guid.Empty, request.SortOrder ?? 0),
                    cancellationToken);
                return TypedResults.Created($"/api/v1/admin/subjects/{subject.Id}", subject);
            })
            .WithIdempotency()
            .WithName("CreateSubject")
            .WithSummary("Add a subject (Assunto) to a service type, routed to a department.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPatch("/subjects/{id:guid}", async (Guid id, SubjectRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(
                    new UpdateSubjectCommand(id, request.Name, request.Label, request.SortOrder, request.DepartmentId, request.Active),
                    cancellationToken)))
            .WithTags("Admin: service types and subjects")
            .WithName("UpdateSubject")
            .WithSummary("Rename, relabel, reorder, reroute or (de)activate a subject.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

/// <param name="ServiceTypeId">The service type whose own flow gets the status; null for the tenant's flow.</param>
/// <param name="Name">The internal name staff see.</param>
/// <param name="Category">new, open, pending, on_hold, solved or closed.</param>
/// <param name="Label">What customers read, per language (ptBr, en, es); defaults to the name.</param>
/// <param name="SortOrder">Position in lists.</param>
/// <param name="IsDefault">Make it its category's default (the first of a category always is).</param>
/// <param name="NotifyCustomer">Tell customers when their ticket enters this status.</param>
internal sealed record StatusCreateRequest(Guid? ServiceTypeId, string? Name, string? Category, LabelDto? Label, int? SortOrder, bool IsDefault, bool NotifyCustomer);

internal sealed record StatusUpdateRequest(string? Name, LabelDto? Label, int? SortOrder, bool? NotifyCustomer, bool? IsDefault);

/// <param name="Url">The partner's https URL.</param>
/// <param name="Secret">The HMAC-SHA256 key (16 to 200 characters) the partner verifies signatures with.</param>
/// <param name="EventTypes">ticket.opened, ticket.staff_replied, ticket.customer_replied, ticket.status_changed.</param>
internal sealed record WebhookRequest(string? Url, string? Secret, IReadOnlyList<string>? EventTypes);

internal sealed record DepartmentRequest(string? Name, string? NotificationEmail, bool? Active);

internal sealed record CatalogItemRequest(string? Name, LabelDto? Label, int? SortOrder, bool? Active);

internal sealed record SubjectRequest(string? Name, LabelDto? Label, int? SortOrder, Guid? DepartmentId, bool? Active);
