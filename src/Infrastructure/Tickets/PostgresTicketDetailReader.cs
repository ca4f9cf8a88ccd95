using Npgsql;
using PosVendas.Application.Common.Responses;
using PosVendas.Application.Tickets;
using PosVendas.Domain.Tickets;
using PosVendas.Domain.Warranty;
using PosVendas.Domain.Workflow;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// The customer's ticket detail in one round trip: three hand-written statements in one Npgsql batch, each finding the
/// ticket by (tenant, number) and the customer's right to see it itself, so none waits for another's answer, and no
/// database context is leased (ADR 0021, after ADR 0008 did the same for the list). The tenant is in every table's
/// condition, as EF Core's query filter would have put it; a number of another customer finds nothing unless it was
/// shared with a unit the caller owns or co-owns (<see cref="SharedUnits"/>), and the handler answers 404.
/// Every statement's parameters: $1 tenant, $2 customer, $3 number.
/// </summary>
internal sealed class PostgresTicketDetailReader(NpgsqlDataSource dataSource) : ITicketDetailReader
{
    /// <summary>The ticket with its labels, department and version. The raw baseline sends this text too.</summary>
    public const string Header =
        $"""
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
        WHERE t.tenant_id = $1 AND t.number = $3 AND {SharedUnits.SeenByCustomer}
        """;

    /// <summary>
    /// The public comments and the status changes in one UNION ALL, oldest first; at the same instant a reply comes
    /// before the move it caused. A comment's row has no status. The raw baseline sends this text too.
    /// </summary>
    public const string History =
        $"""
        SELECT id, at, body, author_name, author_kind, status_id, label_pt_br, label_en, label_es, category, is_automatic
        FROM (
            SELECT c.id, c.created_at AS at, c.body, c.author_name, c.author_kind,
                   NULL::uuid AS status_id, NULL AS label_pt_br, NULL AS label_en, NULL AS label_es, NULL AS category,
                   false AS is_automatic
            FROM tickets.comments AS c
            WHERE c.tenant_id = $1 AND c.ticket_id = {TicketId} AND NOT c.is_internal
            UNION ALL
            SELECT ch.id, ch.changed_at, NULL, NULL, ch.changed_by_kind,
                   s.id, s.label_pt_br, s.label_en, s.label_es, s.category,
                   ch.is_automatic
            FROM tickets.ticket_status_changes AS ch
            JOIN workflow.ticket_statuses AS s ON s.tenant_id = $1 AND s.id = ch.to_status_id
            WHERE ch.tenant_id = $1 AND ch.ticket_id = {TicketId}
        ) AS history
        ORDER BY at, status_id IS NOT NULL, id
        """;

    /// <summary>
    /// The ticket's files, oldest first, without those of internal notes. The raw baseline sends this text too.
    /// </summary>
    public const string Attachments =
        $"""
        SELECT a.comment_id, a.id, a.file_name, a.content_type, a.size, a.sha256
        FROM attachments.attachments AS a
        WHERE a.tenant_id = $1 AND a.ticket_id = {TicketId}
          AND (a.comment_id IS NULL
               OR EXISTS (SELECT 1 FROM tickets.comments AS c WHERE c.tenant_id = $1 AND c.id = a.comment_id AND NOT c.is_internal))
        ORDER BY a.claimed_at, a.id
        """;

    private const string TicketId = $"(SELECT t.id FROM tickets.tickets AS t WHERE t.tenant_id = $1 AND t.number = $3 AND {SharedUnits.SeenByCustomer})";

    public async Task<TicketDetailResponse?> ReadForCustomerAsync(Guid tenantId, Guid customerId, int number, string locale, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var statement in (ReadOnlySpan<string>)[Header, History, Attachments])
        {
            var command = new NpgsqlBatchCommand(statement);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = tenantId });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = customerId });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = number });
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        // Of each label's three translations, only the one the customer reads is decoded.
        var serviceType = new NamedReference(reader.GetGuid(1), LabelColumns.Read(reader, 2, locale));
        var subject = new NamedReference(reader.GetGuid(5), LabelColumns.Read(reader, 6, locale));
        var department = new NamedReference(reader.GetGuid(9), reader.GetString(10));
        var status = new StatusDto(reader.GetGuid(11), LabelColumns.Read(reader, 12, locale), Enum.Parse<StatusCategory>(reader.GetString(15)));
        var description = reader.GetString(16);
        var createdAt = reader.GetFieldValue<DateTimeOffset>(17);
        var lastActivityAt = reader.GetFieldValue<DateTimeOffset>(18);
        var version = reader.GetFieldValue<uint>(19);
        var location = LocationColumns.Read(reader, 20);
        var sharedWithUnit = reader.GetBoolean(30);
        var sharedWithYou = reader.GetBoolean(31);
        var warranty = reader.IsDBNull(32)
            ? null
            : CustomerWarrantyDto.Of(Enum.Parse<WarrantyCoverageStatus>(reader.GetString(32)), reader.IsDBNull(33) ? null : reader.GetFieldValue<DateOnly>(33), locale);
        var assessment = reader.IsDBNull(34)
            ? null
            : CustomerAssessmentDto.Of(
                Enum.Parse<AssessmentOutcome>(reader.GetString(34)),
                reader.IsDBNull(35) ? null : Enum.Parse<AssessmentReason>(reader.GetString(35)),
                reader.GetString(36),
                reader.IsDBNull(37) ? null : reader.GetDecimal(37),
                reader.GetFieldValue<DateTimeOffset>(38),
                reader.GetFieldValue<DateOnly>(39),
                reader.GetInt32(40),
                reader.IsDBNull(41) ? null : reader.GetFieldValue<DateTimeOffset>(41),
                locale);

        await reader.NextResultAsync(cancellationToken);
        var comments = new List<(Guid Id, string Body, DateTimeOffset At, CommentAuthorDto Author)>();
        var timeline = new List<TimelineEntryDto>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            var at = reader.GetFieldValue<DateTimeOffset>(1);
            if (reader.IsDBNull(5))
            {
                comments.Add((id, reader.GetString(2), at, new CommentAuthorDto(reader.GetString(3), Enum.Parse<AuthorKind>(reader.GetString(4)))));
                timeline.Add(new TimelineEntryDto(TimelineEntryKind.Comment, at, id, null, Automatic: false, ChangedBy: null));
            }
            else
            {
                var movedTo = new StatusDto(reader.GetGuid(5), LabelColumns.Read(reader, 6, locale), Enum.Parse<StatusCategory>(reader.GetString(9)));
                timeline.Add(new TimelineEntryDto(TimelineEntryKind.StatusChange, at, null, movedTo, reader.GetBoolean(10), Enum.Parse<AuthorKind>(reader.GetString(4))));
            }
        }

        await reader.NextResultAsync(cancellationToken);
        var files = new List<(Guid? CommentId, AttachmentDto File)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add((
                reader.IsDBNull(0) ? null : reader.GetGuid(0),
                new AttachmentDto(reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5))));
        }

        var filesOf = files.ToLookup(file => file.CommentId, file => file.File);
        return new TicketDetailResponse(
            number,
            serviceType,
            subject,
            department,
            location,
            status,
            description,
            createdAt,
            lastActivityAt,
            [.. filesOf[null]],
            [.. comments.Select(c => new CommentDto(c.Id, c.Body, c.At, c.Author, [.. filesOf[c.Id]]))],
            timeline,
            sharedWithUnit,
            sharedWithYou,
            warranty,
            assessment)
        {
            ETag = $"\"{version}\"",
        };
    }
}
