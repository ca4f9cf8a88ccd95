using PosVendas.Domain.Catalog;
using PosVendas.Domain.Common;
using PosVendas.Domain.Tickets.Rules;
using PosVendas.Domain.Workflow;

namespace PosVendas.Domain.Tickets;

/// <summary>
/// A chamado. Once submitted it is never edited: its description has no setter and no method changes it; the
/// conversation goes on through replies.
/// </summary>
public sealed class Ticket : ITenantOwned
{
    private readonly List<Comment> _comments = [];

    private Ticket()
    {
        Description = null!;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    /// <summary>Sequential per tenant (1, 2, 3…): the number customers and staff quote.</summary>
    public int Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid ServiceTypeId { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>The department the subject routed the ticket to when it was opened.</summary>
    public Guid DepartmentId { get; private set; }

    public string Description { get; private set; }

    public Guid StatusId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastActivityAt { get; private set; }

    public IReadOnlyList<Comment> Comments => _comments;

    /// <param name="tenantId">The caller's tenant.</param>
    /// <param name="number">The next number of the tenant's sequence.</param>
    /// <param name="customerId">The customer opening the ticket.</param>
    /// <param name="subject">The subject the customer picked, or null when no such subject exists in the tenant.</param>
    /// <param name="initialStatus">The tenant's initial status.</param>
    /// <param name="description">What the customer needs.</param>
    /// <param name="now">The current time.</param>
    public static Ticket Open(
        Guid tenantId,
        int number,
        Guid customerId,
        Subject? subject,
        TicketStatus initialStatus,
        string description,
        DateTimeOffset now)
    {
        BusinessRuleValidationException.ThrowIfBroken(new SubjectMustBeSelectableInTenantRule(subject, tenantId));
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (!initialStatus.IsInitial || initialStatus.TenantId != tenantId)
        {
            throw new ArgumentException("A ticket starts in its tenant's initial status.", nameof(initialStatus));
        }

        return new Ticket
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            Number = number,
            CustomerId = customerId,
            ServiceTypeId = subject!.ServiceTypeId,
            SubjectId = subject.Id,
            DepartmentId = subject.DepartmentId,
            Description = Text.Required(description, TicketLimits.DescriptionMaxLength, nameof(description)),
            StatusId = initialStatus.Id,
            CreatedAt = now,
            LastActivityAt = now,
        };
    }

    /// <summary>Appends a reply to the conversation.</summary>
    /// <param name="author">Who writes.</param>
    /// <param name="body">The message.</param>
    /// <param name="currentStatus">The ticket's current status, which decides whether it still takes replies.</param>
    /// <param name="now">The current time.</param>
    public Comment AddReply(CommentAuthor author, string body, TicketStatus currentStatus, DateTimeOffset now)
    {
        if (currentStatus.Id != StatusId)
        {
            throw new ArgumentException("Pass the ticket's current status.", nameof(currentStatus));
        }

        BusinessRuleValidationException.ThrowIfBroken(new ClosedTicketTakesNoRepliesRule(currentStatus));

        var comment = new Comment(this, author, body, now);
        _comments.Add(comment);
        LastActivityAt = now;
        return comment;
    }
}
