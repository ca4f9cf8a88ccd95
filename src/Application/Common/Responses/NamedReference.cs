namespace PosVendas.Application.Common.Responses;

/// <summary>A reference to another resource with the name to show for it.</summary>
public sealed record NamedReference(Guid Id, string Name);
