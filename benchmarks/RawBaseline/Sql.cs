namespace PosVendas.Benchmarks.RawBaseline;

/// <summary>
/// The statements the API sends, copied from its <c>Microsoft.EntityFrameworkCore.Database.Command</c> log (EF Core
/// 10, Npgsql provider) with their parameter names, so the baseline costs PostgreSQL exactly what the API does; the
/// list's from the API's source, which sends it without EF Core. When a handler in src/Application or a reader in
/// src/Infrastructure changes its query, capture the log again and update these (see README).
/// </summary>
internal static class Sql
{
    /// <summary>
    /// ListMyTickets, any page, any status: the API sends this one itself, through Npgsql
    /// (<c>PostgresTicketListReader.AnyStatus</c> in src/Infrastructure/Tickets; the first page asks for numbers below
    /// int.MaxValue). Positional parameters: $1 tenant, $2 customer, $3 numbers below, $4 limit + 1.
    /// </summary>
    public const string ListPage =
        """
        SELECT t.number,
               st.id, st.label_pt_br, st.label_en, st.label_es,
               su.id, su.label_pt_br, su.label_en, su.label_es,
               s.id, s.label_pt_br, s.label_en, s.label_es, s.category,
               t.created_at, t.last_activity_at, t.customer_id <> $2,
               t.location_kind, t.location_development_id, t.location_development_name, t.location_building_id,
               t.location_building_name, t.location_unit_id, t.location_unit_code, t.location_common_area_id,
               t.location_common_area_name, t.location_description
        FROM (
            (SELECT number, service_type_id, subject_id, status_id, created_at, last_activity_at, customer_id,
               location_kind, location_development_id, location_development_name, location_building_id,
               location_building_name, location_unit_id, location_unit_code, location_common_area_id,
               location_common_area_name, location_description
        FROM tickets.tickets
        WHERE tenant_id = $1 AND customer_id = $2 AND number < $3
        ORDER BY number DESC
        LIMIT $4)
        UNION ALL
        (SELECT number, service_type_id, subject_id, status_id, created_at, last_activity_at, customer_id,
               location_kind, location_development_id, location_development_name, location_building_id,
               location_building_name, location_unit_id, location_unit_code, location_common_area_id,
               location_common_area_name, location_description
        FROM tickets.tickets
        WHERE tenant_id = $1 AND shared_with_unit AND customer_id <> $2 AND number < $3
          AND location_unit_id IN (SELECT o.unit_id
        FROM tenancy.customers AS c
        JOIN tenancy.tenants AS tn ON tn.id = c.tenant_id
        JOIN locations.occupancies AS o ON o.tenant_id = c.tenant_id
             AND (o.subject = c.subject OR (o.subject IS NULL AND o.email = lower(c.email)))
        WHERE c.tenant_id = $1 AND c.id = $2 AND o.role IN ('Owner', 'CoOwner')
          AND o."from" <= (now() AT TIME ZONE tn.time_zone)::date
          AND (o."to" IS NULL OR o."to" >= (now() AT TIME ZONE tn.time_zone)::date))
        ORDER BY number DESC
        LIMIT $4)
            ORDER BY number DESC
            LIMIT $4
        ) AS t
        JOIN catalog.service_types AS st ON st.tenant_id = $1 AND st.id = t.service_type_id
        JOIN catalog.subjects AS su ON su.tenant_id = $1 AND su.id = t.subject_id
        JOIN workflow.ticket_statuses AS s ON s.tenant_id = $1 AND s.id = t.status_id
        ORDER BY t.number DESC
        """;

