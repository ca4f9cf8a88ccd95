namespace PosVendas.Application.Common.Exceptions;

/// <summary>The caller is authenticated but their role may not perform this operation.</summary>
public sealed class ForbiddenAccessException() : Exception("The caller's role may not perform this operation.");
