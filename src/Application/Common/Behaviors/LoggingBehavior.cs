using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace PosVendas.Application.Common.Behaviors;

/// <summary>
/// First in the pipeline: names the use case and its duration in the log, at Debug level. With Debug off (the
/// configured default) the message goes straight on, without a timer, a log call or an async step of its own.
/// </summary>
internal sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken) =>
        logger.IsEnabled(LogLevel.Debug) ? HandleLogged(message, next, cancellationToken) : next(message, cancellationToken);

    private async ValueTask<TResponse> HandleLogged(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            logger.LogDebug(
                "Handled {MessageType} in {ElapsedMs:0.0} ms",
                typeof(TMessage).Name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
