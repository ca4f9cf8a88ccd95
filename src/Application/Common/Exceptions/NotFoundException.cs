namespace PosVendas.Application.Common.Exceptions;

/// <summary>The resource does not exist for this caller: missing, another customer's, or another tenant's alike.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    /// <summary>What was looked for, in English ("Ticket", "Service type"); the problem's detail is translated from it.</summary>
    public string Resource { get; } = resource;

    /// <summary>The number or id the caller sent.</summary>
    public object Key { get; } = key;
}
