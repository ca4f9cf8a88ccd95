using PosVendas.Application.Common.Idempotency;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on creating POSTs, on the HTTP side: hands the key to the request's command, whose
/// transaction claims it and stores the response with the change (<see cref="IdempotencyKeys"/>, ADR 0005), and marks
/// a replayed answer with <c>Idempotency-Replayed: true</c>. Keys belong to the caller (tenant and user) and last 24
/// hours.
/// </summary>
internal sealed class IdempotencyFilter(RequestIdempotencyKey requestKey) : IEndpointFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotency-Replayed";
    public const int MaxKeyLength = 255;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await next(context);
        }

        if (key.Length > MaxKeyLength || TextPolicy.IndexOfRefused(key) >= 0)
        {
            var locale = RequestLanguage.Resolve(http);
            var message = key.Length > MaxKeyLength
                ? Texts.IdempotencyKeyTooLong.In(locale, HeaderName, MaxKeyLength)
                : Texts.IdempotencyKeyRefusedCharacter.In(locale, HeaderName);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [HeaderName] = [message] }, detail: message);
        }

        requestKey.Set(key);
        var result = await next(context);
        if (requestKey.Replayed)
        {
            http.Response.Headers[ReplayedHeaderName] = "true";
        }

        return result;
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
