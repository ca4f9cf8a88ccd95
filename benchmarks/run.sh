#!/usr/bin/env bash
# PosVendas performance benchmark: the API against a raw Npgsql baseline running the same SQL, on a realistic dataset.
#
#   benchmarks/run.sh [--scale 1.0] [--duration 20s] [--max-rounds 3] [--max-window 10s] [--warmup 60s]
#                     [--raw-warmup 20s] [--threads 2] [--connections 16] [--paced-connections 64] [--pool 16]
#                     [--customers 200] [--seed 42] [--split-cpus]
#
# Each scenario's maximum rate is measured in --max-rounds windows of --max-window on the API and on the raw baseline
# in turn; the paced windows last --duration.
#
# --split-cpus measures with wrk on the last CPU and PostgreSQL, the API and the raw baseline on the others (taskset),
# as if the load came from another machine: by default all of them share every CPU.
#
# Installs wrk (and curl) from Debian's packages when missing, builds Release, starts a local PostgreSQL cluster
# in benchmarks/.data/postgres (stopped on exit, kept for the next run), migrates it with the product's CLI, loads
# the dataset once per scale, then measures. The report goes to benchmarks/results/<UTC date>-scale<scale>.md (the
# time follows the date when that file exists) and to stdout; logs of the run are kept in
# benchmarks/.data/logs/<run>/. See benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command_line="benchmarks/run.sh${*:+ $*}"
source scripts/lib/postgres.sh
source benchmarks/lib.sh

scale=1.0
duration=20s
max_rounds=3
max_window=10s
warmup=60s
raw_warmup=20s
threads=2
connections=16
paced_connections=64
pool=16
customers=200
seed=42
deep_page=50
deep_rounds=3
deep_slice=10s
split_cpus=no
while [ $# -gt 0 ]; do
  case "$1" in
    --split-cpus) split_cpus=yes; shift; continue ;;
    --scale) scale=$2 ;;
    --duration) duration=$2 ;;
    --max-rounds) max_rounds=$2 ;;
    --max-window) max_window=$2 ;;
    --warmup) warmup=$2 ;;
    --raw-warmup) raw_warmup=$2 ;;
    --threads) threads=$2 ;;
    --connections) connections=$2 ;;
    --paced-connections) paced_connections=$2 ;;
    --pool) pool=$2 ;;
    --customers) customers=$2 ;;
    --seed) seed=$2 ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift 2
done

install_measuring_tools
pg_ensure_installed
pg_bin=$(pg_bin_dir)

run_id=$(date -u +%Y%m%dT%H%M%SZ)
data_dir=$root/benchmarks/.data
pg_data=$data_dir/postgres
logs=$data_dir/logs/$run_id
work=$(mktemp -d /tmp/posvendas-bench.XXXXXX)
requests=$work/requests
mkdir -p "$logs" "$requests" "$root/benchmarks/results"
scale_tag=$(printf '%s' "$scale" | tr -c '0-9' '_')
database=posvendas_bench_s$scale_tag

