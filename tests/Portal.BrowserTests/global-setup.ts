// Starts what the browser tests run against, and returns the teardown that stops it:
// - a database of its own on the tests' PostgreSQL server (POSVENDAS_TEST_POSTGRES, as scripts/test.sh sets it),
//   migrated and holding two tenants made by the API's own `tenant add` command;
// - two real OpenID providers (tests/tools/oidc/provider.mjs): alpha's in Keycloak's claim layout, beta's in Entra ID's;
// - the built API (src/WebApi/bin/Debug/net10.0) serving the built portal (src/Portal/dist) at /portal/.
// What the tests need is passed on in POSVENDAS_PORTAL_* environment variables.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const apiDll = join(root, "src/WebApi/bin/Debug/net10.0/PosVendas.WebApi.dll");
const portalDist = join(root, "src/Portal/dist");
export const signingKey = "browser-tests-signing-key-0123456789-abcdefghij";

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The Npgsql connection string's parts, for psql. */
function serverOf(connectionString: string): Record<string, string> {
  const parts = Object.fromEntries(
    connectionString.split(";").filter(Boolean).map((pair) => {
      const [key, ...value] = pair.split("=");
      return [key.trim().toLowerCase(), value.join("=").trim()];
    }),
  );
  return { host: parts.host ?? "127.0.0.1", port: parts.port ?? "5432", user: parts.username ?? parts["user id"] ?? "postgres", password: parts.password ?? "" };
}

function psql(server: Record<string, string>, sql: string): void {
  const result = spawnSync("psql", ["-h", server.host, "-p", server.port, "-U", server.user, "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql], {
    env: { ...process.env, PGPASSWORD: server.password },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
}

function waitForLine(child: ChildProcess, prefix: string, name: string): Promise<void> {
  return new Promise((done, fail) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`${name} did not start: ${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split("\n").some((line) => line.startsWith(prefix))) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => fail(new Error(`${name} exited (${code}): ${output}`)));
  });
}

async function waitUntilLive(url: string, api: ChildProcess): Promise<void> {
  let output = "";
  api.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  api.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; attempt < 300; attempt++) {
    if (api.exitCode !== null) throw new Error(`The API exited (${api.exitCode}): ${output}`);
    try {
      if ((await fetch(`${url}/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`The API did not become live: ${output}`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const postgres = process.env.POSVENDAS_TEST_POSTGRES;
  if (!postgres) throw new Error("POSVENDAS_TEST_POSTGRES is not set: run the browser tests through scripts/test.sh.");
  if (!existsSync(apiDll)) throw new Error(`${apiDll} is missing: build the solution first (dotnet build).`);
  if (!existsSync(join(portalDist, "index.html"))) throw new Error("src/Portal/dist is missing: build the portal first (npm run build in src/Portal).");

  const work = mkdtempSync(join(tmpdir(), "posvendas-browser-"));
  const server = serverOf(postgres);
  const database = `posvendas_browser_${Date.now()}`;
  psql(server, `CREATE DATABASE ${database}`);
  const children: ChildProcess[] = [];
  const teardown = async () => {
    for (const child of children.reverse()) child.kill("SIGTERM");
    await new Promise((wait) => setTimeout(wait, 500));
    psql(server, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    await startEnvironment(children, work, postgres.replace(/Database=[^;]*/i, `Database=${database}`));
  } catch (error) {
    // Nothing may outlive a setup that failed half way: Playwright runs no teardown then.
    await teardown();
    throw error;
  }
  return teardown;
}

/** The providers, the tenants and the API; every process started goes into `children`. */
async function startEnvironment(children: ChildProcess[], work: string, connectionString: string): Promise<void> {
  const [apiPort, alphaPort, betaPort] = [await freePort(), await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;

  const provider = async (name: string, port: number, tenant: string, accounts: object, accessTokenClaims: string[]) => {
    const config = join(work, `${name}.json`);
    writeFileSync(config, JSON.stringify({
      port,
      keysFile: join(work, `${name}-keys.json`),
      audience: "posvendas-api",
      clients: [{
        client_id: "posvendas-portal",
        redirect_uris: [`${apiUrl}/portal/${tenant}/callback`],
        post_logout_redirect_uris: [`${apiUrl}/portal/${tenant}/`],
      }],
      accounts,
      accessTokenClaims,
    }));
    const child = spawn("node", [join(root, "tests/tools/oidc/provider.mjs"), config], { cwd: join(root, "tests/tools") });
    children.push(child);
    await waitForLine(child, "ready ", `The ${name} OpenID provider`);
    return `http://127.0.0.1:${port}`;
  };
  const alphaIssuer = await provider("alpha", alphaPort, "alpha", {
    ana: { email: "ana@example.com", name: "Ana Souza", realm_access: { roles: ["offline_access"] } },
    pablo: { email: "pablo@example.com", name: "Pablo Ruiz", realm_access: { roles: ["offline_access"] } },
  }, ["email", "name", "realm_access"]);
  const betaIssuer = await provider("beta", betaPort, "beta", {
    john: { preferred_username: "john@example.com", name: "John Smith", roles: ["Buyer"] },
  }, ["preferred_username", "name", "roles"]);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: "Testing",
    DOTNET_ENVIRONMENT: "Testing",
    ConnectionStrings__Postgres: connectionString,
    Auth__SigningKey: signingKey,
    Auth__Providers__alpha__Authority: alphaIssuer,
    Auth__Providers__alpha__Tenants__0: "alpha",
    Auth__Providers__alpha__Claims__Role: "realm_access.roles",
    "Auth__Providers__alpha__Roles__posvendas-agent": "agent",
    Auth__Providers__alpha__DefaultRole: "customer",
    Auth__Providers__alpha__Portal__ClientId: "posvendas-portal",
    Auth__Providers__beta__Authority: betaIssuer,
    Auth__Providers__beta__Tenants__0: "beta",
    Auth__Providers__beta__Claims__Email: "preferred_username",
    Auth__Providers__beta__Claims__Role: "roles",
    Auth__Providers__beta__Roles__Buyer: "customer",
    Auth__Providers__beta__Portal__ClientId: "posvendas-portal",
    Portal__Root: portalDist,
    Attachments__Storage__FileSystem__Root: join(work, "attachments"),
    Notifications__Email__Transport: "Pickup",
    Notifications__Email__AllowPickupInProduction: "true",
    Notifications__Email__PickupDirectory: join(work, "mail"),
    Serilog__MinimumLevel__Default: "Warning",
  };
  const cli = (...args: string[]) => {
    const result = spawnSync("dotnet", [apiDll, ...args], { env, cwd: dirname(apiDll), encoding: "utf8" });
    if (result.status !== 0) throw new Error(`dotnet PosVendas.WebApi.dll ${args.join(" ")} failed: ${result.stdout}${result.stderr}`);
  };
  cli("migrate");
  cli("tenant", "add", "alpha", "--name", "Construtora Alfa", "--demo-places-for", "ana@example.com");
  cli("tenant", "add", "beta", "--name", "Beta Homes", "--locale", "en");

  // From its own folder, as scripts/run.sh starts it: the content root holds appsettings.json.
  const api = spawn("dotnet", [apiDll, "--urls", apiUrl], { env, cwd: dirname(apiDll) });
  children.push(api);
  await waitUntilLive(apiUrl, api);

  process.env.POSVENDAS_PORTAL_API_URL = apiUrl;
  process.env.POSVENDAS_PORTAL_SIGNING_KEY = signingKey;
}
