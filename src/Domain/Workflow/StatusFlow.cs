using PosVendas.Domain.Common;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow.Rules;

namespace PosVendas.Domain.Workflow;

/// <summary>
/// The statuses of one flow — the tenant's, or one service type's — and the rules that keep it usable: it starts
/// with an initial (New, default) status, names are unique, and each category that has active statuses has exactly
/// one default, which cannot be deactivated or deleted while it is the default.
/// </summary>
public sealed class StatusFlow
{
    private readonly List<TicketStatus> _statuses;

    /// <param name="tenantId">The tenant.</param>
    /// <param name="serviceTypeId">The service type of the flow, or null for the tenant-wide flow.</param>
    /// <param name="statuses">Every status of that flow, active or not.</param>
    public StatusFlow(Guid tenantId, Guid? serviceTypeId, IEnumerable<TicketStatus> statuses)
    {
        TenantId = tenantId;
        ServiceTypeId = serviceTypeId;
        _statuses = [.. statuses];
        if (_statuses.Any(s => s.TenantId != tenantId || s.ServiceTypeId != serviceTypeId))
        {
            throw new ArgumentException("A flow holds the statuses of one tenant and one service type.", nameof(statuses));
        }
    }

    public Guid TenantId { get; }

    public Guid? ServiceTypeId { get; }

    public IReadOnlyList<TicketStatus> Statuses => _statuses;

    /// <summary>
    /// Whether <paramref name="status"/> is one of this flow's, by id: a ticket's commands read the flow untracked, so
    /// the status to move to may be another instance of the same row.
    /// </summary>
    public bool Includes(TicketStatus status) => _statuses.Exists(s => s.Id == status.Id);

    /// <summary>Adds a status. The first of its category becomes that category's default.</summary>
    public TicketStatus Add(string name, LocalizedText? label, StatusCategory category, int sortOrder, bool isDefault, bool notifyCustomer)
    {
        BusinessRuleValidationException.ThrowIfBroken(new FlowStartsWithAnInitialStatusRule(_statuses, category, isDefault));
        BusinessRuleValidationException.ThrowIfBroken(new StatusNameMustBeUniqueInFlowRule(_statuses, name, except: null));

        var firstOfCategory = !_statuses.Any(s => s.Category == category && s.IsActive);
        var status = TicketStatus.Create(TenantId, ServiceTypeId, name, label, category, sortOrder, isDefault || firstOfCategory, notifyCustomer);
        if (status.IsDefault)
        {
            DefaultOf(category)?.SetDefault(false);
        }

        _statuses.Add(status);
        return status;
    }

    public void Rename(TicketStatus status, string name)
    {
        EnsureMember(status);
        BusinessRuleValidationException.ThrowIfBroken(new StatusNameMustBeUniqueInFlowRule(_statuses, name, except: status));
        status.Rename(name);
    }

    /// <summary>Makes <paramref name="status"/> its category's default; the previous default stays, as a non-default.</summary>
    public void MakeDefault(TicketStatus status)
    {
        EnsureMember(status);
        BusinessRuleValidationException.ThrowIfBroken(new StatusMustBeAssignableRule(status, this));
        DefaultOf(status.Category)?.SetDefault(false);
        status.SetDefault(true);
    }

    public void Deactivate(TicketStatus status)
    {
        EnsureMember(status);
        BusinessRuleValidationException.ThrowIfBroken(new DefaultStatusStaysActiveRule(status));
        status.SetActive(false);
    }

    public void Reactivate(TicketStatus status)
    {
        EnsureMember(status);
        status.SetActive(true);
    }

    /// <summary>Checks that <paramref name="status"/> may be deleted (it must also be unused, which the caller knows).</summary>
    public void Remove(TicketStatus status, bool isInUse)
    {
        EnsureMember(status);
        BusinessRuleValidationException.ThrowIfBroken(new StatusInUseCannotBeDeletedRule(isInUse));
        BusinessRuleValidationException.ThrowIfBroken(new DefaultStatusStaysActiveRule(status));
        _statuses.Remove(status);
    }

    /// <summary>
    /// Makes <paramref name="status"/> where an assessment with <paramref name="outcome"/> moves this flow's tickets,
    /// instead of the status that had it; null clears the status's outcome.
    /// </summary>
    public void MapAssessmentOutcome(TicketStatus status, AssessmentOutcome? outcome)
    {
        EnsureMember(status);
        if (outcome is { } mapped)
        {
            BusinessRuleValidationException.ThrowIfBroken(new StatusMustBeAssignableRule(status, this));
            StatusFor(mapped)?.MapAssessmentOutcome(null);
        }

        status.MapAssessmentOutcome(outcome);
    }

    /// <summary>
    /// The status an assessment with <paramref name="outcome"/> moves this flow's tickets to, if any (should two admins
    /// have mapped the outcome at the same moment, the first in the flow's order).
    /// </summary>
    public TicketStatus? StatusFor(AssessmentOutcome outcome) =>
        _statuses.Where(s => s.AssessmentOutcome == outcome).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).FirstOrDefault();

    public TicketStatus? DefaultOf(StatusCategory category) =>
        _statuses.SingleOrDefault(s => s.Category == category && s.IsDefault);

    private void EnsureMember(TicketStatus status)
    {
        if (!_statuses.Contains(status))
        {
            throw new ArgumentException("The status belongs to another flow.", nameof(status));
        }
    }
}
