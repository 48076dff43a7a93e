#!/usr/bin/env bash
# Starts the provisioned WildFly with the Suanli EAR (dev profile: H2 unless SUANLI_DB_URL says otherwise,
# demo data, simulated payment, SMS and cloud), measures the seconds until the portal answers 200, prints the
# URLs and demo logins, and keeps running until Ctrl-C (which stops the server).
set -euo pipefail
server="$1"
ear="$2"
port="${SUANLI_HTTP_PORT:-8080}"

export SUANLI_PROFILE="${SUANLI_PROFILE:-dev}"
if [[ "${SUANLI_DB_URL:-}" == jdbc:mysql:* || "${SUANLI_DB_URL:-}" == jdbc:mariadb:* ]]; then
  export SUANLI_DB_DRIVER=mysql
fi

if curl -s -o /dev/null "http://127.0.0.1:${port}/" 2>/dev/null; then
  echo "Port ${port} is already in use: stop whatever runs there first." >&2
  exit 1
fi

rm -f "$server"/standalone/deployments/suanli.ear*
cp "$ear" "$server/standalone/deployments/suanli.ear"

export LAUNCH_JBOSS_IN_BACKGROUND=1
export JBOSS_PIDFILE="$server/standalone/suanli.pid"
log="$server/standalone/log/console.out"
mkdir -p "$(dirname "$log")"
start=$(date +%s.%N)
"$server/bin/standalone.sh" -Djboss.http.port="$port" > "$log" 2>&1 &

stop_server() {
  if [[ -f "$JBOSS_PIDFILE" ]]; then
    kill "$(cat "$JBOSS_PIDFILE")" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$(cat "$JBOSS_PIDFILE")" 2>/dev/null || break; sleep 1; done
  fi
}
trap 'echo; echo "Stopping Suanli…"; stop_server; exit 0' INT TERM

for _ in $(seq 1 300); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port}/" || true)
  [[ "$code" == "200" ]] && break
  if grep -q "WFLYSRV0026\|WFLYCTL0186\|WFLYSRV0021" "$log" 2>/dev/null && grep -q "FAILED\|failed" "$log"; then
    echo "The server started with errors; see $log" >&2
    tail -40 "$log" >&2
    stop_server
    exit 1
  fi
  sleep 0.5
done
end=$(date +%s.%N)
if [[ "${code:-}" != "200" ]]; then
  echo "The portal did not answer within 150 s; see $log" >&2
  stop_server
  exit 1
fi

printf '\n'
printf '==================================================================\n'
printf ' Suanli is running (profile %s, database %s)\n' "$SUANLI_PROFILE" "${SUANLI_DB_URL:-embedded H2}"
printf ' benchmark: first HTTP 200 of the portal %.1f s after start\n' "$(awk "BEGIN{print $end - $start}")"
printf '%s\n' '------------------------------------------------------------------'
printf ' portal           http://localhost:%s/\n' "$port"
printf ' console (login)  http://localhost:%s/console/\n' "$port"
printf '   user console   http://localhost:%s/console/user/\n' "$port"
printf '   operations     http://localhost:%s/console/ops/\n' "$port"
printf '   system         http://localhost:%s/console/system/\n' "$port"
printf ' REST API         http://localhost:%s/api/v1/   (OpenAPI: /api/openapi)\n' "$port"
printf '%s\n' '------------------------------------------------------------------'
printf ' demo logins (dev profile)    username / password\n'
printf '   CUSTOMER                   customer / Customer@2026\n'
printf '   OPS_ADMIN                  ops      / Ops@2026\n'
printf '   DIST_OPS_ADMIN             distops  / DistOps@2026\n'
printf '   FINANCE                    finance  / Finance@2026\n'
printf '   SALES                      sales    / Sales@2026\n'
printf '   SYS_ADMIN                  admin    / Admin@2026\n'
printf '==================================================================\n'
printf ' server log: %s   (Ctrl-C stops the server)\n\n' "$server/standalone/log/server.log"

if [[ "${SUANLI_RUN_DETACH:-}" == "1" ]]; then
  exit 0
fi
while kill -0 "$(cat "$JBOSS_PIDFILE" 2>/dev/null)" 2>/dev/null; do sleep 2; done
