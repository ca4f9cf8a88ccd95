using PosVendas.Application.Common.Localization;
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
            problem.Title = Texts.In(locale, "title.409.rule");
            return;
        }

        if (problem is HttpValidationProblemDetails)
        {
            var malformedJson = problem.Title == ProblemExceptionHandler.MalformedJsonTitle;
            problem.Title = Texts.In(locale, malformedJson ? "title.400.json" : "title.400.validation");
            problem.Detail ??= Texts.In(locale, "detail.validation");
            return;
        }

        if (problem.Status is { } status && Texts.Has($"title.{status}"))
        {
            problem.Title = Texts.In(locale, $"title.{status}");
            if (problem.Detail is null && Texts.Has($"detail.{status}"))
            {
                problem.Detail = Texts.In(locale, $"detail.{status}");
            }
        }
    }
}