    /// <summary>
    /// GetTicket, first of one batch of three: the ticket with its labels (<c>PostgresTicketDetailReader.Header</c> in
    /// src/Infrastructure/Tickets, which sends it through Npgsql). Every statement of the batch has the positional
    /// parameters $1 tenant, $2 customer, $3 number.
    /// </summary>
    public const string DetailHeader =
        """
        SELECT t.id,
               st.id, st.label_pt_br, st.label_en, st.label_es,
               su.id, su.label_pt_br, su.label_en, su.label_es,
               d.id, d.name,
               s.id, s.label_pt_br, s.label_en, s.label_es, s.category,
               t.description, t.created_at, t.last_activity_at, t.xmin,
               t.location_kind, t.location_development_id, t.location_development_name, t.location_building_id,
               t.location_building_name, t.location_unit_id, t.location_unit_code, t.location_common_area_id,
               t.location_common_area_name, t.location_description, t.shared_with_unit, t.customer_id <> $2,
               t.warranty_status, t.warranty_last_day,
               a.outcome, a.reason, a.explanation, a.fee, a.assessed_at, a.contest_until, a.contest_days, ac.contested_at
        FROM tickets.tickets AS t
        JOIN catalog.service_types AS st ON st.tenant_id = $1 AND st.id = t.service_type_id
        JOIN catalog.subjects AS su ON su.tenant_id = $1 AND su.id = t.subject_id
        JOIN catalog.departments AS d ON d.tenant_id = $1 AND d.id = t.department_id
        JOIN workflow.ticket_statuses AS s ON s.tenant_id = $1 AND s.id = t.status_id
        LEFT JOIN LATERAL (
            SELECT a.outcome, a.reason, a.explanation, a.fee, a.assessed_at,
                   (a.assessed_at AT TIME ZONE tn.time_zone)::date + tn.assessment_contest_days AS contest_until,
                   tn.assessment_contest_days AS contest_days
            FROM warranty.ticket_assessments AS a
            JOIN tenancy.tenants AS tn ON tn.id = a.tenant_id
            WHERE a.tenant_id = $1 AND a.ticket_id = t.id
            ORDER BY a.assessed_at DESC
            LIMIT 1) AS a ON true
        LEFT JOIN warranty.assessment_contests AS ac ON ac.tenant_id = $1 AND ac.ticket_id = t.id
        WHERE t.tenant_id = $1 AND t.number = $3 AND (t.customer_id = $2 OR (t.shared_with_unit AND t.location_unit_id IN (SELECT o.unit_id
        FROM tenancy.customers AS c
        JOIN tenancy.tenants AS tn ON tn.id = c.tenant_id
        JOIN locations.occupancies AS o ON o.tenant_id = c.tenant_id
             AND (o.subject = c.subject OR (o.subject IS NULL AND o.email = lower(c.email)))
        WHERE c.tenant_id = $1 AND c.id = $2 AND o.role IN ('Owner', 'CoOwner')
          AND o."from" <= (now() AT TIME ZONE tn.time_zone)::date
          AND (o."to" IS NULL OR o."to" >= (now() AT TIME ZONE tn.time_zone)::date))))
        """;

    /// <summary>GetTicket, second: public comments and status changes in one UNION ALL (<c>PostgresTicketDetailReader.History</c>).</summary>
    public const string DetailHistory =
        """
        SELECT id, at, body, author_name, author_kind, status_id, label_pt_br, label_en, label_es, category, is_automatic
        FROM (
            SELECT c.id, c.created_at AS at, c.body, c.author_name, c.author_kind,
                   NULL::uuid AS status_id, NULL AS label_pt_br, NULL AS label_en, NULL AS label_es, NULL AS category,
                   false AS is_automatic
            FROM tickets.comments AS c
            WHERE c.tenant_id = $1 AND c.ticket_id = (SELECT t.id FROM tickets.tickets AS t WHERE t.tenant_id = $1 AND t.number = $3 AND (t.customer_id = $2 OR (t.shared_with_unit AND t.location_unit_id IN (SELECT o.unit_id
        FROM tenancy.customers AS c
        JOIN tenancy.tenants AS tn ON tn.id = c.tenant_id
        JOIN locations.occupancies AS o ON o.tenant_id = c.tenant_id
             AND (o.subject = c.subject OR (o.subject IS NULL AND o.email = lower(c.email)))
        WHERE c.tenant_id = $1 AND c.id = $2 AND o.role IN ('Owner', 'CoOwner')
          AND o."from" <= (now() AT TIME ZONE tn.time_zone)::date
          AND (o."to" IS NULL OR o."to" >= (now() AT TIME ZONE tn.time_zone)::date))))) AND NOT c.is_internal
            UNION ALL
            SELECT ch.id, ch.changed_at, NULL, NULL, ch.changed_by_kind,
                   s.id, s.label_pt_br, s.label_en, s.label_es, s.category,
                   ch.is_automatic
            FROM tickets.ticket_status_changes AS ch
            JOIN workflow.ticket_statuses AS s ON s.tenant_id = $1 AND s.id = ch.to_status_id
            WHERE ch.tenant_id = $1 AND ch.ticket_id = (SELECT t.id FROM tickets.tickets AS t WHERE t.tenant_id = $1 AND t.number = $3 AND (t.customer_id = $2 OR (t.shared_with_unit AND t.location_unit_id IN (SELECT o.unit_id
        FROM tenancy.customers AS c
        JOIN tenancy.tenants AS tn ON tn.id = c.tenant_id
        JOIN locations.occupancies AS o ON o.tenant_id = c.tenant_id
             AND (o.subject = c.subject OR (o.subject IS NULL AND o.email = lower(c.email)))
        WHERE c.tenant_id = $1 AND c.id = $2 AND o.role IN ('Owner', 'CoOwner')
          AND o."from" <= (now() AT TIME ZONE tn.time_zone)::date
          AND (o."to" IS NULL OR o."to" >= (now() AT TIME ZONE tn.time_zone)::date)))))
        ) AS history
        ORDER BY at, status_id IS NOT NULL, id
        """;

