#!/usr/bin/env bash
# Before and after: the API built at another commit against the API built from the working tree, on one scenario,
# the two builds taking turns so that both see the same machine.
#
#   benchmarks/compare.sh BASE [--scenario create] [--rounds 2] [--warmup 180s] [--windows 3] [--duration 20s]
#                              [--connections 16] [--pool 16] [--scale 1.0]
#
# BASE is any commit (a hash, a tag, HEAD~1). Each round starts each build fresh, warms it up with the scenario, then
# measures it for a few windows; for each window it reports req/s, p50 and p99, and the CPU time the API process
# and PostgreSQL spent per request (from /proc; PostgreSQL's is only indicative: backends that exit take theirs
# with them). Scenarios: list, deep-first, detail, create, reply (as in run.sh). Needs the dataset
# that benchmarks/run.sh loaded at that scale: run it once first; it is migrated to the working tree's schema. The report goes to
# benchmarks/results/<UTC date>-compare-<base>-<scenario>.md and to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command_line="benchmarks/compare.sh${*:+ $*}"
source scripts/lib/postgres.sh
source benchmarks/lib.sh

[ $# -ge 1 ] && [ "${1#-}" = "$1" ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
base=$1
shift
scenario=create
rounds=2
warmup=180s
windows=3
duration=20s
connections=16
pool=16
scale=1.0
while [ $# -gt 0 ]; do
  case "$1" in
    --scenario) scenario=$2 ;;
    --rounds) rounds=$2 ;;
    --warmup) warmup=$2 ;;
    --windows) windows=$2 ;;
    --duration) duration=$2 ;;
    --connections) connections=$2 ;;
    --pool) pool=$2 ;;
    --scale) scale=$2 ;;
    *) echo "Unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift 2
done

base_sha=$(git rev-parse --short "$base^{commit}")
head_sha=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain)" ] || head_sha="$head_sha (with uncommitted changes)"
pg_bin=$(pg_bin_dir)
data_dir=$root/benchmarks/.data
pg_data=$data_dir/postgres
scale_tag=$(printf '%s' "$scale" | tr -c '0-9' '_')
database=posvendas_bench_s$scale_tag
if [ ! -f "$pg_data/PG_VERSION" ]; then
  echo "No benchmark dataset in ${pg_data#"$root"/}: run benchmarks/run.sh --scale $scale once first." >&2
  exit 1
fi

work=$(mktemp -d /tmp/posvendas-compare.XXXXXX)
base_tree=$work/base
api_pid=""
pg_port=""
cleanup() {
  stop_process "$api_pid"
  [ -z "$pg_port" ] || pg_stop "$pg_data"
  git worktree remove --force "$base_tree" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "Building Release: the working tree ($head_sha) and $base_sha"
dotnet build src/WebApi/WebApi.csproj -c Release --nologo -v quiet
dotnet build benchmarks/Dataset/Benchmarks.Dataset.csproj -c Release --nologo -v quiet
git worktree add --detach --quiet "$base_tree" "$base_sha"
dotnet build "$base_tree/src/WebApi/WebApi.csproj" -c Release --nologo -v quiet
declare -A api_dir=(
  [base]=$base_tree/src/WebApi/bin/Release/net10.0
  [head]=$root/src/WebApi/bin/Release/net10.0
)
dataset_dll=$root/benchmarks/Dataset/bin/Release/net10.0/PosVendas.Benchmarks.Dataset.dll

step "PostgreSQL (data in ${pg_data#"$root"/}, database $database)"
pg_stop "$pg_data"
pg_port=$(free_tcp_port)
start_postgres_measuring
export ConnectionStrings__Postgres
ConnectionStrings__Postgres=$(bench_connection_string "$pg_port" "$database" "$pool")
psql_bench -c "SELECT 1 FROM benchmark.datasets" >/dev/null ||
  { echo "Database $database has no dataset: run benchmarks/run.sh --scale $scale once first." >&2; exit 1; }
# The working tree's schema: its migrations only add, so the base build runs on it too.
dotnet "${api_dir[head]}/PosVendas.WebApi.dll" migrate >/dev/null
clear_outbox
make_tokens "$dataset_dll" "$work/requests" 200 42 >/dev/null
requests=$work/requests/$scenario.api
[ -f "$requests" ] || { echo "No scenario '$scenario' (list, deep-first, detail, create, reply)." >&2; exit 2; }

ticks_per_second=$(getconf CLK_TCK)
process_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
postgres_ticks() {
  local pid total=0 ticks
  for pid in $(pgrep -u postgres -f "postgres" || true); do
    ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || continue
    total=$((total + ticks))
  done
  echo "$total"
}
wrk_result() {
  wrk -t2 -c"$connections" -d"$1" --latency -s "$root/benchmarks/wrk/requests.lua" "$api_url" -- "$requests" threads=2 |
    sed -n 's/^RESULT //p'
}
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }
# per_request TICKS REQUESTS: microseconds of CPU per request (a tick is 10 ms, so a window needs thousands of requests).
per_request() { awk -v t="$1" -v n="$2" -v hz="$ticks_per_second" 'BEGIN { printf "%.0f", (n > 0) ? (t * 1000000 / hz / n) : 0 }'; }

api_url=http://127.0.0.1:$(free_tcp_port)
rows=()
for round in $(seq 1 "$rounds"); do
  for side in base head; do
    step "Round $round, $side: fresh start, $warmup of $scenario, then $windows x $duration"
    start_api_at "${api_dir[$side]}" "$api_url" "$work/api-$side-$round.log" "$work"
    wrk_result "$warmup" >/dev/null
    for window in $(seq 1 "$windows"); do
      api0=$(process_ticks "$api_pid")
      pg0=$(postgres_ticks)
      result=$(wrk_result "$duration")
      api1=$(process_ticks "$api_pid")
      pg1=$(postgres_ticks)
      n=$(field "$result" requests)
      row="| $round | $side | $window | $(field "$result" rps) | $(field "$result" p50_ms) | $(field "$result" p99_ms) | $(field "$result" non2xx) | $(per_request $((api1 - api0)) "$n") | $(per_request $((pg1 - pg0)) "$n") |"
      echo "$row"
      rows+=("$row")
    done
    stop_process "$api_pid"
    api_pid=""
  done
done

report=$root/benchmarks/results/$(date -u +%Y-%m-%d)-compare-$base_sha-$scenario.md
{
  echo "# PosVendas before and after: $scenario"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); base $base_sha, head $head_sha"
  echo "- Command: \`$command_line\`"
  echo "- Machine: $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), kernel $(uname -r); PostgreSQL: \`$pg_measure_options\`, database $database"
  echo "- Each round starts each build fresh, sends $warmup of the scenario to warm it up, then measures $windows windows of $duration (wrk, 2 threads, $connections connections); connection pool fixed at $pool"
  echo
  echo "| Round | Build | Window | req/s | p50 ms | p99 ms | Non-2xx | API CPU µs/request | PostgreSQL CPU µs/request |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${rows[@]}"
} >"$report"
echo
cat "$report"
echo
echo "Report: ${report#"$root"/}"
