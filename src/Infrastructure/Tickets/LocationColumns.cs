using Npgsql;
using PosVendas.Application.Tickets;

namespace PosVendas.Infrastructure.Tickets;

/// <summary>
/// A ticket's location snapshot as the hand-written readers select it: location_kind, location_development_id,
/// location_development_name, location_building_id, location_building_name, location_unit_id, location_unit_code,
/// location_common_area_id, location_common_area_name, location_description, in that order.
/// </summary>
internal static class LocationColumns
{
    /// <summary>The location read from the ten columns starting at <paramref name="first"/>; null when the ticket has none.</summary>
    public static TicketLocationDto? Read(NpgsqlDataReader reader, int first) => reader.IsDBNull(first)
        ? null
        : TicketLocationDto.From(
            Text(reader, first), Id(reader, first + 1), Text(reader, first + 2), Id(reader, first + 3), Text(reader, first + 4),
            Id(reader, first + 5), Text(reader, first + 6), Id(reader, first + 7), Text(reader, first + 8), Text(reader, first + 9));

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static Guid? Id(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);
}
