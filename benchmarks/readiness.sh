#!/usr/bin/env bash
# Readiness with millions of delivered e-mails kept: the latency of GET /health/ready, one request at a time, with
# --rows delivered messages in notifications.outbox_messages, a small backlog and a few dead ones.
#
#   benchmarks/readiness.sh [--rows 5000000] [--pending 50] [--dead 5] [--duration 10s] [--warmup-requests 200]
#                           [--warmup 5s] [--pool 16] [--quiet-below 25] [--quiet-wait 30m]
#
# The target (issue 31): readiness answers in under 10 ms with 5 million delivered rows in the table. Its outbox check
# counts the pending and dead messages through partial indexes, up to OutboxHealthCheck.CountCap.
#
# Installs wrk (and curl) from Debian's packages when missing, builds Release, starts a PostgreSQL cluster in
# benchmarks/.data/readiness-postgres (stopped on exit, kept for the next run), migrates it with the product's CLI and
# adds a tenant with `tenant add`. Once per --rows it fills the outbox with one INSERT ... SELECT FROM generate_series
# and runs VACUUM (ANALYZE). Every run replaces the pending and dead messages with fresh ones, starts the API in
# Production, waits for its startup purge, warms it up and measures with wrk on one connection, once the machine's CPUs
# have been less than --quiet-below percent busy for 11 s (waiting at most --quiet-wait, then measuring anyway: the
# report says which). The report, with the EXPLAIN (ANALYZE, BUFFERS) of the readiness statements, goes to
# benchmarks/results/<UTC date>-readiness-<n>.md and to stdout; logs of the run are kept in
# benchmarks/.data/logs/readiness-<run>/. See benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command_line="benchmarks/readiness.sh${*:+ $*}"
source scripts/lib/postgres.sh
source benchmarks/lib.sh

rows=5000000
pending=50
dead=5
duration=10s
warmup_requests=200
warmup=5s
pool=16
quiet_below=25
quiet_wait=30m
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2 ;;
    --pending) pending=$2 ;;
    --dead) dead=$2 ;;
    --duration) duration=$2 ;;
    --warmup-requests) warmup_requests=$2 ;;
    --warmup) warmup=$2 ;;
    --pool) pool=$2 ;;
    --quiet-below) quiet_below=$2 ;;
    --quiet-wait) quiet_wait=$2 ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift 2
done
case $quiet_wait in
  *m) quiet_wait_s=$((${quiet_wait%m} * 60)) ;;
  *s) quiet_wait_s=${quiet_wait%s} ;;
  *) quiet_wait_s=$quiet_wait ;;
esac
for value in "$rows" "$pending" "$dead" "$warmup_requests" "$pool" "$quiet_below" "$quiet_wait_s"; do
  [[ "$value" =~ ^[0-9]+$ ]] || { echo "Counts, percentages and --quiet-wait (30m, 90s) must be whole numbers, not '$value'" >&2; exit 2; }
done

