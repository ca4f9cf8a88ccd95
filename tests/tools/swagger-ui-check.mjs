// Opens Swagger UI in headless Chromium (Debian's package), authorizes with a bearer token and runs one operation;
// then opens that operation's deep link in a fresh load and runs it again without authorizing (the token persisted).
// Usage: node swagger-ui-check.mjs <base-url> <token>. Prints one JSON line: {operations, status, deepLink, statusAfterReload}.
import { chromium } from "playwright-core";

const [baseUrl, token] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/swagger/index.html`);
  await page.waitForSelector(".opblock", { timeout: 30000 });
  const operations = await page.locator(".opblock").count();

  await page.click("button.authorize");
  await page.locator(".modal-ux input").first().fill(token);
  await page.locator(".modal-ux button.authorize").click();
  await page.locator(".modal-ux button.btn-done").click();

  const operation = page.locator("#operations-Tickets-ListMyTickets");
  await operation.locator(".opblock-summary").click();
  await operation.locator("button.try-out__btn").click();
  await operation.locator("button.execute").click();
  const status = operation.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor({ timeout: 30000 });
  const statusText = (await status.innerText()).trim();
  const deepLink = new URL(page.url()).hash;

  // A new tab of the same browser profile: a fresh load that shares the page's local storage.
  const fresh = await context.newPage();
  await fresh.goto(`${baseUrl}/swagger/index.html${deepLink}`);
  const linked = fresh.locator("#operations-Tickets-ListMyTickets");
  await linked.locator("button.try-out__btn").waitFor({ timeout: 30000 });
  await linked.locator("button.try-out__btn").click();
  await linked.locator("button.execute").click();
  const again = linked.locator(".live-responses-table .response .response-col_status").first();
  await again.waitFor({ timeout: 30000 });
  console.log(JSON.stringify({ operations, status: statusText, deepLink, statusAfterReload: (await again.innerText()).trim() }));
} finally {
  await browser.close();
}
