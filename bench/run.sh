#!/usr/bin/env bash
# Measures the site against nginx serving the very same bytes, on loopback only, every run bounded in time.
#
#   bench/run.sh [seconds-per-run]           the real catalogue (default 10 s a run)
#   bench/run.sh [seconds-per-run] --scale   the same pages with 1,000 generated roles, compared with the real catalogue
#   BENCH_JVM=plain bench/run.sh ...         the plain jar with only the memory limits, to see what the tuning buys
#
# By default the site runs as we recommend running it (docs/production.md): the jar extracted, its
# ahead-of-time processed beans (-Dspring.aot.enabled=true), on Java 25 or later an AOT cache made by one
# training start (a class data sharing archive on older Java), a small young generation that gives memory
# back, and at most 2 malloc arenas. BENCH_JAVA names the java to use; without it, when the default java is
# older than 25, a Java 25 or later under /usr/lib/jvm is used if there is one.
#
# It builds the jar if needed, starts it on a free loopback port with -Xmx256m on an H2 file database in a
# temporary folder (started once to create it, then again to time a start on an existing database), warms
# each page up, saves each page's bytes for an nginx (2 workers) on another loopback port, and alternates app
# and nginx runs of `wrk -t2 -c32 --latency`. It stops everything it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
mode="${2:-}"
# shellcheck source=bench/common.sh
source bench/common.sh
# shellcheck source=bench/lean.sh
source bench/lean.sh
PAGES=(/ /roles /roles/probation-officer "/compare?roles=probation-service-officer,probation-officer" /pay
  /career-paths /routes/pqip-non-graduate
  "/route-finder/results?nation=england-wales&qualification=level-3&experience=yes&employer=neither&uk-residence=yes&nationality=yes&adult=yes&part-time=no")

need wrk wrk
need nginx nginx
need curl curl

jar=$(built_jar)

work=$(mktemp -d)
app=""
nginx_started=false
stop_all() {
  [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
  $nginx_started && nginx -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap stop_all EXIT
lean_runtime "$jar" "$work"
jar="$LEAN_JAR"

port=$(free_port)
base="http://127.0.0.1:$port"

start_app() { # profile -> sets $app and $start_ms (milliseconds from start to the first 200 of /)
  local started
  started=$(date +%s%N)
  "$JAVA" "${JAVA_FLAGS[@]}" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
    --spring.profiles.active="$1" --spring.datasource.url="jdbc:h2:file:$work/data/$1;AUTO_SERVER=FALSE" \
    --logging.level.root=WARN >>"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/")" = 200 ]; then
      start_ms=$(( ($(date +%s%N) - started) / 1000000 )); return
    fi
    kill -0 "$app" 2>/dev/null || { echo "the site stopped; its log:" >&2; tail -n 40 "$work/app.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the site did not answer within 60 s" >&2; exit 1
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=""; }

run_wrk() { # url seconds -> "rps p50 p99 errors"
  wrk -t2 -c32 -d"${2}s" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx/ { errors += $NF }
    END { printf "%s %s %s %d\n", rps, p50, p99, errors }'
}

measure_app() { # profile -> fills $work/<profile>.txt with "path rps p50 p99 errors" and saves page bytes
  mkdir -p "$work/site"
  chmod 755 "$work/site"
  local i=0
  for path in "${PAGES[@]}"; do
    run_wrk "$base$path" "$duration" >/dev/null   # warm-up
    curl -s "$base$path" -o "$work/site/page$i.html"
    chmod 644 "$work/site/page$i.html"
    i=$((i + 1))
  done
  : >"$work/$1.txt"
  i=0
  for path in "${PAGES[@]}"; do
    echo "$path $(run_wrk "$base$path" "$duration") $(run_wrk "http://127.0.0.1:$nport/page$i.html" "$duration")" >>"$work/$1.txt"
    i=$((i + 1))
  done
}

nport=$(free_port)
cat >"$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server { listen 127.0.0.1:$nport; root $work/site; }
}
NGINX
mkdir -p "$work/site" "$work/data"
# nginx workers run as an unprivileged user: let them read the saved pages.
chmod 755 "$work"
nginx -p "$work" -c "$work/nginx.conf"
nginx_started=true

report() { # profile title
  echo
  echo "$2 (wrk -t2 -c32 -d${duration}s, loopback; app and nginx alternate, same bytes)"
  printf '%-62s %10s %10s %7s %9s %9s %7s\n' page "app rps" "nginx rps" ratio "app p50" "app p99" errors
  while read -r path rps p50 p99 errors nrps _ _ nerrors; do
    printf '%-62s %10.0f %10.0f %7.3f %9s %9s %7s\n' "$path" "$rps" "$nrps" "$(echo "$rps / $nrps" | bc -l)" "$p50" "$p99" "$((errors + nerrors))"
  done <"$work/$1.txt"
}

start_app default
stop_app
start_app default
runtime_summary
echo "Start to first 200 on an existing database: ${start_ms} ms"
measure_app default
rss=$(ps -o rss= -p "$app")
report default "Real catalogue"
echo "Resident memory after the load: $((rss / 1024)) MiB"
stop_app

if [ "$mode" = "--scale" ]; then
  start_app bench-scale
  stop_app
  start_app bench-scale
  measure_app bench-scale
  report bench-scale "With 1,000 generated roles"
  echo "Start to first 200 on an existing database: ${start_ms} ms"
  echo
  echo "How each page grows: time per request with 1,000 more roles / time with the real catalogue"
  paste -d' ' "$work/default.txt" "$work/bench-scale.txt" | while read -r path rps _ _ _ _ _ _ _ _ srps _; do
    printf '%-62s %6.2fx\n' "$path" "$(echo "$rps / $srps" | bc -l)"
  done
  stop_app
fi
