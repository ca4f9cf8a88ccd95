namespace PosVendas.WebApi.ErrorHandling;

/// <summary>Explanations for the problems the framework answers by itself (status-code pages), which carry none.</summary>
internal static class ProblemDefaults
{
    public static void AddDetail(ProblemDetailsContext context)
    {
        context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            StatusCodes.Status403Forbidden => "Your role may not use this operation.",
            StatusCodes.Status404NotFound => "There is nothing here for you: the resource does not exist or is not yours.",
            StatusCodes.Status405MethodNotAllowed => "This resource does not support that method; the Allow header lists the ones it does.",
            StatusCodes.Status415UnsupportedMediaType => "The request body's Content-Type is not one this operation accepts.",
            _ => null,
        };
    }
}
