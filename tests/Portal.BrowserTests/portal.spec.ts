// A customer's whole journey in the reference portal, in a real browser, in each of its languages and on a phone:
// sign in through the tenant's OpenID provider's login page, open a ticket with two files dropped on the page, find
// it in the list, open it, reply, read the team's answer (made through the API), confirm the solution. Every screen is
// checked with axe-core and saved as a screenshot in TestResults/portal/.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SignJWT } from "jose";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

type Texts = Record<string, any>;
const texts = (language: string): Texts =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../src/Portal/src/i18n/${language}.json`), "utf8"));

const screenshots = resolve(import.meta.dirname, "../../TestResults/portal");

// A 1×1 PNG and a one-page PDF: real files, since the API checks uploads by their content.
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

const words = {
  "pt-BR": {
    description: "Há uma mancha de umidade na parede da sala, perto da janela.",
    reply: "Segue a foto de hoje: a mancha aumentou depois da chuva.",
    answer: "Olá! Trocamos a vedação da janela e refizemos a pintura da parede.",
  },
  en: {
    description: "There is a damp patch on the living-room wall, near the window.",
    reply: "Here is today's photo: the patch grew after the rain.",
    answer: "Hello! We replaced the window seal and repainted the wall.",
  },
  es: {
    description: "Hay una mancha de humedad en la pared del salón, cerca de la ventana.",
    reply: "Adjunto la foto de hoy: la mancha creció después de la lluvia.",
    answer: "¡Hola! Cambiamos el sellado de la ventana y volvimos a pintar la pared.",
  },
};

const journeys = [
  { name: "pt-BR on a desktop, tenant alpha (Keycloak layout)", language: "pt-BR", tenant: "alpha", login: "ana", phone: false },
  { name: "en on a desktop, tenant beta (Entra ID layout)", language: "en", tenant: "beta", login: "john", phone: false },
  { name: "es on a desktop, tenant alpha", language: "es", tenant: "alpha", login: "pablo", phone: false },
  { name: "pt-BR on a phone", language: "pt-BR", tenant: "alpha", login: "ana", phone: true },
] as const;

for (const journey of journeys) {
  test(`a customer opens, follows and confirms a ticket: ${journey.name}`, async ({ browser }) => {
    const t = texts(journey.language);
    const said = words[journey.language];
    const context = await browser.newContext({
      locale: journey.language,
      viewport: journey.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
      isMobile: journey.phone,
      hasTouch: journey.phone,
    });
    const page = await context.newPage();
    const shot = (screen: string) => page.screenshot({ path: `${screenshots}/${journey.language}${journey.phone ? "-phone" : ""}-${screen}.png`, fullPage: true });

    // Signing in: the portal sends the customer to the tenant's provider and back.
    await page.goto(`/portal/${journey.tenant}/`);
    await expect(page.getByRole("heading", { level: 1, name: t.signin.title })).toBeVisible();
    await checkAccessibility(page, "sign-in");
    await shot("sign-in");
    await page.getByRole("button", { name: t.signin.button, exact: true }).click();
    await page.locator("input[name=login]").fill(journey.login);
    await page.locator("input[name=password]").fill("any password");
    await page.locator("button[type=submit]").click();
    await expect(page.getByRole("heading", { level: 1, name: t.tickets.title })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/portal/${journey.tenant}/?$`));

    // Opening a ticket with two files dropped on the page.
    await page.getByRole("link", { name: t.tickets.openTicket }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: t.newTicket.title })).toBeVisible();
    await page.getByLabel(t.newTicket.serviceType, { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(t.newTicket.subject, { exact: true }).selectOption({ index: 1 });
    const location = page.getByLabel(t.newTicket.location, { exact: true });
    if (await location.isVisible()) {
      const unit = await location.locator("option[value^='unit:']").first().getAttribute("value").catch(() => null);
      if (unit) await location.selectOption(unit);
    }
    await page.getByLabel(t.newTicket.description).fill(said.description);
    await dropFiles(page, [
      { name: "parede.png", type: "image/png", content: png },
      { name: "laudo.pdf", type: "application/pdf", content: pdf },
    ]);
    // Each file shows its own progress bar while it uploads, then that it is done.
    for (const name of ["parede.png", "laudo.pdf"]) {
      await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText(t.uploads.done);
    }
    await checkAccessibility(page, "new ticket");
    await shot("new-ticket");
    await page.getByRole("button", { name: t.newTicket.submit, exact: true }).click();

    // The detail: the new ticket with its two files.
    const heading = page.getByRole("heading", { level: 1, name: new RegExp(t.detail.title.replace("{{number}}", "\\d+")) });
    await expect(heading).toBeVisible();
    const number = Number((await heading.textContent())!.match(/\d+/)![0]);
    await expect(page.getByText(said.description)).toBeVisible();
    await expect(page.getByRole("button", { name: t.detail.download.replace("{{name}}", "parede.png") })).toBeVisible();
    await expect(page.getByRole("button", { name: t.detail.download.replace("{{name}}", "laudo.pdf") })).toBeVisible();
    await expect(page.getByRole("img", { name: t.detail.preview.replace("{{name}}", "parede.png") })).toBeVisible();

    // The list shows it, newest first.
    await page.getByRole("link", { name: t.detail.back }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.tickets.title })).toBeVisible();
    const row = page.getByRole("link", { name: new RegExp(`^#${number}\\b`) });
    await expect(row).toBeVisible();
    await checkAccessibility(page, "my tickets");
    await shot("my-tickets");

    // Replying.
    await row.click();
    await expect(heading).toBeVisible();
    await page.getByLabel(t.detail.reply.body).fill(said.reply);
    await page.getByRole("button", { name: t.detail.reply.submit }).click();
    await expect(page.getByText(said.reply)).toBeVisible();

    // The team answers through the API and marks the ticket solved; the customer sees it and confirms.
    await answerAsStaff(journey.tenant, number, said.answer);
    await page.reload();
    await expect(page.getByText(said.answer)).toBeVisible();
    await expect(page.getByText("Equipe Técnica")).toBeVisible();
    // The status change the answer made says the team made it (staff names stay inside the company).
    await expect(page.locator(".status-change").last()).toContainText(t.detail.changedBy.replace("{{author}}", t.detail.author.staff));
    await expect(page.getByRole("heading", { name: t.detail.confirm.title })).toBeVisible();
    await checkAccessibility(page, "ticket detail");
    await shot("ticket-detail");
    await page.getByRole("button", { name: t.detail.confirm.button }).click();
    await expect(page.getByText(t.detail.confirm.done)).toBeVisible();
    await expect(page.getByRole("heading", { name: t.detail.confirm.title })).toHaveCount(0);

    if (journey.phone) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "nothing scrolls sideways on a phone").toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}

