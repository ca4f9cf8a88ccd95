using FluentValidation;
using Mediator;
using PosVendas.Application.Common.Validation;

namespace PosVendas.Application.Common.Behaviors;

/// <summary>
/// Second in the pipeline: rejects malformed input with every field error at once (400): first text the text policy
/// refuses, in any member (<see cref="RefusedCharacters"/>), then the message's validators.
/// </summary>
internal sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var failures = RefusedCharacters.In(message);
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
