namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// Which shared tickets a customer sees besides their own: those their opener shared with a unit the customer owns or
/// co-owns today, in the tenant's time zone. An occupancy names the customer by subject, or by e-mail while it has no
/// subject (as <c>CallerPlaces</c> does). When the occupancy ends, the shared tickets drop out; the customer's own
/// stay theirs. Residents and síndicos see only their own tickets.
/// </summary>
internal static class SharedUnits
{
    /// <summary>
    /// The ids of the units whose shared tickets customer <c>$2</c> of tenant <c>$1</c> sees, for an <c>IN (…)</c>.
    /// A customer without occupancies costs one look-up by primary key and two empty index probes.
    /// </summary>
    public const string OfCustomer =
        """
        SELECT o.unit_id
        FROM tenancy.customers AS c
        JOIN tenancy.tenants AS tn ON tn.id = c.tenant_id
        JOIN locations.occupancies AS o ON o.tenant_id = c.tenant_id
             AND (o.subject = c.subject OR (o.subject IS NULL AND o.email = lower(c.email)))
        WHERE c.tenant_id = $1 AND c.id = $2 AND o.role IN ('Owner', 'CoOwner')
          AND o."from" <= (now() AT TIME ZONE tn.time_zone)::date
          AND (o."to" IS NULL OR o."to" >= (now() AT TIME ZONE tn.time_zone)::date)
        """;

    /// <summary>
    /// The condition on a ticket aliased <c>t</c> that customer <c>$2</c> sees it: theirs, or shared with a unit they own
    /// or co-own. The occupancies are read only for a ticket that is not the caller's.
    /// </summary>
    public const string SeenByCustomer =
        $"(t.customer_id = $2 OR (t.shared_with_unit AND t.location_unit_id IN ({OfCustomer})))";
}
