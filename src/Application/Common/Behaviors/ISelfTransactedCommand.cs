namespace PosVendas.Application.Common.Behaviors;

/// <summary>
/// A command that manages its own unit of work, because it does long I/O (streaming uploads) that must not hold a
/// database transaction open. Its handler saves its changes in one <c>SaveChangesAsync</c>, which is atomic.
/// </summary>
public interface ISelfTransactedCommand;
