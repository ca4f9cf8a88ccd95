# Shared by benchmarks/run.sh, compare.sh and readiness.sh (sourced, after scripts/lib/postgres.sh).

# Loading runs on pg_start's throwaway settings (fsync off); the measurements on durable settings sized for the
# machine, set on the command line because pg_start's -c options would override postgresql.auto.conf.
pg_measure_options="-c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=2GB -c effective_cache_size=6GB -c fsync=on -c synchronous_commit=on -c log_autovacuum_min_duration=0 -c log_timezone=UTC"

# The connection string of the API and the raw baseline alike: a fixed-size pool of N connections (Minimum Pool
# Size = Maximum Pool Size), as README "Configuration" recommends for production. With Npgsql's defaults (0 to 100,
# idle connections closed after 5 minutes) the pool shrank while the paced runs went steadily, then a hiccup queued
# requests and the pool opened dozens of connections at once (each a new PostgreSQL process with cold caches that
# prepares its statements again), which turned the hiccup into a stall of up to a second (ADR 0007).
bench_connection_string() { # PORT DATABASE POOL
  echo "$(pg_connection_string "$1" "$2");Minimum Pool Size=$3;Maximum Pool Size=$3"
}

# The functions below read the caller's pg_bin, pg_data, pg_port and database.
psql_bench() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -X -q -tA "$database" "$@"; }

# Starts the benchmark cluster on $pg_port with the measuring options.
start_postgres_measuring() {
  pg_as_owner "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 120 \
    -o "-p $pg_port -k $pg_data $pg_measure_options" start >/dev/null
}

# Client connections opened since the PostgreSQL timestamp $1 that are still open (psql_bench's own excluded).
connections_opened_since() {
  psql_bench -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND backend_start >= '$1' AND pid <> pg_backend_pid()"
}

# Outbox messages due and not yet delivered: the API's (channel Email) and the raw baseline's (RawEmail), each
# delivered by its own app's dispatcher.
outbox_backlog() {
  psql_bench -c "SELECT count(*) FROM notifications.outbox_messages WHERE status = 'Pending' AND next_attempt_at <= now()"
}

# wait_for_outbox_drain SECONDS: waits until the dispatchers have delivered every e-mail due, or SECONDS have passed;
# prints the seconds waited.
wait_for_outbox_drain() {
  local limit=$1 waited=0
  while [ "$(outbox_backlog)" -gt 0 ] && [ "$waited" -lt "$limit" ]; do
    sleep 1
    waited=$((waited + 1))
  done
  echo "$waited"
}

# request_log_percentiles LOG FROM TO: "p50 p99" in ms of the time the API itself took (its request log's Elapsed)
# for the requests it finished between the UTC timestamps FROM and TO (date -u +%Y-%m-%dT%H:%M:%S.%N), health
# checks left out. Next to wrk's figures, it tells time inside the API from time in queues before it and in wrk.
request_log_percentiles() {
  awk -v from="$2" -v to="$3" '
    index($0, "\"Elapsed\":") && !index($0, "\"RequestPath\":\"/health") {
      t = substr($0, 8, 28)
      if (t >= from && t <= to && match($0, /"Elapsed":[0-9.]+/)) print substr($0, RSTART + 10, RLENGTH - 10)
    }' "$1" | sort -g | awk '{ v[NR] = $1 } END {
      if (NR == 0) { print "n/a n/a"; exit }
      i50 = int(NR * 0.50); i99 = int(NR * 0.99)
      printf "%.2f %.2f\n", v[i50 < 1 ? 1 : i50], v[i99 < 1 ? 1 : i99] }'
}

