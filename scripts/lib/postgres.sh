# Shared helpers for a throwaway or local PostgreSQL cluster. Source this file; it defines functions only.
# Works as root (initdb refuses root, so the server runs as the 'postgres' user) or as an ordinary user.

pg_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

# Installs the PostgreSQL server from the distribution's packages when no server binaries are present.
pg_ensure_installed() {
  pg_bin_dir >/dev/null && return 0
  echo "PostgreSQL server not found; installing it from the distribution's packages..." >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  pg_bin_dir >/dev/null || { echo "PostgreSQL installation failed" >&2; return 1; }
}

# Runs a command as the cluster owner: 'postgres' when we are root, ourselves otherwise.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_start DATA_DIR PORT: creates the cluster if DATA_DIR is empty, then starts it listening on 127.0.0.1:PORT.
pg_start() {
  local data_dir=$1 port=$2 bin
  bin=$(pg_bin_dir) || return 1
  mkdir -p "$data_dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres:postgres "$data_dir"
    chmod 700 "$data_dir"
    if ! runuser -u postgres -- test -x "$data_dir"; then
      echo "The 'postgres' user cannot reach $data_dir (a parent folder is closed to it); move the checkout or set ConnectionStrings__Postgres." >&2
      return 1
    fi
  fi
  if [ ! -f "$data_dir/PG_VERSION" ]; then
    pg_as_owner "$bin/initdb" -D "$data_dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null || return 1
  fi
  if pg_as_owner "$bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
    return 0
  fi
  pg_as_owner "$bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
    -o "-p $port -k $data_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
    || { cat "$data_dir/server.log" >&2; return 1; }
}

pg_stop() {
  local data_dir=$1 bin
  bin=$(pg_bin_dir) || return 0
  [ -f "$data_dir/PG_VERSION" ] || return 0
  pg_as_owner "$bin/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null 2>&1 || true
}

pg_connection_string() {
  local port=$1 database=$2
  echo "Host=127.0.0.1;Port=$port;Database=$database;Username=postgres;Password=postgres"
}

# Creates DATABASE on the cluster at PORT if it does not exist.
pg_create_database() {
  local port=$1 database=$2 bin
  bin=$(pg_bin_dir) || return 1
  if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" postgres | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"
  fi
}

# Prints a TCP port on 127.0.0.1 that nothing listens on. The range lies below Linux's ephemeral ports (32768 to
# 60999 by default): a port in that range can pass the check and then be taken as the local end of an outgoing
# connection (one of a connection pool's, say) before the server binds it, which failed a benchmark run.
free_tcp_port() {
  local port
  for port in $(seq 25500 25999); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port between 25500 and 25999" >&2
  return 1
}
