#!/usr/bin/env bash
# The ERP import of the location registry: how long 10,000 units take to arrive through the API in batches of 1,000
# (POST /api/v1/admin/units/import), into an empty registry, each unit creating its development and building when new.
#
#   benchmarks/locations-import.sh [--units 10000] [--batch 1000] [--developments 20] [--buildings 5] [--pool 16]
#
# The target (issue 32): 10,000 units in under a minute on this machine. The units are spread over --developments
# developments of --buildings buildings each; every batch names them by external id as an ERP does.
#
# Builds Release, starts a PostgreSQL cluster of its own in benchmarks/.data/import-postgres (a fresh database per
# run), migrates it with the product's CLI, adds a tenant with `tenant add`, starts the API in Production with an admin
# token minted by the dataset tool, and sends the batches one after another with curl. The report (each batch's time
# and outcomes, the total) goes to benchmarks/results/<UTC date>-import-<n>.md and to stdout. See benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command_line="benchmarks/locations-import.sh${*:+ $*}"
source scripts/lib/postgres.sh
source benchmarks/lib.sh

units=10000
batch=1000
developments=20
buildings=5
pool=16
while [ $# -gt 0 ]; do
  case "$1" in
    --units) units=$2 ;;
    --batch) batch=$2 ;;
    --developments) developments=$2 ;;
    --buildings) buildings=$2 ;;
    --pool) pool=$2 ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift 2
done
for value in "$units" "$batch" "$developments" "$buildings" "$pool"; do
  [[ "$value" =~ ^[1-9][0-9]*$ ]] || { echo "Counts must be positive whole numbers, not '$value'" >&2; exit 2; }
done

install_measuring_tools
pg_ensure_installed
pg_bin=$(pg_bin_dir)
run_id=$(date -u +%Y%m%dT%H%M%SZ)
pg_data=$root/benchmarks/.data/import-postgres
logs=$root/benchmarks/.data/logs/import-$run_id
work=$(mktemp -d /tmp/posvendas-import.XXXXXX)
chmod 755 "$work"
mkdir -p "$logs" "$root/benchmarks/results"
database=posvendas_bench_import
tenant_slug=bench-import

api_pid=""
pg_port=""
cleanup() {
  stop_process "$api_pid"
  [ -z "$pg_port" ] || pg_stop "$pg_data"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "Building Release"
dotnet build src/WebApi/WebApi.csproj -c Release --nologo -v quiet
dotnet build benchmarks/Dataset/Benchmarks.Dataset.csproj -c Release --nologo -v quiet
api_dir=$root/src/WebApi/bin/Release/net10.0
dataset_dll=$root/benchmarks/Dataset/bin/Release/net10.0/PosVendas.Benchmarks.Dataset.dll

step "PostgreSQL (data in ${pg_data#"$root"/}, a fresh database $database)"
pg_stop "$pg_data"
pg_port=$(free_tcp_port)
pg_start "$pg_data" "$pg_port"
"$pg_bin/dropdb" -h 127.0.0.1 -p "$pg_port" -U postgres --if-exists "$database"
pg_create_database "$pg_port" "$database"
export ConnectionStrings__Postgres
ConnectionStrings__Postgres=$(bench_connection_string "$pg_port" "$database" "$pool")
dotnet "$api_dir/PosVendas.WebApi.dll" migrate >/dev/null
dotnet "$api_dir/PosVendas.WebApi.dll" tenant add "$tenant_slug" --name "Import benchmark" >/dev/null

issuer=posvendas-bench
audience=posvendas-api
signing_key=$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')
token=$(dotnet "$dataset_dll" admin-token --issuer "$issuer" --audience "$audience" --signing-key "$signing_key" --tenant "$tenant_slug")

step "Request bodies: $units units in batches of $batch, over $developments developments of $buildings buildings"
python3 - "$work" "$units" "$batch" "$developments" "$buildings" <<'PY'
import json, sys
work, units, batch, developments, buildings = sys.argv[1], *map(int, sys.argv[2:])
rows = []
for i in range(units):
    d, b = i % developments, (i // developments) % buildings
    rows.append({
        "externalId": f"unit-{i:06d}",
        "code": f"Apto {i // (developments * buildings) + 101}",
        "handoverDate": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "development": {"externalId": f"dev-{d:03d}", "name": f"Residencial {d:03d}", "code": f"R{d:03d}", "habiteSeDate": "2024-12-15"},
        "building": {"externalId": f"dev-{d:03d}-b{b}", "name": f"Torre {chr(65 + b)}"},
    })
for n, start in enumerate(range(0, units, batch)):
    with open(f"{work}/batch-{n:03d}.json", "w") as f:
        json.dump({"units": rows[start:start + batch]}, f)
PY

api_url=http://127.0.0.1:$(free_tcp_port)
start_api_at "$api_dir" "$api_url" "$logs/api.log" "$work"

step "Import"
report_rows=()
started=$(date +%s.%N)
for body in "$work"/batch-*.json; do
  t0=$(date +%s.%N)
  status=$(curl -s -o "$work/response.json" -w '%{http_code}' -X POST "$api_url/api/v1/admin/units/import" \
    -H "Authorization: Bearer $token" -H "Content-Type: application/json" --data-binary "@$body")
  t1=$(date +%s.%N)
  outcomes=$(python3 -c 'import json, collections, sys; r = json.load(open(sys.argv[1]))["results"]; c = collections.Counter(x["outcome"] for x in r); print(", ".join(f"{k} {v}" for k, v in sorted(c.items())))' "$work/response.json" 2>/dev/null || echo "unreadable response")
  row="| $(basename "$body" .json) | $status | $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') | $outcomes |"
  echo "$row"
  report_rows+=("$row")
done
finished=$(date +%s.%N)
total=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.1f", b - a }')
stored=$(psql_bench -c "SELECT count(*) FROM locations.units")
verdict=$(awk -v t="$total" -v n="$stored" -v u="$units" 'BEGIN { print (t < 60 && n == u) ? "met" : "missed" }')

n=1
while [ -e "benchmarks/results/$(date -u +%Y-%m-%d)-import-$n.md" ]; do n=$((n + 1)); done
report=benchmarks/results/$(date -u +%Y-%m-%d)-import-$n.md
{
  echo "# PosVendas ERP import of units"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ); commit $(git rev-parse --short HEAD)$([ -z "$(git status --porcelain)" ] || echo ' (with uncommitted changes)')"
  echo "- Machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $("$pg_bin/postgres" --version)"
  echo "- Command: \`$command_line\`"
  echo "- $units units in batches of $batch over $developments developments of $buildings buildings, into an empty registry; the API in Production, pool $pool"
  echo
  echo "| Batch | HTTP | Seconds | Outcomes |"
  echo "| --- | ---: | ---: | --- |"
  printf '%s\n' "${report_rows[@]}"
  echo
  echo "**Total: $total s for $stored units stored (target: $units in under 60 s): $verdict.**"
} | tee "$report"