    /// <summary>GetTicket, third: the files, without those of internal notes (<c>PostgresTicketDetailReader.Attachments</c>).</summary>
    public const string DetailAttachments =
        """
        SELECT a.comment_id, a.id, a.file_name, a.content_type, a.size, a.sha256
        FROM attachments.attachments AS a
        WHERE a.tenant_id = $1 AND a.ticket_id = (SELECT t.id FROM tickets.tickets AS t WHERE t.tenant_id = $1 AND t.number = $3 AND (t.customer_id = $2 OR (t.shared_with_unit AND t.location_unit_id IN (SELECT o.unit_id
        FROM tenancy.customers AS c
        JOIN tenancy.tenants AS tn ON tn.id = c.tenant_id
        JOIN locations.occupancies AS o ON o.tenant_id = c.tenant_id
             AND (o.subject = c.subject OR (o.subject IS NULL AND o.email = lower(c.email)))
        WHERE c.tenant_id = $1 AND c.id = $2 AND o.role IN ('Owner', 'CoOwner')
          AND o."from" <= (now() AT TIME ZONE tn.time_zone)::date
          AND (o."to" IS NULL OR o."to" >= (now() AT TIME ZONE tn.time_zone)::date)))))
          AND (a.comment_id IS NULL
               OR EXISTS (SELECT 1 FROM tickets.comments AS c WHERE c.tenant_id = $1 AND c.id = a.comment_id AND NOT c.is_internal))
        ORDER BY a.claimed_at, a.id
        """;

    /// <summary>OpenTicket: the subject with its service type. Parameters: ef_filter__CurrentTenantId, subjectId.</summary>
    public const string Subject =
        """
        SELECT s.id, s.department_id, s.is_active, s.name, s.service_type_id, s.sort_order, s.tenant_id, s.label_en, s.label_es, s.label_pt_br, s1.id, s1.is_active, s1.name, s1.sort_order, s1.tenant_id, s1.label_en, s1.label_es, s1.label_pt_br
        FROM catalog.subjects AS s
        INNER JOIN (
            SELECT s0.id, s0.is_active, s0.name, s0.sort_order, s0.tenant_id, s0.label_en, s0.label_es, s0.label_pt_br
            FROM catalog.service_types AS s0
            WHERE s0.tenant_id = @ef_filter__CurrentTenantId
        ) AS s1 ON s.service_type_id = s1.id
        WHERE s.tenant_id = @ef_filter__CurrentTenantId AND s.id = @subjectId
        LIMIT 2
        """;

    /// <summary>
    /// StatusFlows.ForServiceTypeAsync (openings) and ForTicketAsync (replies): the flow's candidate statuses.
    /// Parameters: ef_filter__CurrentTenantId, serviceTypeId.
    /// </summary>
    public const string FlowStatuses =
        """
        SELECT t.id, t.category, t.is_active, t.is_default, t.name, t.notify_customer, t.service_type_id, t.sort_order, t.tenant_id, t.label_en, t.label_es, t.label_pt_br, t.assessment_outcome
        FROM workflow.ticket_statuses AS t
        WHERE t.tenant_id = @ef_filter__CurrentTenantId AND (t.service_type_id IS NULL OR t.service_type_id = @serviceTypeId)
        """;

    /// <summary>TicketNumberAllocator. Parameters: $1 (tenant id), $2 (the queue's lock class, 1).</summary>
    public const string NextNumber =
        """
        INSERT INTO tickets.ticket_number_sequences AS s (tenant_id, last_number)
        SELECT $1, 1
        FROM (SELECT pg_advisory_xact_lock($2, hashtext($1::text))) AS queued
        ON CONFLICT (tenant_id) DO UPDATE SET last_number = s.last_number + 1
        RETURNING s.last_number
        """;

    /// <summary>SaveChanges of an opening: the new ticket, in one batch with its outbox messages.</summary>
    public const string InsertTicket =
        """
        INSERT INTO tickets.tickets (id, created_at, customer_id, department_id, description, last_activity_at, number, service_type_id, status_id, subject_id, tenant_id)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)
        RETURNING xmin
        """;