# The statements readiness sends, read from the code so that the plans in the report are those of the build measured.
health_check=src/Infrastructure/Notifications/OutboxHealthCheck.cs
count_cap=$(sed -n 's/.*const int CountCap = \([0-9_]*\);.*/\1/p' "$health_check" | tr -d _)
# A C# raw string: its lines lose the indentation of its closing quotes.
outbox_sql=$(awk '
  /SqlQuery<OutboxState>\(\$"""/ { on = 1; next }
  on && /^[[:space:]]*"""/ { indent = match($0, /[^[:space:]]/) - 1; for (i = 1; i <= n; i++) print substr(line[i], indent + 1); exit }
  on { line[++n] = $0 }' "$health_check" | sed 's/{CountCap}/$1/g')
ping_sql=$(sed -n 's/.*CreateCommand("\([^"]*\)").*/\1/p' src/Infrastructure/Persistence/DatabaseHealthCheck.cs)
if [ -z "$count_cap" ] || [ -z "$ping_sql" ] || [[ "$outbox_sql" != *outbox_messages* ]] || [[ "$outbox_sql" == *"{"* ]]; then
  echo "The readiness statements were not found where readiness.sh reads them ($health_check, DatabaseHealthCheck.cs); update it." >&2
  exit 1
fi

install_measuring_tools
pg_ensure_installed
pg_bin=$(pg_bin_dir)

run_id=$(date -u +%Y%m%dT%H%M%SZ)
data_dir=$root/benchmarks/.data
# A cluster of its own: run.sh's (benchmarks/.data/postgres) stops and restarts with its own settings.
pg_data=$data_dir/readiness-postgres
logs=$data_dir/logs/readiness-$run_id
work=$(mktemp -d /tmp/posvendas-readiness.XXXXXX)
chmod 755 "$work"
mkdir -p "$logs" "$root/benchmarks/results"
database=posvendas_bench_readiness_$rows
tenant_slug=bench-readiness

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
api_dir=$root/src/WebApi/bin/Release/net10.0
api_dll=$api_dir/PosVendas.WebApi.dll

step "PostgreSQL (data in ${pg_data#"$root"/})"
pg_stop "$pg_data" # a cluster left running by an interrupted run
pg_port=$(free_tcp_port)
pg_start "$pg_data" "$pg_port"
export ConnectionStrings__Postgres
ConnectionStrings__Postgres=$(bench_connection_string "$pg_port" "$database" "$pool")

# The outbox is loaded once per --rows and kept: benchmark.readiness_dataset records a finished load. A database
# without it (a load interrupted) is made again from scratch.
loaded=""
if "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" postgres | grep -q 1; then
  loaded=$(psql_bench -c "SELECT to_regclass('benchmark.readiness_dataset') IS NOT NULL" 2>/dev/null)
  [ "$loaded" = t ] && loaded=$(psql_bench -c "SELECT count(*) FROM benchmark.readiness_dataset") || loaded=""
  [ "$loaded" = 1 ] || { echo "Dropping $database: its load did not finish"; "$pg_bin/dropdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$database"; loaded=""; }
fi
pg_create_database "$pg_port" "$database"
dotnet "$api_dll" migrate
set +e
dotnet "$api_dll" tenant add "$tenant_slug" --name "Readiness benchmark" >/dev/null
added=$?
set -e
case $added in
  0 | 3) ;;
  *) echo "Could not create the tenant '$tenant_slug' (exit $added)." >&2; exit "$added" ;;
esac
tenant_id=$(psql_bench -c "SELECT id FROM tenancy.tenants WHERE slug = '$tenant_slug'")

# An e-mail as the product writes it (JsonSerializer.Serialize(OutboxEmail): a ticket's opening, as EmailTemplates
# renders it), about 1.4 KB of JSON.
payload_sql="jsonb_build_object(
    'To', 'cliente' || (i % 20000) || '@example.com',
    'ToName', 'Cliente ' || (i % 20000),
    'Subject', format('[Chamado #%s] Recebemos o seu chamado', i),
    'Text', format(E'Olá Cliente %s,\n\nRecebemos o seu chamado #%s sobre Infiltrações e vamos respondê-lo em breve.\n\nDescrição: %s\n\nData: %s (UTC-03:00)\n\nAcompanhe o chamado: https://portal.example.com/chamados/%s\n\n— Incorporadora Benchmark',
      i % 20000, i, description, to_char(created_at AT TIME ZONE 'America/Sao_Paulo', 'DD/MM/YYYY HH24:MI'), i),
    'Html', format('<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Olá Cliente %s,</p><p>Recebemos o seu chamado #%s sobre Infiltrações e vamos respondê-lo em breve.</p><p>Descrição: %s</p><p>Data: %s (UTC-03:00)</p><p><a href=\"https://portal.example.com/chamados/%s\">Acompanhe o chamado</a></p><p>— Incorporadora Benchmark</p></body></html>',
      i % 20000, i, description, to_char(created_at AT TIME ZONE 'America/Sao_Paulo', 'DD/MM/YYYY HH24:MI'), i),
    'Thread', 'ticket-' || md5(i::text),
    'FromName', 'Incorporadora Benchmark',
    'FromAddress', 'chamados@bench.example',
    'ReplyTo', NULL)"