api_pid=""
raw_pid=""
pg_port=""
cleanup() {
  stop_process "$api_pid"
  stop_process "$raw_pid"
  [ -z "$pg_port" ] || pg_stop "$pg_data"
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "Building Release"
for project in src/WebApi/WebApi.csproj benchmarks/Dataset/Benchmarks.Dataset.csproj benchmarks/RawBaseline/Benchmarks.RawBaseline.csproj; do
  dotnet build "$project" -c Release --nologo -v quiet
done
api_dir=$root/src/WebApi/bin/Release/net10.0
api_dll=$api_dir/PosVendas.WebApi.dll
dataset_dll=$root/benchmarks/Dataset/bin/Release/net10.0/PosVendas.Benchmarks.Dataset.dll
raw_dll=$root/benchmarks/RawBaseline/bin/Release/net10.0/PosVendas.Benchmarks.RawBaseline.dll

step "PostgreSQL (data in ${pg_data#"$root"/})"
pg_stop "$pg_data" # a cluster left running by an interrupted run
pg_port=$(free_tcp_port)
pg_start "$pg_data" "$pg_port"
pg_create_database "$pg_port" "$database"
export ConnectionStrings__Postgres
ConnectionStrings__Postgres=$(bench_connection_string "$pg_port" "$database" "$pool")
dotnet "$api_dll" migrate

step "Dataset (scale $scale, seed $seed)"
dataset_log=$logs/dataset.log
dotnet "$dataset_dll" generate --scale "$scale" --seed "$seed" --webapi "$api_dll" | tee "$dataset_log"
psql_bench -c "CHECKPOINT" >/dev/null
pg_stop "$pg_data"
# From here on, everything this script starts inherits its CPUs: PostgreSQL, the API, the raw baseline. Only wrk
# is moved to the CPU kept for it (run_wrk).
cpu_count=$(nproc --all)
cpu_layout="API, PostgreSQL and wrk share the $cpu_count CPUs"
wrk_prefix=()
if [ "$split_cpus" = yes ]; then
  [ "$cpu_count" -ge 2 ] || { echo "--split-cpus needs at least 2 CPUs" >&2; exit 2; }
  server_cpus=0
  [ "$cpu_count" -eq 2 ] || server_cpus=0-$((cpu_count - 2))
  taskset -p -c "$server_cpus" $$ >/dev/null
  wrk_prefix=(taskset -c "$((cpu_count - 1))")
  cpu_layout="split with taskset: PostgreSQL, the API and the raw baseline on CPU $server_cpus, wrk on CPU $((cpu_count - 1))"
fi
start_postgres_measuring
clear_outbox

step "Tokens and request files"
make_tokens "$dataset_dll" "$requests" "$customers" "$seed"
source "$requests/deep.env"

api_port=$(free_tcp_port)
api_url=http://127.0.0.1:$api_port
# The deep page: follow nextCursor from the first page of the customer with 2,000 tickets, as a client would.
step "Deep page cursor (page $deep_page of the customer with $DEEP_TICKETS tickets)"
start_api_at "$api_dir" "$api_url" "$logs/api.log" "$work"
cursor=""
page=1
while [ "$page" -lt "$deep_page" ]; do
  next=$(curl -fsS "$api_url/api/v1/tickets${cursor:+?cursor=$cursor}" -H "Authorization: Bearer $DEEP_TOKEN" |
    sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
  [ -n "$next" ] || break
  cursor=$next
  page=$((page + 1))
done
if [ -z "$cursor" ]; then
  echo "The deep customer has a single page of tickets; the deep page scenario needs more." >&2
  exit 1
fi
deep_page=$page
echo "page $deep_page starts at cursor $cursor"
printf 'GET\t/api/v1/tickets?cursor=%s\t-\tAuthorization: Bearer %s\n' "$cursor" "$DEEP_TOKEN" >"$requests/deep-page.api"
printf 'GET\t/raw/tickets?cursor=%s\t-\tX-Tenant-Id: %s\tX-Customer-Id: %s\tX-Locale: %s\n' \
  "$cursor" "$DEEP_TENANT_ID" "$DEEP_CUSTOMER_ID" "$DEEP_LOCALE" >"$requests/deep-page.raw"

scenarios=(list deep-first deep-page detail create reply)
declare -A title=(
  [list]="GET /api/v1/tickets, first page ($customers customers)"
  [deep-first]="GET /api/v1/tickets, first page of the customer with $DEEP_TICKETS tickets"
  [deep-page]="GET /api/v1/tickets?cursor=, page $deep_page of that customer"
  [detail]="GET /api/v1/tickets/{number}"
  [create]="POST /api/v1/tickets"
  [reply]="POST /api/v1/tickets/{number}/comments"
)
declare -A result

# run_wrk KEY URL FILE DURATION CONNECTIONS [rate=N]: runs wrk, keeps its output, stores the RESULT fields as
# result[KEY.rps], result[KEY.p50_ms]...
run_wrk() {
  local key=$1 url=$2 file=$3 length=$4 conns=$5 rate=${6:-}
  local out=$logs/wrk-$key.txt line field
  "${wrk_prefix[@]}" wrk -t"$threads" -c"$conns" -d"$length" --latency -s "$root/benchmarks/wrk/requests.lua" "$url" \
    -- "$file" threads="$threads" ${rate:+rate=$rate} >"$out" 2>&1 || { cat "$out" >&2; return 1; }
  line=$(sed -n 's/^RESULT //p' "$out")
  [ -n "$line" ] || { cat "$out" >&2; return 1; }
  for field in $line; do
    result[$key.${field%%=*}]=${field#*=}
  done
  printf '  %-12s %8s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n' "$key" "${result[$key.rps]}" \
    "${result[$key.p50_ms]}" "${result[$key.p99_ms]}" "${result[$key.non2xx]}"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

kib() { awk -v key="$1:" '$1 == key { print $2 }' "/proc/$api_pid/status"; }

# The highest VmRSS seen while the file named by $1 exists, polled every 20 ms with shell built-ins only.
sample_peak_rss() {
  local flag=$1 peak=0 key value _
  while [ -e "$flag" ]; do
    while read -r key value _; do
      if [ "$key" = "VmRSS:" ]; then
        [ "$value" -le "$peak" ] || peak=$value
        break
      fi
    done <"/proc/$api_pid/status"
    sleep 0.02
  done
  echo "$peak"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
step "Upload memory check (100 MiB PDF, API pid $api_pid)"
upload=$work/benchmark-100MiB.pdf
printf '%%PDF-1.7\n%%\342\343\317\323\n' >"$upload"
truncate -s $((100 * 1024 * 1024)) "$upload" # the rest is zeros: a PDF by its header, no markup
small=$work/benchmark-1MiB.pdf
head -c $((1024 * 1024)) "$upload" >"$small"
for key in list detail; do
  run_wrk "warmup-$key" "$api_url" "$requests/$key.api" 3s 4 >/dev/null
done
for _ in 1 2 3; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $DEEP_TOKEN" -F "files=@$small;type=application/pdf" "$api_url/api/v1/attachments"
done
sleep 2
hwm_before=$(kib VmHWM)
rss_before=$(kib VmRSS)
touch "$work/sampling"
sample_peak_rss "$work/sampling" >"$work/rss-peak" &
sampler_pid=$!
upload_status=$(curl -sS -o "$logs/upload.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $DEEP_TOKEN" \
  -F "files=@$upload;type=application/pdf" "$api_url/api/v1/attachments")
rm -f "$work/sampling"
wait "$sampler_pid"
hwm_after=$(kib VmHWM)
rss_after=$(kib VmRSS)
rss_peak=$(cat "$work/rss-peak")
upload_code=${upload_status%% *}
upload_seconds=${upload_status#* }
mib() { awk -v v="$1" 'BEGIN { printf "%.1f", v / 1024 }'; }
hwm_delta_mib=$(mib $((hwm_after - hwm_before)))
rss_delta_mib=$(mib $((rss_peak - rss_before)))
# The verdict takes the larger: the process's new peak, or the peak RSS seen during the upload over the RSS before.
upload_added_mib=$(awk -v a="$hwm_delta_mib" -v b="$rss_delta_mib" 'BEGIN { print (a > b ? a : b) }')
upload_summary="HTTP $upload_code in ${upload_seconds} s; VmHWM $(mib "$hwm_before") -> $(mib "$hwm_after") MiB (+$hwm_delta_mib); VmRSS $(mib "$rss_before") MiB before, peak $(mib "$rss_peak") MiB during the upload (+$rss_delta_mib), $(mib "$rss_after") MiB after"
echo "  $upload_summary"
rm -f "$upload" "$small"
rm -rf "$work/attachments"

# Both apps stay up from here on, and each scenario is measured on the API and then on the raw baseline right after
# it, so that both see the same machine: on a shared virtual machine the speed drifts over minutes. Only one of them
# is under load at a time.
raw_port=$(free_tcp_port)
raw_url=http://127.0.0.1:$raw_port
(exec dotnet "$raw_dll" --urls "$raw_url" --PickupDirectory "$work/raw-mail") >"$logs/raw.log" 2>&1 &
raw_pid=$!
wait_for "$raw_url/raw/health" "$raw_pid" "$logs/raw.log"

# The API reaches its steady speed only after tiered compilation has optimized its hot paths, which under full load on
# 2 cores takes minutes: from a fresh start the list ran at 205, 324, 284, 329, 368, 395, 590 req/s in consecutive 8 s
# windows, and openings at 139, 147 and then 280 req/s in consecutive minutes; a CPU profile after 70 s of openings
# still had 5.5% of the CPU in the JIT's background recompilation and a third of the managed samples in tier-0 or
# instrumented code, none after 3 minutes. The raw baseline has far less code to compile. Hence the long warm-up.
step "Warm-up ($warmup per scenario on the API, $raw_warmup on the raw baseline)"
for key in "${scenarios[@]}"; do
  run_wrk "warmup" "$api_url" "$requests/$key.api" "$warmup" "$connections" >/dev/null
  run_wrk "warmup" "$raw_url" "$requests/$key.raw" "$raw_warmup" "$connections" >/dev/null
done

# The deep page's latency against the first page's, one request at a time, alternating the two pages: at full load a
# scenario's p50 is mostly time in queues (connections / throughput) and moves with the machine's speed from one
# minute to the next (run 12 had the first page at 2,301 req/s and page 50 at 1,518 in the next minute, the paced
# runs the other way round), so it measured the minute more than the page. One connection measures what the depth
# costs a request; the median of the rounds is kept.
step "Deep page against the first page, one request at a time ($deep_rounds alternating rounds of $deep_slice each)"
for round in $(seq 1 "$deep_rounds"); do
  for key in deep-first deep-page; do
    threads=1 run_wrk "single.$key.$round" "$api_url" "$requests/$key.api" "$deep_slice" 1
  done
done
median_p50() {
  for round in $(seq 1 "$deep_rounds"); do echo "${result[single.$1.$round.p50_ms]}"; done | median
}
single_first_p50=$(median_p50 deep-first)
single_page_p50=$(median_p50 deep-page)

# Each scenario: its maximum rate on the API and the raw baseline, then right away 70% of the API's maximum on both
# (the raw baseline gets the API's rate: what PostgreSQL and the machine alone give at that load). Measuring the
# paced run next to the maximum it derives from keeps both under the same conditions, and keeps the bursts of writes
# of create and reply (which leave PostgreSQL busier for a minute) away from the read scenarios, which run first.
seventy_percent() { awk -v r="$1" 'BEGIN { v = int(r * 0.7); print (v < 1 ? 1 : v) }'; } # req/s, at least 1
# The maximum rate in rounds, the API and the raw baseline taking turns: one window each moved with the machine's
# speed from one minute to the next (runs of the same code gave the list 0.55 to 0.68 of the raw baseline), so each
# side's rate is its requests over its time in all rounds, its latencies the median of its rounds', and the report
# also gives each round's ratio.
combine_rounds() {
  local key=$1 round field requests=0 seconds=0 non2xx=0
  for round in $(seq 1 "$max_rounds"); do
    requests=$((requests + result[$key.$round.requests]))
    seconds=$(awk -v a="$seconds" -v b="${result[$key.$round.duration_s]}" 'BEGIN { print a + b }')
    non2xx=$((non2xx + result[$key.$round.non2xx]))
  done
  result[$key.requests]=$requests
  result[$key.rps]=$(awk -v n="$requests" -v t="$seconds" 'BEGIN { printf "%.1f", n / t }')
  result[$key.non2xx]=$non2xx
  for field in p50_ms p90_ms p99_ms; do
    result[$key.$field]=$(for round in $(seq 1 "$max_rounds"); do echo "${result[$key.$round.$field]}"; done | median)
  done
}
step "Per scenario: maximum rate in $max_rounds rounds of $max_window ($threads threads, $connections connections), the API and the raw baseline in turn; then 70% of the API's maximum on both, and 70% of its own maximum on the raw baseline ($paced_connections connections, $duration)"
for key in "${scenarios[@]}"; do
  for round in $(seq 1 "$max_rounds"); do
    run_wrk "api.$key.$round" "$api_url" "$requests/$key.api" "$max_window" "$connections"
    run_wrk "raw.$key.$round" "$raw_url" "$requests/$key.raw" "$max_window" "$connections"
  done
  combine_rounds "api.$key"
  combine_rounds "raw.$key"
  result[rounds.$key]=$(for round in $(seq 1 "$max_rounds"); do echo "$(ratio "${result[api.$key.$round.rps]}" "${result[raw.$key.$round.rps]}")"; done | paste -sd' ')
  rate=$(seventy_percent "${result[api.$key.rps]}")
  result[paced.$key.target]=$rate
  # The maximum-rate run leaves e-mails due (openings and replies each queue some, faster than the dispatcher sends
  # them): at 70% the dispatcher keeps up, so the paced window starts once it has caught up (at most 3 minutes),
  # instead of measuring that backlog with the load (run 23's openings began with 305 due, run 25's with 620).
  result[paced.$key.drained_s]=$(wait_for_outbox_drain 180)
  # A few seconds at the paced rate first: opening the extra connections is not part of the steady state. Then the
  # window, and the database connections its pool opened meanwhile (0 once the fixed-size pool is full).
  run_wrk "warmup" "$api_url" "$requests/$key.api" 5s "$paced_connections" "$rate" >/dev/null
  since=$(psql_bench -c "SELECT now()")
  backlog=$(outbox_backlog)
  from=$(date -u +%Y-%m-%dT%H:%M:%S.%N)
  run_wrk "paced.$key" "$api_url" "$requests/$key.api" "$duration" "$paced_connections" "$rate"
  to=$(date -u +%Y-%m-%dT%H:%M:%S.%N)
  read -r "result[paced.$key.inside_p50]" "result[paced.$key.inside_p99]" \
    < <(request_log_percentiles "$logs/api.log" "$from" "$to")
  result[paced.$key.opened]=$(connections_opened_since "$since")
  result[paced.$key.backlog]="$backlog → $(outbox_backlog) (${result[paced.$key.drained_s]} s draining before)"
  result[paced.$key.autovacuum]=$(autovacuum_during "$from" "$to")
  run_wrk "warmup" "$raw_url" "$requests/$key.raw" 5s "$paced_connections" "$rate" >/dev/null
  since=$(psql_bench -c "SELECT now()")
  from=$(date -u +%Y-%m-%dT%H:%M:%S.%N)
  run_wrk "rawpaced.$key" "$raw_url" "$requests/$key.raw" "$duration" "$paced_connections" "$rate"
  result[rawpaced.$key.opened]=$(connections_opened_since "$since")
  result[rawpaced.$key.autovacuum]=$(autovacuum_during "$from" "$(date -u +%Y-%m-%dT%H:%M:%S.%N)")
  # The control: the raw baseline at 70% of its own maximum. Whether a p99 within 50 ms at 70% of the maximum is
  # within reach of this machine at all, with nothing between the HTTP request and Npgsql.
  own_rate=$(seventy_percent "${result[raw.$key.rps]}")
  result[rawown.$key.target]=$own_rate
  run_wrk "warmup" "$raw_url" "$requests/$key.raw" 5s "$paced_connections" "$own_rate" >/dev/null
  from=$(date -u +%Y-%m-%dT%H:%M:%S.%N)
  run_wrk "rawown.$key" "$raw_url" "$requests/$key.raw" "$duration" "$paced_connections" "$own_rate"
  result[rawown.$key.autovacuum]=$(autovacuum_during "$from" "$(date -u +%Y-%m-%dT%H:%M:%S.%N)")
done
stop_process "$api_pid"
api_pid=""
stop_process "$raw_pid"
raw_pid=""
clear_outbox

step "Report"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
verdict() { awk -v v="$1" -v op="$2" -v limit="$3" 'BEGIN { ok = (op == "<=") ? (v <= limit) : (v >= limit); print (ok ? "PASS" : "FAIL") }'; }

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
memory_gib=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)
os_name=$(. /etc/os-release && echo "$PRETTY_NAME")
dataset=$(psql_bench -F ' ' -c "SELECT tenants, customers, tickets, comments, status_changes, round(load_seconds::numeric, 1), loaded_at::timestamp(0) FROM benchmark.datasets")
read -r d_tenants d_customers d_tickets d_comments d_changes d_seconds d_loaded_date d_loaded_time <<<"$dataset"
tickets_now=$(psql_bench -c "SELECT count(*) FROM tickets.tickets")
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git status --porcelain 2>/dev/null)" ] || commit="$commit (with uncommitted changes)"
report=$root/benchmarks/results/$(date -u +%Y-%m-%d)-scale$scale.md
# A second run on the same day keeps the first one's report: it takes the time too.
[ ! -e "$report" ] || report=$root/benchmarks/results/$(date -u +%Y-%m-%d-%H%M)-scale$scale.md

list_ratio=$(ratio "${result[api.list.rps]}" "${result[raw.list.rps]}")
deep_ratio=$(ratio "$single_page_p50" "$single_first_p50")
deep_ratio_loaded=$(ratio "${result[api.deep-page.p50_ms]}" "${result[api.deep-first.p50_ms]}")
deep_ratio_loaded_p99=$(ratio "${result[api.deep-page.p99_ms]}" "${result[api.deep-first.p99_ms]}")
{
  echo "# PosVendas benchmark, scale $scale"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $commit"
  echo "- Command: \`$command_line\`"
  echo "- Machine: $cpu_count CPUs ($cpu_model), $memory_gib GiB RAM, $os_name, kernel $(uname -r)"
  echo "- Software: .NET SDK $(dotnet --version), $("$pg_bin/postgres" --version), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
  echo "- PostgreSQL for the measurements: \`$pg_measure_options\` (the load ran with fsync off)"
  echo "- CPUs: $cpu_layout"
  echo "- Connection pool of the API and of the raw baseline alike: fixed at $pool connections (\`Minimum Pool Size=$pool;Maximum Pool Size=$pool\`, as README \"Configuration\" recommends)"
  echo "- Dataset: $d_tenants tenants, $d_customers customers, $d_tickets tickets, $d_comments comments, $d_changes status changes (seed $seed, loaded $d_loaded_date $d_loaded_time UTC in $d_seconds s); ticket rows added by earlier runs stay ($tickets_now tickets at the end of this run), the outbox starts empty"
  echo "- Load average (1, 5, 15 min) before the measurements: $load_before; after: $load_after (anything else running on the machine shows here)"
  echo "- Load: wrk, $threads threads, $connections connections, the maximum rate in $max_rounds rounds of $max_window per scenario on the API and on the raw baseline in turn (the rate is a side's requests over its time in all rounds, the latencies the median of its rounds'), after a warm-up of $warmup per scenario on the API and $raw_warmup on the raw baseline; paced windows of $duration; the API (Production environment, rate limits lifted through configuration) and the raw baseline are measured scenario by scenario, never both under load; each scenario's paced runs follow its maximum-rate runs"
  echo
  echo "## API against the raw baseline"
  echo
  echo "| Scenario | API req/s | Raw req/s | API/raw req/s (each round) | API p50 ms | Raw p50 ms | API/raw p50 | API p99 ms | Raw p99 ms | API/raw p99 | Non-2xx API/raw |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for key in "${scenarios[@]}"; do
    echo "| ${title[$key]} | ${result[api.$key.rps]} | ${result[raw.$key.rps]} | $(ratio "${result[api.$key.rps]}" "${result[raw.$key.rps]}") (${result[rounds.$key]}) |" \
      "${result[api.$key.p50_ms]} | ${result[raw.$key.p50_ms]} | $(ratio "${result[api.$key.p50_ms]}" "${result[raw.$key.p50_ms]}") |" \
      "${result[api.$key.p99_ms]} | ${result[raw.$key.p99_ms]} | $(ratio "${result[api.$key.p99_ms]}" "${result[raw.$key.p99_ms]}") |" \
      "${result[api.$key.non2xx]}/${result[raw.$key.non2xx]} |"
  done
  echo
  echo "## API paced at 70% of its maximum rate ($paced_connections connections)"
  echo
  echo "The raw baseline's columns are the same rate sent to it: what PostgreSQL and the machine give without the API."
  echo
  echo "New connections: database connections the pool opened during the window and still open at its end." \
    "Outbox backlog: e-mail messages due and not yet delivered (the API's and the raw baseline's, each app delivering" \
    "its own), at the window's start and end, and how long the window waited for the dispatchers to deliver those the" \
    "maximum-rate runs left (at most 180 s)." \
    "Inside the API: the time its request log gives for the requests of the window (from the request's arrival in the" \
    "pipeline to its response); the rest of wrk's figure is queueing before the API and time in wrk." \
    "Autovacuum: PostgreSQL's autovacuum runs of 0.1 s or more that overlapped the window (the API's, then the raw" \
    "baseline's)."
  echo
  echo "| Scenario | Target req/s | Achieved req/s | p50 ms | p90 ms | p99 ms | Max ms | Inside the API p50 / p99 ms | Non-2xx | New connections | Outbox backlog | p99 <= 50 ms | Raw achieved req/s | Raw p50 ms | Raw p99 ms | Raw new connections | Autovacuum |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |"
  for key in "${scenarios[@]}"; do
    echo "| ${title[$key]} | ${result[paced.$key.target]} | ${result[paced.$key.rps]} | ${result[paced.$key.p50_ms]} |" \
      "${result[paced.$key.p90_ms]} | ${result[paced.$key.p99_ms]} | ${result[paced.$key.max_ms]} | ${result[paced.$key.inside_p50]} / ${result[paced.$key.inside_p99]} |" \
      "${result[paced.$key.non2xx]} | ${result[paced.$key.opened]} | ${result[paced.$key.backlog]} |" \
      "$(verdict "${result[paced.$key.p99_ms]}" "<=" 50) | ${result[rawpaced.$key.rps]} | ${result[rawpaced.$key.p50_ms]} | ${result[rawpaced.$key.p99_ms]} | ${result[rawpaced.$key.opened]} |" \
      "${result[paced.$key.autovacuum]}; raw: ${result[rawpaced.$key.autovacuum]} |"
  done
  echo
  echo "## The control: the raw baseline paced at 70% of its own maximum rate ($paced_connections connections)"
  echo
  echo "The same target applied to the raw baseline, right after the rows above: what a minimal app (HTTP straight to" \
    "Npgsql, the API's SQL) reaches on this machine (CPUs: $cpu_layout)."
  echo
  echo "| Scenario | Raw maximum req/s | Target req/s | Achieved req/s | p50 ms | p90 ms | p99 ms | Max ms | Non-2xx | p99 <= 50 ms | Autovacuum |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
  for key in "${scenarios[@]}"; do
    echo "| ${title[$key]} | ${result[raw.$key.rps]} | ${result[rawown.$key.target]} | ${result[rawown.$key.rps]} | ${result[rawown.$key.p50_ms]} |" \
      "${result[rawown.$key.p90_ms]} | ${result[rawown.$key.p99_ms]} | ${result[rawown.$key.max_ms]} | ${result[rawown.$key.non2xx]} |" \
      "$(verdict "${result[rawown.$key.p99_ms]}" "<=" 50) | ${result[rawown.$key.autovacuum]} |"
  done
  echo
  echo "## The deep page one request at a time (1 connection, alternating, $deep_slice each)"
  echo
  echo "| Round | Page 1 req/s | Page 1 p50 ms | Page 1 p99 ms | Page $deep_page req/s | Page $deep_page p50 ms | Page $deep_page p99 ms |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for round in $(seq 1 "$deep_rounds"); do
    echo "| $round | ${result[single.deep-first.$round.rps]} | ${result[single.deep-first.$round.p50_ms]} | ${result[single.deep-first.$round.p99_ms]} |" \
      "${result[single.deep-page.$round.rps]} | ${result[single.deep-page.$round.p50_ms]} | ${result[single.deep-page.$round.p99_ms]} |"
  done
  echo
  echo "## Targets"
  echo
  echo "| Target | Measured | Verdict |"
  echo "| --- | --- | --- |"
  echo "| List throughput >= 70% of the raw baseline | first page: API/raw = $list_ratio (rounds: ${result[rounds.list]}) | $(verdict "$list_ratio" ">=" 0.70) |"
  echo "| Deep page latency <= 1.2x the first page's (same customer, p50, one request at a time) | page $deep_page / page 1 = $deep_ratio ($single_page_p50 / $single_first_p50 ms, median of $deep_rounds alternating rounds of $deep_slice; at full load, measured in consecutive minutes: p50 $deep_ratio_loaded, p99 $deep_ratio_loaded_p99) | $(verdict "$deep_ratio" "<=" 1.2) |"
  for key in "${scenarios[@]}"; do
    echo "| p99 <= 50 ms at 70% of the maximum rate: ${title[$key]} | ${result[paced.$key.p99_ms]} ms at ${result[paced.$key.rps]} req/s (the raw baseline at 70% of its own maximum: ${result[rawown.$key.p99_ms]} ms at ${result[rawown.$key.rps]} req/s) | $(verdict "${result[paced.$key.p99_ms]}" "<=" 50) |"
  done
  echo "| A 100 MiB upload adds <= 30 MiB of peak memory | +$upload_added_mib MiB ($upload_summary) | $([ "$upload_code" = 201 ] && verdict "$upload_added_mib" "<=" 30 || echo "FAIL (HTTP $upload_code)") |"
  if grep -q '^| \*\*total' "$dataset_log"; then
    echo
    echo "## Dataset load (this run)"
    echo
    sed -n '/^| Step/,$p' "$dataset_log"
  fi
} >"$report"
cat "$report"
echo
echo "Report: ${report#"$root"/}; logs: ${logs#"$root"/}"
