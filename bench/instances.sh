#!/usr/bin/env bash
# Two instances on one PostgreSQL database behind nginx, on loopback only, every run bounded in time.
#
#   bench/instances.sh [seconds-per-run]     (default 10 s a run)
#   BENCH_JAVA=/path/to/java bench/instances.sh ...   another java binary
#   BENCH_JVM=plain bench/instances.sh ...            the plain jar with only the memory limits
#
# The instances run lean, as bench/run.sh runs the site (bench/lean.sh).
#
# It builds the jar if needed, creates a throwaway database on the local PostgreSQL server (127.0.0.1:5432,
# user postgres, trust) and starts two instances of the jar at once with the postgres profile, each on its own
# free loopback port, then an nginx (2 workers) on another loopback port that balances the two round robin
# with the proxy headers of docs/production.md. It warms up and measures /roles/probation-officer with
# `wrk -t2 -c32 --latency` directly against the first instance and through nginx against the pair (each
# instance warmed up directly first, then the pair through nginx), then
# times, five times, how long a skill renamed on the first instance takes to show on the second one's page.
# It stops everything it starts and drops the database.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
# shellcheck source=bench/common.sh
source bench/common.sh
# shellcheck source=bench/lean.sh
source bench/lean.sh
USERNAME=bench-admin
PASSWORD=Lantern-Orchard-Probation-42
PAGE=/roles/probation-officer
ROUNDS=5
READY_SECONDS=180   # two starts at once on a busy 2-core machine have taken 80-100 s
DB="bench_instances_$$"
export PGCONNECT_TIMEOUT=5
PSQL=(psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -q)

need wrk wrk
need nginx nginx
need curl curl
command -v psql >/dev/null || { echo "psql is missing: this benchmark needs a PostgreSQL server on 127.0.0.1:5432 and its client (apt-get install -y postgresql-client)" >&2; exit 1; }
"${PSQL[@]}" -c 'SELECT 1' >/dev/null 2>&1 || {
  echo "no PostgreSQL server answers on 127.0.0.1:5432 as user postgres without a password (trust); start one first" >&2; exit 1; }

jar=$(built_jar)