description="'Há uma infiltração na parede do banheiro da suíte desde a última chuva forte; a mancha aumentou durante a semana, o reboco começou a soltar perto do rodapé e o cheiro de mofo chega ao quarto. Peço uma vistoria e a indicação do que fazer até lá.'"
# Ids as the product makes them (Guid.CreateVersion7): the creation time's milliseconds first, then random bits.
uuid7_sql="(lpad(to_hex((extract(epoch FROM created_at) * 1000)::bigint), 12, '0') || '7' || substr(md5(i::text || 'r'), 1, 3) || '8' || substr(md5(i::text || 'r'), 4, 15))::uuid"
outbox_columns="id, tenant_id, channel, type, recipient, payload, status, attempts, created_at, next_attempt_at, delivered_at, last_error"

if [ -z "$loaded" ]; then
  step "Outbox: $rows delivered messages (one INSERT ... SELECT FROM generate_series, then VACUUM (ANALYZE))"
  # The delivered messages span the 30 days before the load (Notifications:DeliveredRetention's default, the product's
  # retention), one e-mail every ~0.5 s at 5 million: each delivered within seconds of its creation, in one attempt.
  started=$(date +%s.%N)
  psql_bench -v ON_ERROR_STOP=1 <<SQL
INSERT INTO notifications.outbox_messages ($outbox_columns)
SELECT $uuid7_sql, '$tenant_id', 'Email',
       (ARRAY['ticket.opened', 'ticket.staff_replied', 'ticket.customer_replied', 'ticket.status_changed'])[1 + i % 4],
       'cliente' || (i % 20000) || '@example.com', $payload_sql, 'Delivered', 1,
       created_at, created_at + interval '45 seconds', created_at + interval '2 seconds', NULL
FROM generate_series(1, $rows) AS i,
     LATERAL (SELECT now() - interval '30 days' + (i - 1) * (interval '30 days' / greatest($rows, 1)) AS created_at,
                     $description AS description) AS row_values;
SQL
  inserted=$(date +%s.%N)
  # What autovacuum does on a table this size once it has been written: the visibility map set (index-only scans need
  # it) and the statistics the planner reads.
  psql_bench -c "VACUUM (ANALYZE)"
  vacuumed=$(date +%s.%N)
  psql_bench -v ON_ERROR_STOP=1 <<SQL
CREATE SCHEMA IF NOT EXISTS benchmark;
CREATE TABLE benchmark.readiness_dataset (delivered bigint NOT NULL, loaded_at timestamptz NOT NULL, insert_seconds numeric NOT NULL, vacuum_seconds numeric NOT NULL);
INSERT INTO benchmark.readiness_dataset
SELECT (SELECT count(*) FROM notifications.outbox_messages WHERE status = 'Delivered'), to_timestamp($started),
       round(($inserted - $started)::numeric, 1), round(($vacuumed - $inserted)::numeric, 1);
SQL
  psql_bench -c "CHECKPOINT" >/dev/null
else
  step "Outbox: $rows delivered messages already loaded in $database"
fi