test("a file the server refuses shows the server's reason next to it, and can be removed", async ({ browser }) => {
  const t = texts("en");
  const context = await browser.newContext({ locale: "en" });
  const page = await context.newPage();
  await page.goto("/portal/beta/");
  await page.getByRole("button", { name: t.signin.button, exact: true }).click();
  await page.locator("input[name=login]").fill("john");
  await page.locator("input[name=password]").fill("any password");
  await page.locator("button[type=submit]").click();
  await page.getByRole("link", { name: t.tickets.openTicket }).first().click();

  // Named like a photo, but its content is a program: the API checks content and answers 415.
  await dropFiles(page, [{ name: "photo.png", type: "image/png", content: Buffer.from("MZ\x90\x00 not an image at all") }]);

  const item = page.getByRole("listitem").filter({ hasText: "photo.png" });
  await expect(item).toContainText(t.uploads.error);
  await expect(item).toContainText("The content is not an accepted type", { ignoreCase: false });
  await page.getByRole("button", { name: t.uploads.remove.replace("{{name}}", "photo.png") }).click();
  await expect(item).toHaveCount(0);
  await context.close();
});

test("a long list loads more as the customer scrolls, in the company's colour", async ({ browser }) => {
  const t = texts("en");
  // Beta's admin picks a colour; John (beta's Entra ID user "john") has 25 more tickets, opened through the API.
  const admin = await tokenFor("beta", { sub: "admin-beta", email: "admin@beta.example", name: "Beta Admin", role: "admin" });
  const settings = await api("GET", "/api/v1/admin/settings", admin);
  await api("PATCH", "/api/v1/admin/settings", admin, { primaryColor: "#7A1F3D" }, { "If-Match": settings.headers.get("etag")! });
  const john = await tokenFor("beta", { sub: "john", email: "john@example.com", name: "John Smith", role: "customer" });
  const catalog = await (await api("GET", "/api/v1/service-types", john)).json();
  const subject = catalog.items.flatMap((type: any) => type.subjects).find((candidate: any) => !candidate.locationRequired);
  for (let i = 1; i <= 25; i++) {
    await api("POST", "/api/v1/tickets", john, { subjectId: subject.id, description: `Ticket ${i} of a long list.` });
  }

  const context = await browser.newContext({ locale: "en" });
  const page = await context.newPage();
  await page.goto("/portal/beta/");
  await page.getByRole("button", { name: t.signin.button, exact: true }).click();
  await page.locator("input[name=login]").fill("john");
  await page.locator("input[name=password]").fill("any password");
  await page.locator("button[type=submit]").click();
  await expect(page.getByRole("heading", { level: 1, name: t.tickets.title })).toBeVisible();

  const rows = page.getByRole("link", { name: /^#\d+\b/ });
  await expect(rows).toHaveCount(20);
  await rows.last().scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 10_000);
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(25);
  const colour = await page.getByRole("link", { name: t.tickets.openTicket }).first().evaluate((link) => getComputedStyle(link).backgroundColor);
  expect(colour).toBe("rgb(122, 31, 61)");
  await context.close();
});

async function tokenFor(tenant: string, claims: { sub: string; email: string; name: string; role: string }): Promise<string> {
  return new SignJWT({ email: claims.email, name: claims.name, tenant, role: claims.role })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.sub)
    .setIssuer("posvendas")
    .setAudience("posvendas-api")
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(process.env.POSVENDAS_PORTAL_SIGNING_KEY!));
}

