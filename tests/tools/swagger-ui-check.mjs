// Opens Swagger UI in headless Chromium (Debian's package), authorizes with a bearer token and runs one operation.
// Usage: node swagger-ui-check.mjs <base-url> <token>. Prints one JSON line: {operations, status}.
import { chromium } from "playwright-core";

const [baseUrl, token] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
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
  console.log(JSON.stringify({ operations, status: (await status.innerText()).trim() }));
} finally {
  await browser.close();
}
