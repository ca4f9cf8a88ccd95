import { defineConfig } from "@playwright/test";

// The portal in Debian's chromium (scripts/test.sh installs it; Playwright's own browser download is not used) against
// the environment global-setup.ts starts: the API with the built portal, PostgreSQL and two OpenID providers.
export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  globalSetup: "./global-setup.ts",
  // One API and one database for all: the flows run one after another, as the machine has two cores.
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "../../TestResults/portal/results.json" }]],
  outputDir: "../../TestResults/portal/output",
  use: {
    baseURL: process.env.POSVENDAS_PORTAL_API_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      // The machine's network is closed: no background connections, no sandbox as root.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
});
