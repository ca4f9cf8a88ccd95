using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tenancy;
using PosVendas.Domain.Tickets;
using PosVendas.WebApi.Idempotency;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.ErrorHandling;

/// <summary>
/// The one map from exceptions to RFC 9457 problem details. Client errors are logged without stack traces;
/// anything unexpected is a 500 that tells the client nothing but its traceId.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public const string MalformedJsonTitle = "The request body is not valid JSON.";

    /// <summary>The title of a 409 for a broken business rule; other conflicts (races, a key in use) keep "Conflict".</summary>
    public const string BusinessRuleTitle = "Business rule broken";

    /// <summary>When a client should try again after a 503: about the time a dependency is given to answer.</summary>
    public const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away (often mid-upload); nobody is left to answer and nothing is wrong with the server.
            logger.LogInformation("{Method} {Path} was abandoned by the client: {Reason}", httpContext.Request.Method, httpContext.Request.Path, exception.Message);
            return true;
        }

        var locale = RequestLanguage.Resolve(httpContext);
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            BusinessRuleValidationException broken => RuleProblem(broken, locale),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not Found", Texts.NotFound[notFound.Resource].In(locale, notFound.Key)),
            ForbiddenAccessException => Problem(StatusCodes.Status403Forbidden, "Forbidden", Texts.Forbidden.In(locale)),
            BadHttpRequestException badRequest => BadRequestProblem(badRequest, locale),
            PayloadTooLargeException tooLarge => Problem(StatusCodes.Status413PayloadTooLarge, "Payload Too Large", tooLarge.Message),
            UnsupportedContentException unsupported => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", unsupported.Message),
            PreconditionFailedException { Resource: var changed } => Problem(
                StatusCodes.Status412PreconditionFailed, "Precondition Failed", ChangedSinceRead(changed).In(locale)),
            IdempotencyKeyInUseException => Conflict("IdempotencyKeyInUse", Texts.IdempotencyKeyInUse.In(locale, IdempotencyFilter.HeaderName)),
            IdempotencyKeyReusedException => Problem(
                StatusCodes.Status422UnprocessableEntity, "Unprocessable Entity", Texts.IdempotencyKeyReused.In(locale, IdempotencyFilter.HeaderName)),
            StorageUnavailableException => Problem(StatusCodes.Status503ServiceUnavailable, "Service Unavailable", Texts.StorageUnavailable.In(locale)),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => Conflict(
                "CreatedConcurrently", Texts.SameIdentityCreated.In(locale)),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } } => Conflict(
                "StillReferenced", Texts.StillReferenced.In(locale)),
            // Tickets and the tenant's settings are changed from the version their reader saw (If-Match); anything else
            // raced another request.
            DbUpdateConcurrencyException { Entries: var entries } when entries.Any(entry => entry.Entity is Ticket) => Problem(
                StatusCodes.Status412PreconditionFailed, "Precondition Failed", Texts.TicketChanged.In(locale)),
            DbUpdateConcurrencyException { Entries: var entries } when entries.Any(entry => entry.Entity is Tenant) => Problem(
                StatusCodes.Status412PreconditionFailed, "Precondition Failed", Texts.SettingsChanged.In(locale)),
            DbUpdateConcurrencyException => Conflict("ChangedConcurrently", Texts.ConcurrentChange.In(locale)),
            _ when IsTransientDatabaseFailure(exception) => Problem(
                StatusCodes.Status503ServiceUnavailable,
                "Service Unavailable",
                Texts.DatabaseUnavailable.In(locale)),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception while processing {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Internal Server Error", detail: null);
        }
        else if (problem.Status >= 500)
        {
            logger.LogWarning("{Method} {Path} failed with {Status}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, problem.Status, exception.Message);
        }
        else
        {
            logger.LogInformation("{Method} {Path} answered {Status}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, problem.Status, exception.Message);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // The database or the storage did not answer in time: worth trying again shortly.
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static bool IsTransientDatabaseFailure(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The field as the caller reads it (<see cref="Texts.FieldNames"/>), else its JSON path.</summary>
    private static string FieldName(string path, string locale)
    {
        var last = path.Split('.')[^1];
        var member = last.Length == 0 ? last : char.ToUpperInvariant(last[0]) + last[1..];
        return Texts.FieldNames.TryGetValue(member, out var name) ? name.In(locale) : path;
    }

    private static Translation ChangedSinceRead(VersionedResource resource) =>
        resource == VersionedResource.TenantSettings ? Texts.SettingsChanged : Texts.TicketChanged;

    private static ProblemDetails Problem(int status, string title, string? detail) =>
        new() { Status = status, Title = title, Detail = detail };

    /// <summary>A 409 that is not a business rule: <paramref name="rule"/> still names the conflict for programs.</summary>
    private static ProblemDetails Conflict(string rule, string detail)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Conflict", detail);
        problem.Extensions["rule"] = rule;
        return problem;
    }

    private static HttpValidationProblemDetails ValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(failure => JsonNamingPolicy.CamelCase.ConvertName(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        };
    }

    private static ProblemDetails RuleProblem(BusinessRuleValidationException exception, string locale)
    {
        var rule = exception.BrokenRule;
        var detail = Texts.Rules[rule.GetType()].In(locale, [.. rule.MessageArguments]);
        var problem = Problem(StatusCodes.Status409Conflict, BusinessRuleTitle, detail);
        problem.Extensions["rule"] = rule.Name;
        return problem;
    }

    private static ProblemDetails BadRequestProblem(BadHttpRequestException exception, string locale)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "$" : json.Path.TrimStart('$', '.');

            // Well-formed JSON with a value of the wrong kind ("subjectId": "abc") is a field error naming the format
            // the field takes; only JSON that cannot be read at all is "not valid JSON". System.Text.Json reports the
            // first as JsonException itself, the second as its reader's subclass.
            if (json.GetType() == typeof(JsonException) && UnconvertibleValue().Match(json.Message) is { Success: true } value)
            {
                // A string that cannot be read is one with half a surrogate pair: the text policy's refusal (ADR 0015).
                var format = JsonValueFormats.Of(value.Groups["type"].Value, field);
                var message = format == Texts.JsonFormats.Text
                    ? Texts.RefusedCharacter.In(locale, FieldName(field, locale))
                    : Texts.JsonValueOfTheWrongKind.In(locale, field, format.In(locale));
                return FieldProblem(field, message, title: null, detail: null);
            }

            return FieldProblem(field, Texts.JsonInvalidForField.In(locale), MalformedJsonTitle, Texts.JsonUnreadableAt.In(locale, json.Path ?? "$"));
        }

        // Minimal APIs answer a missing JSON body with advice for the server's developer ("Implicit body inferred for
        // parameter "request" but no body was provided. Did you mean to use a Service instead?").
        if (exception.StatusCode == StatusCodes.Status400BadRequest && MissingBody().IsMatch(exception.Message))
        {
            return FieldProblem("$", Texts.JsonBodyRequired.In(locale), MalformedJsonTitle, Texts.JsonBodyRequired.In(locale));
        }

        // Minimal APIs word a query, route or header value of the wrong type in C# terms ("Failed to bind parameter
        // "Guid? status" from "abc"."). The client gets the parameter as a field error in its language instead.
        if (exception.StatusCode == StatusCodes.Status400BadRequest && BindingFailure().Match(exception.Message) is { Success: true } binding)
        {
            return FieldProblem(binding.Groups["name"].Value, Texts.InvalidParameter.In(locale), title: null, detail: null);
        }

        return Problem(exception.StatusCode, ReasonPhrases.GetReasonPhrase(exception.StatusCode), exception.Message);
    }

    /// <summary>A 400 with one field error; <see cref="ProblemDefaults"/> fills a missing title and detail.</summary>
    private static HttpValidationProblemDetails FieldProblem(string field, string message, string? title, string? detail) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = detail,
        };

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>\S+?)\. Path:")]
    private static partial Regex UnconvertibleValue();

    [GeneratedRegex("""^Failed to bind parameter "[^ "]+ (?<name>[^ "]+)" from ".*"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    [GeneratedRegex("""^(Implicit body inferred for parameter "[^"]+" but no body was provided|Required parameter "[^"]+" was not provided from body)""")]
    private static partial Regex MissingBody();
}
