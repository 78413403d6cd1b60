#!/usr/bin/env bash
# What it costs a save to be written to the H2 file before the page says "saved": times skill saves through
# the admin form (/admin/skills/new, one after another, over one kept-alive connection) against the jar on an
# H2 file in a temporary folder, with the shipped database URL (WRITE_DELAY=0) and with H2's default write
# delay (500 ms), on loopback only.
#
#   bench/saves.sh [saves] [warm-up saves] [rounds]
#
# Defaults: 1000 timed saves after 300 untimed ones, one round. With more rounds the two settings take turns to
# go first, as other work on the machine slows one run more than another.
#
# It builds the jar if needed, starts it with -Xmx256m on a free loopback port with a fresh H2 file for each
# run, and prints per run: milliseconds per save (mean, p50, p95, p99, from curl's time_total), saves per
# second, the first and last hundred timed saves' mean (to show whether saves slow down as the file grows) and
# the size of the database file once the site has stopped. It stops everything it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
saves="${1:-1000}"
warmup="${2:-300}"
rounds="${3:-1}"
JAVA_FLAGS=(-Xmx256m -XX:+UseSerialGC)
USERNAME=bench-admin
PASSWORD=Lantern-Orchard-Probation-42
SHIPPED_URL=$(sed -n 's/^spring.datasource.url=//p' src/main/resources/application.properties)
DEFAULT_DELAY_URL="${SHIPPED_URL%%;WRITE_DELAY=*}"

# shellcheck source=bench/common.sh
source bench/common.sh
jar=$(built_jar)

work=$(mktemp -d)
app=""
runs=0
stop_app() { [ -n "$app" ] && { kill "$app"; wait "$app" 2>/dev/null || true; }; app=""; }
trap 'stop_app; rm -rf "$work"' EXIT


run() { # label database-url
  local dir port base jar_cookies token
  runs=$((runs + 1))
  dir="$work/run$runs"
  mkdir -p "$dir"
  port=$(free_port)
  base="http://127.0.0.1:$port"
  # A password alone: no passkey can be made outside a browser.
  (cd "$dir" && ADMIN_USERNAME=$USERNAME ADMIN_PASSWORD=$PASSWORD exec java "${JAVA_FLAGS[@]}" -jar "$jar" \
    --server.port="$port" --server.address=127.0.0.1 --spring.datasource.url="$2" \
    --logging.level.root=WARN --admin.second-factor.required=false >"$dir/app.log" 2>&1) &
  app=$!
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ] && break
    kill -0 "$app" 2>/dev/null || { echo "the site stopped; its log:" >&2; tail -n 40 "$dir/app.log" >&2; exit 1; }
    sleep 0.1
  done
  jar_cookies="$dir/cookies"
  token=$(curl -s -c "$jar_cookies" "$base/admin/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -o /dev/null -b "$jar_cookies" -c "$jar_cookies" \
    --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
    "$base/admin/sign-in"
  token=$(curl -s -b "$jar_cookies" "$base/admin/skills/new" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  [ -n "$token" ] || { echo "could not sign in" >&2; exit 1; }
  saves_config "$base" "$jar_cookies" "$token" warm "$warmup" >"$dir/warm.curl"
  saves_config "$base" "$jar_cookies" "$token" timed "$saves" >"$dir/timed.curl"
  curl -s -K "$dir/warm.curl" >/dev/null
  local started ended
  started=$(date +%s%N)
  curl -s -K "$dir/timed.curl" >"$dir/times"
  ended=$(date +%s%N)
  local refused
  refused=$(awk '$1 != 302' "$dir/times" | wc -l)
  [ "$refused" -eq 0 ] || { echo "$refused saves were not answered with a redirect:" >&2; sort "$dir/times" | awk "{print \$1}" | uniq -c >&2; exit 1; }
  stop_app
  local size
  size=$(du -k "$dir"/data/*.mv.db | awk '{ s += $1 } END { print s }')
  sort -g -k2 "$dir/times" >"$dir/sorted"
  awk -v label="$1" -v n="$saves" -v wall_ns=$((ended - started)) -v size="$size" -v sorted="$dir/sorted" '
    BEGIN { k = (n < 100) ? n : 100 }
    { t = $2 * 1000; sum += t; if (NR <= k) first += t; if (NR > n - k) last += t }
    END {
      while ((getline line < sorted) > 0) { split(line, f, " "); s[++i] = f[2] * 1000 }
      printf "%-34s %6.2f %6.2f %6.2f %6.2f %8.0f %10.2f %9.2f %8d\n", label, sum / n, s[int(n * 0.5)],
        s[int(n * 0.95)], s[int(n * 0.99)], n / (wall_ns / 1e9), first / k, last / k, size
    }' "$dir/times"
}

saves_config() { # base cookies token prefix count -> a curl config of that many form posts on one connection
  for i in $(seq 1 "$5"); do
    printf 'url = "%s/admin/skills/new"\ncookie = "%s"\ndata = "_csrf=%s&version=&code=%s-%d&name=Bench+skill+%d&description=Saved+by+bench%%2Fsaves.sh&reason=Benchmark+save"\n' \
      "$1" "$2" "$3" "$4" "$i" "$i"
    printf 'output = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n'
    if [ "$i" -lt "$5" ]; then echo next; fi
  done
}

echo "$saves skill saves after $warmup to warm up, one at a time over one connection (${JAVA_FLAGS[*]})"
printf '%-34s %6s %6s %6s %6s %8s %10s %9s %8s\n' run "mean" p50 p95 p99 "saves/s" "first 100" "last 100" "file KiB"
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then
    run "WRITE_DELAY=0 (shipped)" "$SHIPPED_URL"
    run "WRITE_DELAY=500 (H2's default)" "$DEFAULT_DELAY_URL;WRITE_DELAY=500"
  else
    run "WRITE_DELAY=500 (H2's default)" "$DEFAULT_DELAY_URL;WRITE_DELAY=500"
    run "WRITE_DELAY=0 (shipped)" "$SHIPPED_URL"
  fi
done
echo "(times in milliseconds)"
