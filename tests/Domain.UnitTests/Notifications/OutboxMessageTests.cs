using PosVendas.Domain.Common;
using PosVendas.Domain.Notifications;

namespace PosVendas.Domain.UnitTests.Notifications;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = TenantCatalog.Now;

    [Fact]
    public void A_new_message_is_pending_and_due_now()
    {
        var message = New();

        message.Status.Should().Be(OutboxStatus.Pending);
        message.NextAttemptAt.Should().Be(Now);
        message.Attempts.Should().Be(0);
    }

    [Fact]
    public void A_failure_schedules_a_retry_and_the_last_allowed_failure_makes_it_dead()
    {
        var message = New();

        message.MarkFailed("connection refused", TimeSpan.FromMinutes(1), maxAttempts: 2, Now);
        message.Status.Should().Be(OutboxStatus.Pending);
        message.NextAttemptAt.Should().Be(Now.AddMinutes(1));

        message.MarkFailed("connection refused", TimeSpan.FromMinutes(2), maxAttempts: 2, Now.AddMinutes(1));
        message.Status.Should().Be(OutboxStatus.Dead);
        message.Attempts.Should().Be(2);
        message.LastError.Should().Be("connection refused");
    }

    [Fact]
    public void Long_errors_are_cut_to_the_limit()
    {
        var message = New();

        message.MarkFailed(new string('x', 5000), TimeSpan.Zero, maxAttempts: 5, Now);

        message.LastError.Should().HaveLength(OutboxMessage.ErrorMaxLength);
    }

    [Fact]
    public void Only_a_dead_message_is_redelivered_and_it_starts_over()
    {
        var message = New();
        var early = () => message.Redeliver(Now);
        early.Should().Throw<BusinessRuleValidationException>().Which.BrokenRule.Name.Should().Be("OnlyDeadMessagesAreRedelivered");

        message.MarkFailed("rejected", TimeSpan.Zero, maxAttempts: 1, Now);
        message.Redeliver(Now.AddHours(1));

        message.Status.Should().Be(OutboxStatus.Pending);
        message.Attempts.Should().Be(0);
        message.NextAttemptAt.Should().Be(Now.AddHours(1));
    }

    [Fact]
    public void Delivery_is_recorded_with_its_time()
    {
        var message = New();

        message.MarkDelivered(Now.AddSeconds(3));

        message.Status.Should().Be(OutboxStatus.Delivered);
        message.DeliveredAt.Should().Be(Now.AddSeconds(3));
        message.Attempts.Should().Be(1);
    }

    private static OutboxMessage New() =>
        OutboxMessage.Create(Guid.NewGuid(), OutboxChannel.Email, "ticket.opened", "ana@example.com", "{}", Now);
}
