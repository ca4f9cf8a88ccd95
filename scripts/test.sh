#!/usr/bin/env bash
# Runs every test of the solution against a real PostgreSQL and ends with "tests: N passed, N failed".
#
# PostgreSQL: POSVENDAS_TEST_POSTGRES (a server connection string) if set; otherwise Testcontainers when a Docker
# engine answers; otherwise a throwaway local cluster started here (the PostgreSQL server package is installed
# when missing) and removed at the end.
# S3: a local S3-compatible server (s3rver, from the npm registry, pinned in tests/tools) for the S3 adapter's tests.
# Browser: Debian's chromium package (installed when missing) for the Swagger UI test.
# Redis and HAProxy: Debian's redis-server and haproxy packages (installed when missing); the shared-state and
# deployment tests start their own servers, and HAProxy from deploy/haproxy.cfg.
# Contract: TypeScript tools from tests/tools (npm ci) and .NET client generators (dotnet tool restore).
# Portal: the reference portal is built (src/Portal) and, after the .NET tests, its browser tests run
# (tests/Portal.BrowserTests: Playwright driving Debian's chromium against the built API and portal, PostgreSQL and two
# OpenID providers); their results count in the summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

results_dir=TestResults
rm -rf "$results_dir"

cluster_dir=""
s3_dir=""
s3_pid=""
cleanup() {
  if [ -n "$cluster_dir" ]; then
    pg_stop "$cluster_dir"
    rm -rf "$cluster_dir"
  fi
  if [ -n "$s3_pid" ]; then
    kill "$s3_pid" 2>/dev/null || true
  fi
  [ -z "$s3_dir" ] || rm -rf "$s3_dir"
}
trap cleanup EXIT

start_throwaway_cluster() {
  pg_ensure_installed
  cluster_dir=$(mktemp -d /tmp/posvendas-test-pg.XXXXXX)
  port=$(free_tcp_port)
  echo "Starting a throwaway PostgreSQL on 127.0.0.1:$port"
  pg_start "$cluster_dir" "$port"
  export POSVENDAS_TEST_POSTGRES
  POSVENDAS_TEST_POSTGRES=$(pg_connection_string "$port" postgres)
}

if [ -z "${POSVENDAS_TEST_POSTGRES:-}" ] && ! docker info >/dev/null 2>&1; then
  echo "No Docker engine."
  start_throwaway_cluster
fi

missing_packages=()
command -v chromium >/dev/null 2>&1 || missing_packages+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing_packages+=(redis-server)
[ -x /usr/sbin/haproxy ] || missing_packages+=(haproxy)
command -v psql >/dev/null 2>&1 || missing_packages+=(postgresql-client)
if [ "${#missing_packages[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing_packages[*]} package(s) for the browser, shared-state, deployment and portal tests..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing_packages[@]}" >/dev/null
fi

npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error >/dev/null
npm ci --prefix src/Portal --no-audit --no-fund --loglevel=error >/dev/null
npm run --prefix src/Portal --silent build >/dev/null
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/Portal.BrowserTests --no-audit --no-fund --loglevel=error >/dev/null
# Client generators of the contract tests (NSwag, Kiota), pinned in .config/dotnet-tools.json.
dotnet tool restore >/dev/null

if [ -z "${POSVENDAS_TEST_S3_URL:-}" ]; then
  s3_dir=$(mktemp -d /tmp/posvendas-test-s3.XXXXXX)
  s3_port=$(free_tcp_port)
  node tests/tools/node_modules/s3rver/bin/s3rver.js -d "$s3_dir" -a 127.0.0.1 -p "$s3_port" --silent \
    --configure-bucket posvendas-test >/dev/null 2>&1 &
  s3_pid=$!
  s3_ready=""
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$s3_port") 2>/dev/null; then
      s3_ready=yes
      break
    fi
    sleep 0.2
  done
  if [ -z "$s3_ready" ]; then
    echo "The local S3-compatible server did not start on port $s3_port." >&2
    echo "tests: 0 passed, 1 failed"
    exit 1
  fi
  echo "Local S3-compatible server (s3rver) on 127.0.0.1:$s3_port"
  export POSVENDAS_TEST_S3_URL="http://127.0.0.1:$s3_port"
fi

log=$(mktemp)
set +e
dotnet test PosVendas.sln --nologo --logger "trx" --results-directory "$results_dir" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One summary line per test assembly: "Passed!  - Failed:     0, Passed:    60, Skipped: ..."
passed=0
failed=0
assemblies=0
while read -r f p; do
  failed=$((failed + f))
  passed=$((passed + p))
  assemblies=$((assemblies + 1))
done < <(sed -n 's/^.*\(Passed\|Failed\)! *- Failed: *\([0-9]*\), Passed: *\([0-9]*\),.*$/\2 \3/p' "$log")
rm -f "$log"

expected=$(ls tests/*/*.csproj | wc -l)
if [ "$assemblies" -ne "$expected" ]; then
  echo "Expected results from $expected test projects, found $assemblies: a test run did not complete." >&2
  [ "$status" -ne 0 ] || status=1
fi

# The portal in a browser, against the API the .NET tests built (a database of its own on the tests' server).
[ -n "${POSVENDAS_TEST_POSTGRES:-}" ] || start_throwaway_cluster
browser_results="$results_dir/portal/results.json"
set +e
(cd tests/Portal.BrowserTests && npx playwright test)
browser_status=$?
set -e
if [ -f "$browser_results" ]; then
  read -r p f < <(node -e 'const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).stats; console.log(s.expected + s.flaky, s.unexpected)' "$browser_results")
  passed=$((passed + p))
  failed=$((failed + f))
else
  echo "The browser tests left no results ($browser_results): their setup failed." >&2
  failed=$((failed + 1))
fi
[ "$browser_status" -eq 0 ] || [ "$status" -ne 0 ] || status=$browser_status
echo "tests: $passed passed, $failed failed"
exit "$status"
