using PosVendas.Application.Localization;
using PosVendas.WebApi.Localization;

namespace PosVendas.WebApi.ErrorHandling;

/// <summary>
/// The last touch on every problem, whoever made it: titles in the request's language, and an explanation for the
/// problems the framework answers by itself (status-code pages), which carry none.
/// </summary>
internal static class ProblemDefaults
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var locale = RequestLanguage.Resolve(context.HttpContext);
        if (problem.Extensions.ContainsKey("rule"))
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
    }
}
