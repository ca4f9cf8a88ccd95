using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PosVendas.Application.Common.Abstractions;
using PosVendas.Application.Common.Localization;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on creating POSTs: the same key with the same request replays the first response
/// (<c>Idempotency-Replayed: true</c>); with a different request it is 422.
/// Keys belong to the caller (tenant and user) and last 24 hours. The request runs in one database transaction with
/// its key: a repeat sent while the first is running waits for it and replays its response, and a request that fails
/// (or whose process dies) forgets its key, so the client can retry it.
/// </summary>
internal sealed class IdempotencyFilter(
    IIdempotencyStore store,
    IApplicationDbContext db,
    ICurrentUser currentUser,
    IOptions<JsonOptions> json) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotency-Replayed";
    private const int MaxKeyLength = 255;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(key) || currentUser.TenantId is not { } tenantId || currentUser.ActorId() is not { } userId)
        {
            return await next(context);
        }

        if (key.Length > MaxKeyLength)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bad Request",
                detail: Texts.In(RequestLanguage.Resolve(http), "idempotency.keyTooLong", HeaderName, MaxKeyLength));
        }

        var cancellationToken = http.RequestAborted;
        await store.ForgetExpiredAsync(tenantId, userId, cancellationToken);

        // The claim, the change and the stored response commit together: a request that fails, or a process that
        // dies, before the commit leaves no trace of its key, and one that committed always has its response kept.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await store.TryBeginAsync(tenantId, userId, key, RequestHash(context), cancellationToken);
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Mismatch:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Unprocessable Entity",
                    detail: Texts.In(RequestLanguage.Resolve(http), "idempotency.mismatch", HeaderName));
            case IdempotencyOutcome.InProgress:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Conflict",
                    detail: Texts.In(RequestLanguage.Resolve(http), "idempotency.inProgress", HeaderName));
            case IdempotencyOutcome.Completed:
                return new ReplayResult(claim.Response!);
        }

        var result = await next(context);
        if (result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success and IValueHttpResult value)
        {
            // Created<T> exposes its Location only on the concrete generic type.
            var location = result.GetType().GetProperty("Location")?.GetValue(result) as string;
            var body = JsonSerializer.Serialize(value.Value, json.Value.SerializerOptions);
            await store.CompleteAsync(tenantId, userId, key, new StoredResponse(success.StatusCode!.Value, body, location), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Any other answer rolls back with the claim, so the client can retry with the same key.
        return result;
    }

    /// <summary>The method, path and bound request values: what makes two requests "the same".</summary>
    private string RequestHash(EndpointFilterInvocationContext context)
    {
        var request = context.HttpContext.Request;
        var values = context.Arguments
            .Where(argument => argument is not null && IsRequestValue(argument.GetType()))
            .Select(argument => JsonSerializer.Serialize(argument, json.Value.SerializerOptions));
        var canonical = $"{request.Method} {request.Path}\n{string.Join('\n', values)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static bool IsRequestValue(Type type) =>
        type.IsPrimitive || type == typeof(string) || type == typeof(Guid) || type.Namespace?.StartsWith("PosVendas.WebApi", StringComparison.Ordinal) == true;

    /// <summary>Answers with the stored response of a key's first request, marked as a replay.</summary>
    internal sealed class ReplayResult(StoredResponse response) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = response.StatusCode;
            httpContext.Response.Headers[ReplayedHeaderName] = "true";
            if (response.Location is not null)
            {
                httpContext.Response.Headers.Location = response.Location;
            }

            if (response.Body is not null)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await httpContext.Response.WriteAsync(response.Body, httpContext.RequestAborted);
            }
        }
    }
}

internal static class IdempotencyEndpointExtensions
{
    /// <summary>Accepts an <c>Idempotency-Key</c> header on this creating operation.</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder
            .AddEndpointFilter<IdempotencyFilter>()
            .WithMetadata(new IdempotentOperation())
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>Marks operations that accept an <c>Idempotency-Key</c>, for the OpenAPI document.</summary>
internal sealed class IdempotentOperation;
