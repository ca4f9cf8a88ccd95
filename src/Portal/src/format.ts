// Dates, sizes and money for people, in the portal's language; dates in the company's time zone.
import type { TicketLocationDto } from "./api/generated/types.gen";

export function formatDate(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "short", timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "short", timeStyle: "short", timeZone }).format(new Date(iso));
}

/** A calendar day (yyyy-mm-dd, no time): shown as that day whatever the time zone. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

export function formatBytes(bytes: number, language: string): string {
  const units = ["kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes > 0 ? Math.max(bytes / 1024, 0.1) : 0;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, { style: "unit", unit: units[unit], unitDisplay: "short", maximumFractionDigits: 1 }).format(value);
}

export function formatMoney(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "currency", currency: "BRL" }).format(value);
}

/** "Apto 1203, Torre A, Residencial Parque", a common area with its place, or the customer's words. */
export function formatLocation(location: TicketLocationDto): string {
  if (location.kind === "description") {
    return location.description ?? "";
  }
  const place = location.kind === "unit" ? location.unit?.name : location.commonArea?.name;
  return [place, location.building?.name, location.development?.name].filter(Boolean).join(", ");
}