# A backlog as readiness sees it during a mail server's outage, made afresh every run so that the oldest pending
# message is minutes old (older than 15 minutes makes readiness Degraded): messages written in the last minutes and
# waiting for a retry in half an hour, so that the API's dispatcher leaves them alone while it is measured; and dead
# messages from the days before.
step "Outbox: $pending pending and $dead dead messages, made afresh"
psql_bench -v ON_ERROR_STOP=1 <<SQL
BEGIN;
DELETE FROM notifications.outbox_messages WHERE status = 'Pending';
DELETE FROM notifications.outbox_messages WHERE status = 'Dead';
INSERT INTO notifications.outbox_messages ($outbox_columns)
SELECT $uuid7_sql, '$tenant_id', 'Email', 'ticket.opened', 'cliente' || (i % 20000) || '@example.com', $payload_sql,
       'Pending', 2, created_at, now() + interval '30 minutes', NULL, 'Connection refused (the benchmark''s mail server does not exist)'
FROM generate_series($rows + 1, $rows + $pending) AS i,
     LATERAL (SELECT now() - (i - $rows) * interval '3 seconds' AS created_at, $description AS description) AS row_values;
INSERT INTO notifications.outbox_messages ($outbox_columns)
SELECT $uuid7_sql, '$tenant_id', 'Email', 'ticket.staff_replied', 'cliente' || (i % 20000) || '@example.com', $payload_sql,
       'Dead', 8, created_at, created_at + interval '2 hours', NULL, '550 5.1.1 The recipient does not exist'
FROM generate_series($rows + $pending + 1, $rows + $pending + $dead) AS i,
     LATERAL (SELECT now() - (i - $rows - $pending) * interval '1 day' AS created_at, $description AS description) AS row_values;