async function api(method: string, path: string, token: string, body?: object, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(`${process.env.POSVENDAS_PORTAL_API_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `${method} ${path}: ${response.status} ${response.ok ? "" : await response.clone().text()}`).toBe(true);
  return response;
}

/** Drops files on the upload area as a person dragging them from their desktop would. */
async function dropFiles(page: Page, files: { name: string; type: string; content: Buffer }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
    }
    return transfer;
  }, files.map((file) => ({ name: file.name, type: file.type, base64: file.content.toString("base64") })));
  const zone = page.locator(".drop-zone");
  await zone.dispatchEvent("dragenter", { dataTransfer });
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
}

/** No serious or critical WCAG 2.2 A/AA violation on the screen. */
async function checkAccessibility(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`), `${screen} has no serious accessibility violation`).toEqual([]);
}

/** An agent of the tenant answers and marks the ticket solved, through the public API with a deployment-signed token. */
async function answerAsStaff(tenant: string, number: number, body: string) {
  const token = await tokenFor(tenant, { sub: "agent-browser-tests", email: "equipe@example.com", name: "Equipe Técnica", role: "agent" });
  const statuses = await (await api("GET", "/api/v1/staff/statuses", token)).json();
  const solved = statuses.items.find((status: any) => status.category === "solved" && status.isDefault && status.serviceTypeId === null);
  const ticket = await api("GET", `/api/v1/staff/tickets/${number}`, token);
  const answered = await api("POST", `/api/v1/staff/tickets/${number}/comments`, token, { body, internal: false, statusId: solved.id }, { "If-Match": ticket.headers.get("etag")! });
  expect(answered.status).toBe(201);
}
