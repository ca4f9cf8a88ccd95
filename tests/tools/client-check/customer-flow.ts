// The customer flow a front end writes against the generated types of docs/openapi.json. It is type-checked in CI:
// if the contract changes in a way that breaks front ends, this stops compiling.
import type { components } from "./generated/posvendas";

type Schemas = components["schemas"];
type Problem = Schemas["ProblemDetails"];

async function call<T>(base: string, path: string, init: RequestInit): Promise<T> {
  const response = await fetch(base + path, init);
  if (!response.ok) {
    const problem = (await response.json()) as Problem;
    throw new Error(`${problem.status} ${problem.title}: ${problem.detail ?? ""}`);
  }
  return (await response.json()) as T;
}

export async function customerFlow(base: string, token: string, photo: Blob): Promise<string> {
  const auth = { Authorization: `Bearer ${token}` };
  const json = { ...auth, "Content-Type": "application/json" };

  const catalog = await call<Schemas["ServiceCatalogResponse"]>(base, "/api/v1/service-types", { headers: auth });
  const subject: Schemas["SubjectDto"] | undefined = catalog.items[0]?.subjects[0];
  if (subject === undefined) {
    throw new Error("The tenant offers no subject.");
  }

  const form = new FormData();
  form.append("files", photo, "parede.jpg");
  const uploads = await call<Schemas["UploadAttachmentsResponse"]>(base, "/api/v1/attachments", { method: "POST", headers: auth, body: form });

  const open: Schemas["OpenTicketRequest"] = {
    subjectId: subject.id,
    description: "Infiltração na parede da sala.",
    attachmentIds: uploads.items.map((upload) => upload.id),
  };
  const ticket = await call<Schemas["TicketDetailResponse"]>(base, "/api/v1/tickets", {
    method: "POST",
    headers: { ...json, "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify(open),
  });

  const page = await call<Schemas["TicketListResponse"]>(base, "/api/v1/tickets?limit=20", { headers: auth });
  const next: string | null | undefined = page.nextCursor;

  const reply: Schemas["ReplyRequest"] = { body: "Segue mais um detalhe.", attachmentIds: [] };
  const comment = await call<Schemas["CommentDto"]>(base, `/api/v1/tickets/${ticket.number}/comments`, {
    method: "POST",
    headers: json,
    body: JSON.stringify(reply),
  });

  const detail = await call<Schemas["TicketDetailResponse"]>(base, `/api/v1/tickets/${ticket.number}`, { headers: auth });
  const category: Schemas["StatusCategory"] = detail.status.category;
  const steps = detail.timeline.map((entry) => (entry.kind === "status_change" ? entry.status?.name : entry.commentId));
  return `${ticket.number} ${category} ${comment.author.kind} ${steps.length} ${next ?? "last page"}`;
}
