// A ticket's status label (in the caller's language, from the API), coloured by its category.
import type { StatusDto } from "../api/generated/types.gen";

export function StatusBadge({ status }: { status: StatusDto }) {
  return <span className={`status status-${status.category}`}>{status.name}</span>;
}