# autovacuum_during FROM TO: PostgreSQL's autovacuum runs (a vacuum or an analyze of one table) of 0.1 s or more
# that overlapped the window between the UTC timestamps FROM and TO (date -u +%Y-%m-%dT%H:%M:%S.%N), from its log
# (pg_measure_options has it log every run): "analyze tickets 3.17 s, vacuum outbox_messages 4.31 s", or "none".
# On 2 CPUs such a run takes a good part of one, and the paced windows it overlapped had every request slow for a
# second or more (benchmarks/results/HISTORY.md section 18).
autovacuum_during() {
  local from to found=""
  from=$(date -u -d "${1}Z" +%s.%N)
  to=$(date -u -d "${2}Z" +%s.%N)
  # The log gives each run's end (its first line) and, a few lines on, its elapsed time. Runs that ended before the
  # window are left out as text (the log's times are UTC, pg_measure_options), which keeps a long log quick to read.
  while IFS=$'\t' read -r ended what table elapsed; do
    ended=$(date -u -d "$ended" +%s.%N)
    if awk -v e="$ended" -v d="$elapsed" -v f="$from" -v t="$to" 'BEGIN { exit !(d >= 0.1 && e >= f && e - d <= t) }'; then
      found+="${found:+, }$what $table $elapsed s"
    fi
  done < <(awk -v from="${1/T/ }" '
    / LOG:  automatic (vacuum|analyze) of table / && $1 " " $2 >= from {
      ended = $1 " " $2 " " $3; what = index($0, "automatic vacuum") ? "vacuum" : "analyze"
      match($0, /table "[^"]*"/); n = split(substr($0, RSTART + 7, RLENGTH - 8), name, "."); table = name[n]
      next
    }
    table != "" && match($0, /elapsed: [0-9.]+/) { print ended "\t" what "\t" table "\t" substr($0, RSTART + 9, RLENGTH - 9); table = "" }
    ' "$pg_data/server.log")
  echo "${found:-none}"
}

# Empties the outbox, before a measurement and after it. Pending messages an earlier run left (the raw baseline's, or
# a build measured before) would be delivered by the API being measured. Delivered ones piled up run after run, where
# the product's retention (Notifications:DeliveredRetention, 30 days) keeps a month's worth: after 30 runs the table
# held 2.2 million rows (2.8 GB) and its autovacuum ran 46 s inside run 29's openings (ADR 0012). TRUNCATE leaves no dead rows for autovacuum to clean up during the run.
clear_outbox() {
  psql_bench -c "TRUNCATE notifications.outbox_messages" >/dev/null
}

# make_tokens DATASET_DLL OUT CUSTOMERS SEED: request files for every scenario, signed with a new random key; sets
# issuer, audience and signing_key for start_api_at.
make_tokens() {
  issuer=posvendas-bench
  audience=posvendas-api
  signing_key=$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')
  dotnet "$1" tokens --issuer "$issuer" --audience "$audience" --signing-key "$signing_key" \
    --out "$2" --customers "$3" --seed "$4"
}

step() { printf '\n== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; }

stop_process() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

wait_for() {
  local url=$1 pid=$2 log=$3
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The process behind $url exited; its log:" >&2
      tail -n 40 "$log" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "$url did not answer within 60 s" >&2
  return 1
}

# start_api_at DIR URL LOG WORK: starts the API built in DIR on URL and waits until it answers; sets api_pid.
# Production settings, with the limits a benchmark must lift set through configuration only: the rate limits (per
# user and per tenant), and a 110 MiB file / 120 MiB request for the upload check. Needs $issuer, $audience,
# $signing_key and ConnectionStrings__Postgres.
start_api_at() {
  local dir=$1 url=$2 log=$3 work=$4
  (
    cd "$dir"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      Auth__Issuer="$issuer" Auth__Audience="$audience" Auth__SigningKey="$signing_key" \
      RateLimiting__PerUserPermitLimit=1000000000 RateLimiting__PerTenantPermitLimit=1000000000 \
      Attachments__MaxFileBytes=$((110 * 1024 * 1024)) Attachments__MaxRequestBytes=$((120 * 1024 * 1024)) \
      Attachments__Storage__Provider=FileSystem Attachments__Storage__FileSystem__Root="$work/attachments" \
      Notifications__Email__Transport=Pickup Notifications__Email__AllowPickupInProduction=true \
      Notifications__Email__PickupDirectory="$work/mail" \
      dotnet PosVendas.WebApi.dll --urls "$url"
  ) >"$log" 2>&1 &
  api_pid=$!
  wait_for "$url/health/live" "$api_pid" "$log"
}

# wrk and curl from Debian's packages when missing.
install_measuring_tools() {
  local sudo="" missing=()
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian's packages..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
