#!/usr/bin/env bash
# Runs the API on http://localhost:5080 in Development, with Swagger UI, the customer portal (/portal/), a local
# PostgreSQL and a 'demo' tenant.
#
#   scripts/run.sh            start (PostgreSQL keeps its data in .data/postgres, port 55432)
#   scripts/run.sh stop-db    stop the local PostgreSQL
#
# Set ConnectionStrings__Postgres to use a database of your own instead of the local cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

pg_port=55432
pg_data="$PWD/.data/postgres"

if [ "${1:-}" = "stop-db" ]; then
  pg_stop "$pg_data"
  echo "Local PostgreSQL stopped."
  exit 0
fi

if [ -z "${ConnectionStrings__Postgres:-}" ]; then
  pg_ensure_installed
  pg_start "$pg_data" "$pg_port"
  pg_create_database "$pg_port" posvendas
  export ConnectionStrings__Postgres
  ConnectionStrings__Postgres=$(pg_connection_string "$pg_port" posvendas)
  echo "Local PostgreSQL on 127.0.0.1:$pg_port (data in .data/postgres; 'scripts/run.sh stop-db' stops it)."
fi

export ASPNETCORE_ENVIRONMENT=Development
export Attachments__Storage__FileSystem__Root="${Attachments__Storage__FileSystem__Root:-$PWD/.data/attachments}"
export Notifications__Email__PickupDirectory="${Notifications__Email__PickupDirectory:-$PWD/.data/mail}"
dotnet build src/WebApi/WebApi.csproj --nologo -v quiet
app_dir=src/WebApi/bin/Debug/net10.0

# The reference customer portal, served by the API at /portal/ (it needs Node.js and npm).
if command -v npm >/dev/null 2>&1; then
  npm ci --prefix src/Portal --no-audit --no-fund --loglevel=error >/dev/null
  npm run --prefix src/Portal --silent build >/dev/null
  export Portal__Root="$PWD/src/Portal/dist"
else
  echo "npm is not installed: the portal is not built (the API runs without /portal/)."
fi
dotnet "$app_dir/PosVendas.WebApi.dll" migrate
set +e
dotnet "$app_dir/PosVendas.WebApi.dll" tenant add demo --name "Incorporadora Demo" --demo-places-for ana@example.com --warranty-template 2>/dev/null
added=$?
set -e
case $added in
  0) ;;
  3) echo "Tenant 'demo' already exists." ;;
  *) echo "Could not create the demo tenant (exit $added)." >&2; exit "$added" ;;
esac

cat <<'MSG'

PosVendas API: http://localhost:5080      Swagger UI: http://localhost:5080/swagger
Customer portal: http://localhost:5080/portal/demo/  (Development sign-in: any e-mail, e.g. ana@example.com)

Get a customer token for the demo tenant (Development only; Ana owns its Apto 1203), then use it as 'Authorization: Bearer <token>'
(in Swagger UI: the Authorize button):

  curl -s -X POST http://localhost:5080/dev/tokens -H 'Content-Type: application/json' \
       -d '{"tenant":"demo","email":"ana@example.com","name":"Ana Souza","role":"customer"}'

MSG
cd "$app_dir"
exec dotnet PosVendas.WebApi.dll --urls http://localhost:5080
