using PosVendas.Domain.Common;

namespace PosVendas.Domain.Tenancy.Rules;

public sealed class TenantSlugMustBeUniqueRule(string slug, bool slugIsTaken) : IBusinessRule
{
    public string Message => $"A tenant with slug '{slug}' already exists; nothing was changed.";

    public IReadOnlyList<object> MessageArguments => [slug];

    public bool IsBroken() => slugIsTaken;
}