COMMIT;
SQL
read -r d_delivered d_loaded_at d_insert_seconds d_vacuum_seconds <<<"$(psql_bench -F ' ' -c \
  "SELECT delivered, to_char(loaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI'), insert_seconds, vacuum_seconds FROM benchmark.readiness_dataset")"
psql_bench -c "CHECKPOINT" >/dev/null
pg_stop "$pg_data"
start_postgres_measuring

api_port=$(free_tcp_port)
api_url=http://127.0.0.1:$api_port
step "API in Production on $api_url"
# Production, with what it requires set through configuration: a signing key for tokens (none is used here) and an
# SMTP server (Notifications:Email:Host; nothing listens on 127.0.0.1:9, and no message is due while it is measured).
# The delivered messages' retention is 10 years instead of 30 days, so that a dataset kept between runs is not purged
# as it ages; the purge still runs when the API starts, and reads the whole table to find nothing to delete.
signing_key=$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')
api_environment=(ASPNETCORE_ENVIRONMENT=Production Auth__Issuer=posvendas-bench Auth__Audience=posvendas-api
  Notifications__Email__Transport=Smtp Notifications__Email__Host=127.0.0.1 Notifications__Email__Port=9
  Notifications__DeliveredRetention=3650.00:00:00 Attachments__Storage__FileSystem__Root="$work/attachments")
(
  cd "$api_dir"
  exec env "${api_environment[@]}" Auth__SigningKey="$signing_key" dotnet PosVendas.WebApi.dll --urls "$api_url"
) >"$logs/api.log" 2>&1 &
api_pid=$!
api_started=$SECONDS
wait_for "$api_url/health/live" "$api_pid" "$logs/api.log"
wait_for "$api_url/health/ready" "$api_pid" "$logs/api.log"
ready_after=$((SECONDS - api_started))
echo "ready after $ready_after s"

# The dispatcher's first round, 2 s after the start, purges delivered messages past their retention: with millions of
# rows kept, a statement that reads the whole table. Measuring starts once it has ended and the database has been
# idle for 2 s (or 20 s have passed without it being seen, at most 180 s in all).
step "Waiting for the startup purge"
purge_seen=0
purge_samples=0
quiet=0
waited_from=$SECONDS
while [ $((SECONDS - waited_from)) -lt 180 ]; do
  read -r purging active <<<"$(psql_bench -F ' ' -c "SELECT count(*) FILTER (WHERE query ILIKE 'DELETE FROM%outbox_messages%'), count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()")"
  if [ "$purging" -gt 0 ]; then
    purge_seen=1
    purge_samples=$((purge_samples + 1))
  fi
  if [ "$active" -eq 0 ]; then quiet=$((quiet + 1)); else quiet=0; fi
  if [ "$quiet" -ge 10 ] && { [ "$purge_seen" -eq 1 ] || [ $((SECONDS - waited_from)) -ge 20 ]; }; then
    break
  fi
  sleep 0.2
done
if [ "$purge_seen" -eq 1 ]; then
  purge_summary="the purge was seen running in $purge_samples samples 0.2 s apart (about $(awk -v n="$purge_samples" 'BEGIN { printf "%.1f", n * 0.2 }') s)"
else
  purge_summary="the purge was not seen running (under 0.2 s)"
fi
purge_summary="$purge_summary; the database was idle again $((SECONDS - api_started)) s after the API started"
echo "$purge_summary"

ready_body=$(curl -fsS "$api_url/health/ready")
echo "$ready_body"

step "Warm-up: $warmup_requests requests one at a time, then $warmup with wrk on one connection"
for _ in $(seq 1 "$warmup_requests"); do
  code=$(curl -sS -o /dev/null -w '%{http_code}' "$api_url/health/ready")
  [ "$code" = 200 ] || { echo "GET /health/ready answered $code during the warm-up" >&2; exit 1; }
done
printf 'GET\t/health/ready\t-\n' >"$work/ready.requests"
declare -A result
# run_wrk KEY DURATION: one wrk thread on one connection; stores the RESULT fields as result[KEY.rps], result[KEY.p50_ms]...
run_wrk() {
  local key=$1 length=$2 out=$logs/wrk-$1.txt line field
  wrk -t1 -c1 -d"$length" --latency -s "$root/benchmarks/wrk/requests.lua" "$api_url" -- "$work/ready.requests" threads=1 \
    >"$out" 2>&1 || { cat "$out" >&2; return 1; }
  line=$(sed -n 's/^RESULT //p' "$out")
  [ -n "$line" ] || { cat "$out" >&2; return 1; }
  for field in $line; do
    result[$key.${field%%=*}]=${field#*=}
  done
}
run_wrk warmup "$warmup"

# Scans of the outbox table and of each of its indexes, as PostgreSQL counts them: "name count" lines.
outbox_scans() {
  psql_bench -F ' ' -c "SELECT 'seq_scan(table)', seq_scan FROM pg_stat_user_tables WHERE relid = 'notifications.outbox_messages'::regclass
    UNION ALL SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE relid = 'notifications.outbox_messages'::regclass ORDER BY 1"
}
# CPU time in clock ticks: the machine's busy and total time (/proc/stat), and the API process's (/proc/<pid>/stat).
machine_ticks() { awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat; }
api_ticks() { awk '{ print $14 + $15 }' "/proc/$api_pid/stat"; }
busy_over() { # SECONDS: how busy the machine's CPUs were over the next SECONDS, in percent
  local busy1 total1 busy2 total2
  read -r busy1 total1 <<<"$(machine_ticks)"
  sleep "$1"
  read -r busy2 total2 <<<"$(machine_ticks)"
  awk -v b=$((busy2 - busy1)) -v t=$((total2 - total1)) 'BEGIN { printf "%.0f", t ? 100 * b / t : 0 }'
}
# Milliseconds measure a machine's quiet moments: on a shared machine another user's build or tests take every CPU
# for minutes, and with them one request's latency. The window starts after 11 s in which the CPUs were less than
# --quiet-below percent busy (the API, PostgreSQL and wrk being idle), which is also the 11 s that PostgreSQL 15's
# backends need to report their statistics once idle, so that the scan counts before and after the window are the
# window's own.
step "Waiting for a quiet machine: CPUs under $quiet_below% busy for 11 s (at most $quiet_wait)"
quiet_from=$SECONDS
while :; do
  quiet_busy=$(busy_over 11)
  [ "$quiet_busy" -ge "$quiet_below" ] && [ $((SECONDS - quiet_from)) -lt "$quiet_wait_s" ] || break
  echo "  $quiet_busy% busy; waiting ($((SECONDS - quiet_from)) s so far)"
done
if [ "$quiet_busy" -lt "$quiet_below" ]; then
  quiet_summary="$quiet_busy% busy in the 11 s before the window, after waiting $((SECONDS - quiet_from - 11)) s for under $quiet_below%"
else
  quiet_summary="$quiet_busy% busy in the 11 s before the window: not quiet after waiting $quiet_wait for under $quiet_below%, measured anyway"
fi
echo "  $quiet_summary"
scans_before=$(outbox_scans)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
step "Measuring: GET /health/ready for $duration, one request at a time (wrk -t1 -c1)"
read -r busy_before total_before <<<"$(machine_ticks)"
api_before=$(api_ticks)
from=$(date -u +%Y-%m-%dT%H:%M:%S.%N)
run_wrk measure "$duration"
to=$(date -u +%Y-%m-%dT%H:%M:%S.%N)
read -r busy_after total_after <<<"$(machine_ticks)"
api_after=$(api_ticks)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
ticks_per_second=$(getconf CLK_TCK)
machine_busy=$(awk -v b=$((busy_after - busy_before)) -v t=$((total_after - total_before)) 'BEGIN { printf "%.0f", t ? 100 * b / t : 0 }')
api_cpu_us=$(awk -v a=$((api_after - api_before)) -v hz="$ticks_per_second" -v n="${result[measure.requests]}" 'BEGIN { printf "%.0f", n ? a / hz * 1e6 / n : 0 }')
printf '  %s requests, %s req/s, p50 %s ms, p90 %s ms, p99 %s ms, max %s ms, non-2xx %s, errors %s\n' \
  "${result[measure.requests]}" "${result[measure.rps]}" "${result[measure.p50_ms]}" "${result[measure.p90_ms]}" \
  "${result[measure.p99_ms]}" "${result[measure.max_ms]}" "${result[measure.non2xx]}" "${result[measure.errors]}"
sleep 11
scans_after=$(outbox_scans)
scan_rows=$(join <(sort <<<"$scans_before") <(sort <<<"$scans_after") | awk '{ printf "| `%s` | %d |\n", $1, $3 - $2 }')

# The time inside the API: its request log's Elapsed for the readiness requests of the window.
inside=$(awk -v from="$from" -v to="$to" '
    index($0, "\"RequestPath\":\"/health/ready\"") && index($0, "\"Elapsed\":") {
      t = substr($0, 8, 28)
      if (t >= from && t <= to && match($0, /"Elapsed":[0-9.]+/)) print substr($0, RSTART + 10, RLENGTH - 10)
    }' "$logs/api.log" | sort -g | awk '{ v[NR] = $1 } END {
      if (NR == 0) { print "n/a n/a n/a 0"; exit }
      i50 = int(NR * 0.50); i99 = int(NR * 0.99)
      printf "%.2f %.2f %.2f %d\n", v[i50 < 1 ? 1 : i50], v[i99 < 1 ? 1 : i99], v[NR], NR }')
read -r inside_p50 inside_p99 inside_max inside_count <<<"$inside"
stop_process "$api_pid"
api_pid=""

# The plans, with the cache as the measurement left it. The outbox statement as the API sends it: prepared (Npgsql
# prepares a statement from its fifth use, ADR 0006), with the cap as its parameter, explained after six executions,
# when PostgreSQL may have moved to its generic plan.
step "Query plans"
explain() { # NAME PARAMETER_TYPES SQL ARGUMENTS
  psql_bench -v ON_ERROR_STOP=1 <<SQL
\o /dev/null
PREPARE $1$2 AS $3;
EXECUTE $1$4; EXECUTE $1$4; EXECUTE $1$4; EXECUTE $1$4; EXECUTE $1$4; EXECUTE $1$4;
\o
EXPLAIN (ANALYZE, BUFFERS) EXECUTE $1$4;
SQL
}
outbox_plan=$(explain readiness_outbox "(int)" "$outbox_sql" "($count_cap)")
ping_plan=$(explain readiness_ping "" "$ping_sql" "")
echo "$outbox_plan"

sizes=$(psql_bench -F ' ' -c "SELECT c.relname, pg_size_pretty(pg_relation_size(c.oid)), c.relkind FROM pg_class c
  WHERE c.oid = 'notifications.outbox_messages'::regclass OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'notifications.outbox_messages'::regclass)
  ORDER BY c.relkind DESC, c.relname" | awk '{ printf "| `%s` | %s %s |\n", $1, $2, $3 }')
index_definitions=$(psql_bench -c "SELECT indexdef FROM pg_indexes WHERE schemaname = 'notifications' AND tablename = 'outbox_messages' AND indexname IN ('ix_outbox_messages_pending_created', 'ix_outbox_messages_dead_created') ORDER BY 1")
read -r now_pending now_dead <<<"$(psql_bench -F ' ' -c "SELECT count(*) FILTER (WHERE status = 'Pending'), count(*) FILTER (WHERE status = 'Dead') FROM notifications.outbox_messages WHERE status IN ('Pending', 'Dead')")"
live_rows=$(psql_bench -c "SELECT n_live_tup FROM pg_stat_user_tables WHERE relid = 'notifications.outbox_messages'::regclass")
table_size=$(psql_bench -c "SELECT pg_size_pretty(pg_total_relation_size('notifications.outbox_messages'))")

step "Report"
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }
verdict() { awk -v v="$1" -v limit="$2" 'BEGIN { print (v < limit ? "PASS" : "FAIL") }'; }
cpu_count=$(nproc --all)
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
memory_gib=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)
os_name=$(. /etc/os-release && echo "$PRETTY_NAME")
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
# Reports of earlier runs, not yet committed, change nothing that is measured.
[ -z "$(git status --porcelain -- . ':!benchmarks/results' 2>/dev/null)" ] || commit="$commit (with uncommitted changes)"
last=$(find "$root/benchmarks/results" -maxdepth 1 -name '*-readiness-*.md' -printf '%f\n' |
  sed -n 's/^[0-9-]*-readiness-\([0-9][0-9]*\)\.md$/\1/p' | sort -n | tail -n 1)
number=$((${last:-0} + 1))
report=$root/benchmarks/results/$(date -u +%Y-%m-%d)-readiness-$number.md
{
  echo "# PosVendas readiness benchmark $number: GET /health/ready with $(thousands "$d_delivered") delivered outbox rows"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $commit"
  echo "- Command: \`$command_line\`"
  echo "- Machine: $cpu_count CPUs ($cpu_model), $memory_gib GiB RAM, $os_name, kernel $(uname -r)"
  echo "- Software: .NET SDK $(dotnet --version), $("$pg_bin/postgres" --version), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
  echo "- PostgreSQL for the measurement: \`$pg_measure_options\` (the load ran with fsync off)"
  echo "- API: Release build, \`${api_environment[*]//$work/<tmp>} Auth__SigningKey=<random>\`, a fixed pool of $pool connections (\`Minimum Pool Size=$pool;Maximum Pool Size=$pool\`); the API, PostgreSQL and wrk share the $cpu_count CPUs"
  echo "- \`notifications.outbox_messages\`: $(thousands "$d_delivered") delivered e-mails spread over the 30 days before the load (loaded $d_loaded_at UTC: INSERT ... SELECT FROM generate_series in $d_insert_seconds s, then VACUUM (ANALYZE) of the database in $d_vacuum_seconds s), $now_pending pending (made before this run, created in the last minutes, due for a retry in 30 minutes) and $now_dead dead; $(thousands "$live_rows") live rows by PostgreSQL's statistics, $table_size with its indexes"
  echo "- Startup: the API answered \`/health/ready\` $ready_after s after it started; the outbox dispatcher's first round purges delivered messages past their retention (a sequential scan of the table): $purge_summary"
  echo "- Warm-up: $warmup_requests requests one at a time with curl (each answered 200), then $warmup with wrk on one connection (${result[warmup.requests]} requests)"
  echo "- The machine's CPUs: $quiet_summary"
  echo "- Load average (1, 5, 15 min) before the measurement: $load_before; after: $load_after. The $cpu_count CPUs were $machine_busy% busy during the window (/proc/stat; wrk, the API and PostgreSQL included: anything else running on the machine shows here); the API process used $api_cpu_us µs of CPU per request"
  echo
  echo "## Latency of GET /health/ready, one request at a time"
  echo
  echo "wrk, 1 thread, 1 connection (keep-alive), $duration; its latency is the whole trip (loopback, the API, PostgreSQL and wrk)." \
    "Inside the API: the request log's \`Elapsed\` of the same requests ($inside_count lines)."
  echo
  echo "| Requests | req/s | p50 ms | p90 ms | p99 ms | Max ms | Inside the API p50 / p99 / max ms | Non-2xx | Socket errors |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  echo "| ${result[measure.requests]} | ${result[measure.rps]} | ${result[measure.p50_ms]} | ${result[measure.p90_ms]} | ${result[measure.p99_ms]} | ${result[measure.max_ms]} | $inside_p50 / $inside_p99 / $inside_max | ${result[measure.non2xx]} | ${result[measure.errors]} |"
  echo
  echo "## Target"
  echo
  echo "| Target | Measured | Verdict |"
  echo "| --- | --- | --- |"
  echo "| Readiness answers in under 10 ms with 5 million delivered outbox rows (p99, one request at a time) | p99 ${result[measure.p99_ms]} ms (p50 ${result[measure.p50_ms]} ms, max ${result[measure.max_ms]} ms) with $(thousands "$d_delivered") delivered rows | $(verdict "${result[measure.p99_ms]}" 10)$([ "$d_delivered" -ge 5000000 ] || echo " (fewer rows than the target's 5 million)") |"
  echo
  echo "## The response"
  echo
  echo '```json'
  echo "$ready_body"
  echo '```'
  echo
  echo "## Scans of the outbox during the measured window"
  echo
  echo "From \`pg_stat_user_tables\` and \`pg_stat_user_indexes\`, before and after the window: ${result[measure.requests]} readiness requests," \
    "each reading the pending index twice (the count and the oldest) and the dead index once, and the dispatcher's rounds every 2 s (\`ix_outbox_messages_due\`)."
  echo
  echo "| Table or index | Scans in the window |"
  echo "| --- | ---: |"
  echo "$scan_rows"
  echo
  echo "Sizes:"
  echo
  echo "| Relation | Size, kind (r table, i index) |"
  echo "| --- | --- |"
  echo "$sizes"
  echo
  echo "The readiness indexes (migration \`OutboxReadinessIndexes\`):"
  echo
  echo '```sql'
  echo "$index_definitions"
  echo '```'
  echo
  echo "## Query plans"
  echo
  echo "The statements of \`OutboxHealthCheck\` and \`DatabaseHealthCheck\`, read from the code; prepared as the API's are" \
    "(the cap, $count_cap, as the parameter), executed six times, then explained with \`EXPLAIN (ANALYZE, BUFFERS)\`," \
    "right after the measurement."
  echo
  echo '```sql'
  echo "$outbox_sql"
  echo '```'
  echo
  echo '```'
  echo "$outbox_plan"
  echo '```'
  echo
  echo '```sql'
  echo "$ping_sql"
  echo '```'
  echo
  echo '```'
  echo "$ping_plan"
  echo '```'
} >"$report"
cat "$report"
echo
echo "Report: ${report#"$root"/}; logs: ${logs#"$root"/}"