work=$(mktemp -d)
apps=()
nginx_started=false
db_created=false
stop_all() {
  local pid
  for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${apps[@]}"; do wait "$pid" 2>/dev/null || true; done
  $nginx_started && { nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true; }
  $db_created && { "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null || true; }
  rm -rf "$work"
}
trap stop_all EXIT
lean_runtime "$jar" "$work"
jar="$LEAN_JAR"

unescape() { python3 -c 'import html, sys; print(html.unescape(sys.argv[1]))' "$1"; }
get() { curl -s --max-time 10 "$@"; }
code_of() { curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$@" || true; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

"${PSQL[@]}" -c "CREATE DATABASE $DB" >/dev/null
db_created=true

port_a=$(free_port)
port_b=$(free_port)
while [ "$port_b" = "$port_a" ]; do port_b=$(free_port); done
a="http://127.0.0.1:$port_a"
b="http://127.0.0.1:$port_b"

start_instance() { # name port -> appends to $apps
  mkdir -p "$work/$1"
  (cd "$work/$1" && POSTGRES_HOST=127.0.0.1 POSTGRES_PORT=5432 POSTGRES_DB=$DB POSTGRES_USER=postgres \
    POSTGRES_PASSWORD=postgres ADMIN_USERNAME=$USERNAME ADMIN_PASSWORD=$PASSWORD exec "$JAVA" "${JAVA_FLAGS[@]}" \
    -jar "$jar" --spring.profiles.active=postgres --server.port="$2" --server.address=127.0.0.1 \
    --logging.level.root=WARN --admin.second-factor.required=false >"$work/$1/app.log" 2>&1) &
  apps+=($!)
}

echo "Two instances on one PostgreSQL database behind nginx (2 workers), loopback only"
runtime_summary

started=$(now_ms)
start_instance a "$port_a"
start_instance b "$port_b"
declare -A ready=() pids=([a]=${apps[0]} [b]=${apps[1]}) urls=([a]=$a [b]=$b)
deadline=$((SECONDS + READY_SECONDS))
while [ "${#ready[@]}" -lt 2 ]; do
  for name in a b; do
    [ -n "${ready[$name]:-}" ] && continue
    if [ "$(code_of "${urls[$name]}/actuator/health/readiness")" = 200 ]; then
      ready[$name]=$(( $(now_ms) - started ))
    elif ! kill -0 "${pids[$name]}" 2>/dev/null; then
      echo "instance $name stopped; its log:" >&2; tail -n 40 "$work/$name/app.log" >&2; exit 1
    fi
  done
  if [ "${#ready[@]}" -lt 2 ] && [ "$SECONDS" -ge "$deadline" ]; then
    for name in a b; do echo "--- instance $name's log:" >&2; tail -n 40 "$work/$name/app.log" >&2; done
    echo "the instances were not both ready within $READY_SECONDS s" >&2; exit 1
  fi
  sleep 0.1
done
echo "Both started at once: instance A ready after ${ready[a]} ms, instance B after ${ready[b]} ms"

nport=$(free_port)
cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream site {
    server 127.0.0.1:$port_a max_fails=1 fail_timeout=1s;
    server 127.0.0.1:$port_b max_fails=1 fail_timeout=1s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$nport;
    location / {
      proxy_pass http://site;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$host;
      proxy_set_header X-Forwarded-Port \$server_port;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
NGINX
# nginx workers run as an unprivileged user: let them use their temporary folders.
chmod 755 "$work"
nginx -p "$work" -c "$work/nginx.conf"
nginx_started=true
n="http://127.0.0.1:$nport"
[ "$(code_of "$n$PAGE")" = 200 ] || { echo "nginx does not pass $PAGE on; its log:" >&2; tail -n 20 "$work/nginx-error.log" >&2; exit 1; }

run_wrk() { # url seconds -> "rps p50 p99 errors"
  wrk -t2 -c32 -d"${2}s" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx/ { errors += $NF }
    END { printf "%s %s %s %d\n", rps, p50, p99, errors }'
}

# Warm-up: each instance renders the page once, then takes load directly, then both through nginx. A cold
# instance behind nginx holds up every connection (round robin sends each one there every other request).
get -o /dev/null "$a$PAGE"
get -o /dev/null "$b$PAGE"
run_wrk "$a$PAGE" "$duration" >/dev/null
run_wrk "$b$PAGE" "$duration" >/dev/null
run_wrk "$n$PAGE" "$duration" >/dev/null
read -r one_rps one_p50 one_p99 one_errors < <(run_wrk "$a$PAGE" "$duration")
read -r two_rps two_p50 two_p99 two_errors < <(run_wrk "$n$PAGE" "$duration")
echo
echo "$PAGE (wrk -t2 -c32 -d${duration}s --latency, after warm-ups of the same length: A, B, both)"
printf '%-32s %10s %9s %9s %7s\n' run "requests/s" p50 p99 errors
printf '%-32s %10.0f %9s %9s %7s\n' "one instance, directly" "$one_rps" "$one_p50" "$one_p99" "$one_errors"
printf '%-32s %10.0f %9s %9s %7s\n' "two instances through nginx" "$two_rps" "$two_p50" "$two_p99" "$two_errors"
printf 'pair/one: %.3f\n' "$(echo "$two_rps / $one_rps" | bc -l)"

# Propagation: rename a skill the page shows on A, then poll B's page until the new name is there.
cookies="$work/cookies"
token=$(get -c "$cookies" "$a/admin/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
get -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=$USERNAME" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$a/admin/sign-in"
get -b "$cookies" "$a/admin/skills" >"$work/skills.html"
# Each edit link with its text: the skill's name, HTML as the page writes it.
python3 - "$work/skills.html" >"$work/skills.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
for id, inner in re.findall(r'href="/admin/skills/(\d+)/edit">(.*?)</a>', text, re.S):
    hidden = re.search(r'<span class="govuk-visually-hidden">(.*?)</span>', inner, re.S)
    name = (hidden.group(1) if hidden else re.sub(r"<[^>]*>", "", inner)).strip()
    if name:
        print(id + "\t" + name)
PY
[ -s "$work/skills.txt" ] || { echo "could not sign in on instance A or list its skills" >&2; exit 1; }
get -o /dev/null "$b$PAGE"
get "$b$PAGE" >"$work/page-b.html"   # rendered and cached on B
skill=""
while IFS=$'\t' read -r id name; do
  if grep -qF -- "$name" "$work/page-b.html"; then skill=$id; shown=$name; break; fi
done <"$work/skills.txt"
[ -n "$skill" ] || { echo "none of instance A's skills shows on instance B's $PAGE" >&2; exit 1; }
original=$(unescape "$shown")
echo
echo "Propagation: skill $skill (\"$original\") renamed on instance A, polled on B's $PAGE every 20 ms (at most 10 s)"
: >"$work/delays"
for round in $(seq 1 "$ROUNDS"); do
  get -b "$cookies" "$a/admin/skills/$skill/edit" >"$work/edit.html"
  token=$(sed -n 's/.*\/edit"><input type="hidden" name="_csrf" value="\([^"]*\)".*/\1/p' "$work/edit.html" | head -n 1)
  version=$(sed -n 's/.*name="version" value="\([^"]*\)".*/\1/p' "$work/edit.html" | head -n 1)
  code=$(unescape "$(sed -n 's/.*name="code" value="\([^"]*\)".*/\1/p' "$work/edit.html" | head -n 1)")
  [ -n "$token" ] && [ -n "$version" ] && [ -n "$code" ] || { echo "could not read the skill's edit form" >&2; exit 1; }
  status=$(code_of -b "$cookies" --data-urlencode "_csrf=$token" --data-urlencode "version=$version" \
    --data-urlencode "code=$code" --data-urlencode "name=$original r$round" --data-urlencode "description=" \
    --data-urlencode "reason=Benchmark rename" "$a/admin/skills/$skill/edit")
  saved=$(now_ms)
  [ "$status" = 302 ] || { echo "round $round: the save answered $status instead of 302" >&2; exit 1; }
  seen=""
  while [ $(( $(now_ms) - saved )) -lt 10000 ]; do
    if get "$b$PAGE" | grep -qF -- "$shown r$round"; then seen=$(now_ms); break; fi
    sleep 0.02
  done
  [ -n "$seen" ] || { echo "round $round: instance B did not show the new name within 10 s" >&2; exit 1; }
  echo "$((seen - saved))" >>"$work/delays"
  echo "round $round: $((seen - saved)) ms"
  sleep 0.3
done
echo "median: $(sort -n "$work/delays" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }') ms"