    /// <summary>NotificationOutbox: the tenant's active webhook endpoints. Parameter: ef_filter__CurrentTenantId.</summary>
    public const string WebhookEndpoints =
        """
        SELECT w.id, w.created_at, w.event_types, w.is_active, w.secret, w.tenant_id, w.url
        FROM notifications.webhook_endpoints AS w
        WHERE w.tenant_id = @ef_filter__CurrentTenantId AND w.is_active
        """;

    /// <summary>
    /// NotificationOutbox.Parties: who a ticket's messages are from and to, read before the opening takes its number (and,
    /// for a reply, before its batch is saved). Parameters: ef_filter__CurrentTenantId, customerId, subjectId, departmentId.
    /// </summary>
    public const string MailParties =
        """
        SELECT s0.name, s0.label_pt_br, s0.label_en, s0.label_es, c.name, c.email, c.locale, t.name, t.slug, t.default_locale, d0.notification_email
        FROM tenancy.customers AS c
        INNER JOIN tenancy.tenants AS t ON c.tenant_id = t.id
        CROSS JOIN (
            SELECT s.id, s.name, s.label_en, s.label_es, s.label_pt_br
            FROM catalog.subjects AS s
            WHERE s.tenant_id = @ef_filter__CurrentTenantId
        ) AS s0
        CROSS JOIN (
            SELECT d.id, d.notification_email
            FROM catalog.departments AS d
            WHERE d.tenant_id = @ef_filter__CurrentTenantId
        ) AS d0
        WHERE c.tenant_id = @ef_filter__CurrentTenantId AND c.id = @customerId AND s0.id = @subjectId AND d0.id = @departmentId
        LIMIT 2
        """;

    /// <summary>SaveChanges of an outbox message, in the batch of the change that caused it.</summary>
    public const string InsertOutboxMessage =
        """
        INSERT INTO notifications.outbox_messages (id, attempts, channel, created_at, delivered_at, last_error, next_attempt_at, payload, recipient, status, tenant_id, type)
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)
        """;

    /// <summary>TicketLocks (ReplyToTicket, first): the ticket's row lock. Parameters: p0 (tenant id), p1 (number).</summary>
    public const string LockTicket =
        """
        SELECT 1 FROM tickets.tickets WHERE tenant_id = @p0 AND number = @p1 FOR UPDATE
        """;

    /// <summary>ReplyToTicket: the ticket, tracked. Parameters: ef_filter__CurrentTenantId, command_Number, customerId.</summary>
    public const string ReplyTicket =
        """
        SELECT t.id, t.created_at, t.customer_id, t.department_id, t.description, t.last_activity_at, t.number, t.service_type_id, t.status_id, t.subject_id, t.tenant_id, t.xmin
        FROM tickets.tickets AS t
        WHERE t.tenant_id = @ef_filter__CurrentTenantId AND t.number = @command_Number AND t.customer_id = @customerId
        LIMIT 2
        """;

    /// <summary>ConversationWrites (a reply's batch), first statement: the comment. Positional parameters.</summary>
    public const string ReplyInsertComment =
        """
        INSERT INTO tickets.comments (id, tenant_id, ticket_id, author_kind, author_id, author_name, body, is_internal, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """;

    /// <summary>ConversationWrites, second statement: the ticket's status and activity, at the version read.</summary>
    public const string ReplyUpdateTicket =
        """
        UPDATE tickets.tickets SET status_id = $1, last_activity_at = $2
        WHERE id = $3 AND xmin = $4
        """;

    /// <summary>ConversationWrites, then: each outbox message the reply caused.</summary>
    public const string ReplyInsertOutboxMessage =
        """
        INSERT INTO notifications.outbox_messages (id, tenant_id, channel, type, recipient, payload, status, attempts, created_at, next_attempt_at, delivered_at, last_error)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
        """;

    /// <summary>
    /// OutboxDispatcher.ClaimAsync: due messages of one channel, leased for a round (the API sends it through EF Core's
    /// FromSql). Positional parameters: $1 lease end, $2 now, $3 channel, $4 batch size.
    /// </summary>
    public const string ClaimOutboxMessages =
        """
        UPDATE notifications.outbox_messages AS m SET next_attempt_at = $1
        FROM (
            SELECT id FROM notifications.outbox_messages
            WHERE status = 'Pending' AND next_attempt_at <= $2 AND channel = $3
            ORDER BY next_attempt_at
            LIMIT $4
            FOR UPDATE SKIP LOCKED) AS due
        WHERE m.id = due.id
        RETURNING m.*
        """;

    /// <summary>OutboxDispatcher.RecordAsync: SaveChanges of a delivered message, one per message in one batch.</summary>
    public const string RecordDelivered =
        """
        UPDATE notifications.outbox_messages SET attempts = @p0, delivered_at = @p1, status = @p2
        WHERE id = @p3
        """;
}
