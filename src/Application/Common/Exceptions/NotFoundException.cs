namespace PosVendas.Application.Common.Exceptions;

/// <summary>The resource does not exist for this caller: missing, another customer's, or another tenant's alike.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.");
