using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace PosVendas.WebApi.Logging;

/// <summary>
/// Writes each event to standard output in one write() call, flushed before <see cref="Emit"/> returns: nothing is
/// buffered to lose. Serilog's console sink writes through Console.Out, whose 256-character buffer split every
/// request's JSON log line into two calls (ADR 0009).
/// </summary>
internal sealed class StandardOutputSink(ITextFormatter formatter) : ILogEventSink
{
    // One writer for the process, however many hosts it starts (the functional tests start several): they share stdout.
    private static readonly StreamWriter Output =
        new(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024);

    public void Emit(LogEvent logEvent)
    {
        lock (Output)
        {
            formatter.Format(logEvent, Output);
            Output.Flush();
        }
    }
}
