using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace PosVendas.Application.Common.Behaviors;

/// <summary>First in the pipeline: names the use case and its duration in the log.</summary>
internal sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
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
