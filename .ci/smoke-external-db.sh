#!/usr/bin/env bash
# Starts the packaged jar against the PostgreSQL server on 127.0.0.1:5432 in a database created for this run,
# and checks that it migrates and serves health, the login page and the API. Removes the database afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST=127.0.0.1
PGUSER=postgres
DB="claimdesk_ci_$(date +%s)_$$"
PORT=18080
PASSWORD="ci-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
LOG=target/ci-external-db.log

if ! pg_isready -q -h "$PGHOST" -p 5432; then
  echo "FAIL: no PostgreSQL server on $PGHOST:5432 for the external-database check"
  exit 1
fi
psql -q -h "$PGHOST" -U "$PGUSER" -d postgres -c \
  "create database $DB encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0"
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  psql -q -h "$PGHOST" -U "$PGUSER" -d postgres -c "drop database if exists $DB" || true
}
trap cleanup EXIT

CLAIMDESK_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" CLAIMDESK_DB_USER="$PGUSER" CLAIMDESK_DB_PASSWORD="" \
  CLAIMDESK_ADMIN_PASSWORD="$PASSWORD" CLAIMDESK_DATA_DIR="target/ci-data" PORT="$PORT" \
  java -jar target/claimdesk.jar > "$LOG" 2>&1 &
APP_PID=$!

for _ in $(seq 1 90); do
  if curl -fsS "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "FAIL: the jar exited"; tail -50 "$LOG"; exit 1; fi
  sleep 2
done

fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }
health=$(curl -fsS "http://localhost:$PORT/actuator/health" || true)
check "health is UP with the database" '[[ "$health" == *"\"status\":\"UP\""* && "$health" == *"\"db\":{\"status\":\"UP\"}"* ]]'
check "external database mode logged" 'grep -q "Database mode: EXTERNAL PostgreSQL" "$LOG"'
login=$(curl -s -o /dev/null -w "%{http_code}" "http://localhost:$PORT/login")
check "login page is served" '[ "$login" = 200 ]'
me=$(curl -fsS -u "admin:$PASSWORD" "http://localhost:$PORT/api/v1/me" || true)
check "/api/v1/me answers for admin" '[[ "$me" == *"\"username\":\"admin\""* ]]'
anon=$(curl -s -o /dev/null -w "%{http_code}" "http://localhost:$PORT/api/v1/me")
check "/api/v1/me refuses anonymous callers" '[ "$anon" = 401 ]'
tables=$(psql -tA -h "$PGHOST" -U "$PGUSER" -d "$DB" -c "select count(*) from flyway_schema_history where success")
check "migrations applied ($tables)" '[ "$tables" -ge 4 ]'

if [ "$fail" -ne 0 ]; then tail -80 "$LOG"; fi
if [ "$fail" -eq 0 ]; then echo "external-database check: every check passed"; else echo "external-database check: FAILED"; fi
exit "$fail"
