using PosVendas.Application.Localization;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.ErrorHandling;

/// <summary>
/// The last touch on every problem, whoever made it: titles in the request's language, and an explanation for the
/// problems the framework answers by itself (status-code pages), which carry none.
/// </summary>
internal static class ProblemDefaults
{
    /// <summary>
    /// The specification of each status ASP.NET Core leaves without a <c>type</c> (it fills 400, 401, 403, 404, 405,
    /// 406, 408, 409, 412, 415, 422, 426, 500, 502, 503 and 504 with RFC 9110's sections).
    /// </summary>
    private static readonly Dictionary<int, string> Types = new()
    {
        [413] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [414] = "https://tools.ietf.org/html/rfc9110#section-15.5.15",
        [416] = "https://tools.ietf.org/html/rfc9110#section-15.5.17",
        [428] = "https://tools.ietf.org/html/rfc6585#section-3",
        [429] = "https://tools.ietf.org/html/rfc6585#section-4",
        [431] = "https://tools.ietf.org/html/rfc6585#section-5",
    };

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type is null && problem.Status is { } known && Types.TryGetValue(known, out var type))
        {
            problem.Type = type;
        }

        var locale = RequestLanguage.Resolve(context.HttpContext);
        if (problem.Title == ProblemExceptionHandler.BusinessRuleTitle)
        {
            // The exception handler wrote the rule's message in the request's language, with its values.
            problem.Title = Texts.RuleTitle.In(locale);
            return;
        }

        if (problem is HttpValidationProblemDetails)
        {
            var malformedJson = problem.Title == ProblemExceptionHandler.MalformedJsonTitle;
            problem.Title = (malformedJson ? Texts.MalformedJsonTitle : Texts.ValidationTitle).In(locale);
            problem.Detail ??= Texts.ValidationDetail.In(locale);
            return;
        }

        if (problem.Status is { } status && Texts.Titles.TryGetValue(status, out var title))
        {
            problem.Title = title.In(locale);
            if (problem.Detail is null && Texts.Details.TryGetValue(status, out var detail))
            {
                problem.Detail = detail.In(locale);
            }
        }

        // Every 400 lists what to fix in errors (the OpenAPI document's ValidationProblem); one about the request as a
        // whole (a malformed multipart body, a header) names "$".
        if (problem.Status == StatusCodes.Status400BadRequest && !problem.Extensions.ContainsKey("errors"))
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { ["$"] = [problem.Detail ?? problem.Title ?? string.Empty] };
        }
    }
}
