#!/usr/bin/env bash
# Measures the running jar on loopback with wrk: requests per second for the main public pages, and each
# as a ratio of a static file and of the trivial health endpoint served by the same JVM.
# Usage: bench/run.sh [seconds-per-page]   (default 15; warm-up is the same length again per page)
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)"; exit 1; }
jar=$(ls target/probation-careers-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/probation-careers-*.jar | head -n 1)
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
workdir=$(mktemp -d)
java -Xmx512m -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" >"$workdir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  sleep 1
done

rate() { # path -> requests/s after a warm-up run of the same length
  wrk -t2 -c32 -d"${duration}s" "http://127.0.0.1:$port$1" >/dev/null
  wrk -t2 -c32 -d"${duration}s" "http://127.0.0.1:$port$1" | awk '/Requests\/sec/ {print $2}'
}

health=$(rate /actuator/health)
css=$(rate /assets/application.css)
printf '%-45s %12s %10s %10s\n' "path" "requests/s" "vs css" "vs health"
printf '%-45s %12s\n' "/actuator/health" "$health" "/assets/application.css" "$css"
for path in / /roles /roles/probation-officer /roles/probation-service-officer \
  "/compare?roles=probation-service-officer,probation-officer"; do
  r=$(rate "$path")
  printf '%-45s %12s %10.3f %10.3f\n' "$path" "$r" "$(echo "$r / $css" | bc -l)" "$(echo "$r / $health" | bc -l)"
done
rss=$(ps -o rss= -p $app)
echo "JVM resident memory after the run: $((rss / 1024)) MiB (-Xmx512m)"
