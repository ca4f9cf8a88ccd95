// The whole ticket flow through the TypeScript SDK that @hey-api/openapi-ts generates from docs/openapi.json, as a
// partner's front end or integration would write it: no hand-written HTTP. The functional test
// GeneratedClientFlowTests compiles it (tsc) and runs it (node) against a live API; it prints one JSON line with
// what it saw, which the test checks against the API's own state.
import { createClient } from "./generated/client";
import * as api from "./generated/sdk.gen";
import type { RuleProblem, StaffTicketResponse, ValidationProblem } from "./generated/types.gen";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

const baseUrl = required("POSVENDAS_API_URL");
// Each call throws on an error status unless it says otherwise (throwOnError: false, to read the problem).
const customer = { client: createClient({ baseUrl, auth: required("POSVENDAS_CUSTOMER_TOKEN") }), throwOnError: true } as const;
const staff = { client: createClient({ baseUrl, auth: required("POSVENDAS_STAFF_TOKEN") }), throwOnError: true } as const;

// A small PNG (its signature and padding; the API decides the type from the bytes) and a UTF-8 text file.
const png = new Uint8Array(2048);
png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const text = new TextEncoder().encode("Medições da sala: 3,20 m × 4,10 m.\nInfiltração próxima à janela.\n");

async function main(): Promise<void> {
  const catalog = (await api.listServiceTypes({ ...customer })).data;
  const subject = catalog.items.flatMap((serviceType) => serviceType.subjects)[0];
  if (subject === undefined) {
    throw new Error("The tenant offers no subject.");
  }

  const uploads = (
    await api.uploadAttachments({
      ...customer,
      body: { files: [new File([png], "parede.png", { type: "image/png" }), new File([text], "medições.txt", { type: "text/plain" })] },
    })
  ).data;

  const opened = await api.openTicket({
    ...customer,
    headers: { "Idempotency-Key": crypto.randomUUID() },
    body: {
      subjectId: subject.id,
      description: "Há uma infiltração na parede da sala, perto da janela.",
      attachmentIds: uploads.items.map((upload) => upload.id),
    },
  });
  const number = opened.data.number;

  const list = (await api.listMyTickets({ ...customer, query: { state: "open", limit: 20 } })).data;
  const detail = (await api.getTicket({ ...customer, path: { number } })).data;
  const reply = await api.replyToTicket({ ...customer, path: { number }, body: { body: "Segue mais um detalhe: a mancha aumentou." } });

  const answer = await api.replyAsStaff({
    ...staff,
    path: { number },
    body: { body: "Olá! Vamos agendar uma vistoria.", internal: false },
  });
  const read = await api.getStaffTicket({ ...staff, path: { number } });
  const etag = read.response.headers.get("ETag") ?? "";
  const target = read.data.availableStatuses.find((status) => status.category === "pending");
  if (target === undefined) {
    throw new Error("The ticket's flow has no pending status.");
  }
  const changed = await api.changeTicketStatus({
    ...staff,
    path: { number },
    headers: { "If-Match": etag },
    body: { statusId: target.id },
  });
  const changedTicket: StaffTicketResponse = changed.data;

  const photo = detail.attachments.find((attachment) => attachment.fileName === "parede.png");
  if (photo === undefined) {
    throw new Error("The ticket does not list the photo.");
  }
  const part = await api.downloadAttachment({
    ...customer,
    path: { id: photo.id },
    headers: { Range: "bytes=0-7" },
    parseAs: "blob",
  });
  const partBytes = new Uint8Array(await (part.data as Blob).arrayBuffer());

  // The same upload claimed twice: a 409 whose rule a program can branch on.
  const again = await api.openTicket({
    ...customer,
    throwOnError: false,
    body: { subjectId: subject.id, description: "De novo.", attachmentIds: [photo.id] },
  });
  const conflict = again.error as RuleProblem | undefined;
  // A description that is missing: a 400 naming the field.
  const invalid = await api.openTicket({ ...customer, throwOnError: false, body: { subjectId: subject.id } });
  const validation = invalid.error as ValidationProblem | undefined;

  console.log(
    JSON.stringify({
      number,
      uploaded: uploads.items.map((upload) => upload.fileName),
      location: opened.response.headers.get("Location"),
      listed: list.items.some((item) => item.number === number),
      detailAttachments: detail.attachments.map((attachment) => ({ sha256: attachment.sha256, contentPath: attachment.contentPath })),
      replyLocation: reply.response.headers.get("Location"),
      categoryAfterStaffAnswer: read.data.status.category,
      staffAnswerAuthor: answer.data.author.kind,
      etag,
      changedTo: changedTicket.status.id,
      changedEtag: changed.response.headers.get("ETag"),
      rangeStatus: part.response.status,
      contentRange: part.response.headers.get("Content-Range"),
      rangeBytes: Array.from(partBytes),
      conflictStatus: again.response?.status,
      conflictRule: conflict?.rule,
      validationStatus: invalid.response?.status,
      validationFields: Object.keys(validation?.errors ?? {}),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : JSON.stringify(error));
  process.exitCode = 1;
});
