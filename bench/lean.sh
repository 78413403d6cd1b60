# The runtime the benchmarks use and docs/production.md recommends, sourced by run.sh and instances.sh.
#
# JAVA: BENCH_JAVA if set; otherwise the default java, or, when that is older than 25, a Java 25 or later
# under /usr/lib/jvm if there is one (the AOT cache needs 25).
# JAVA_FLAGS: the memory limits every run has.
# lean_runtime JAR FOLDER: unless BENCH_JVM=plain, extracts JAR into FOLDER, makes an AOT cache (a class data
# sharing archive on Java older than 25) with one training start that requests the main pages and stops, and
# sets LEAN_JAR to the extracted jar and adds to JAVA_FLAGS what runs it lean: the ahead-of-time processed
# beans, the cache, a 24 MiB young generation and free ratios that give memory back (on Java 25, native
# memory given back every 2 s too). It exports
# MALLOC_ARENA_MAX=2. With BENCH_JVM=plain, LEAN_JAR is JAR and nothing is added.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
JAVA="${BENCH_JAVA:-java}"
command -v "$JAVA" >/dev/null || { echo "no java binary at '$JAVA' (BENCH_JAVA)" >&2; exit 1; }
if [ -z "${BENCH_JAVA:-}" ] && [ "$(java_major java)" -lt 25 ]; then
  for candidate in /usr/lib/jvm/*/bin/java; do
    if [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 25 ]; then JAVA="$candidate"; break; fi
  done
fi
JAVA_FLAGS=(-Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m)
LEAN_FLAGS=(-Xms64m -Xmn24m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30)

lean_runtime() { # jar folder
  LEAN_JAR="$1"
  [ "${BENCH_JVM:-lean}" = plain ] && return
  "$JAVA" -Djarmode=tools -jar "$1" extract --destination "$2/app" >/dev/null
  LEAN_JAR=$(ls "$2"/app/probation-careers-*.jar | head -n 1)
  local cache use_cache
  if [ "$(java_major "$JAVA")" -ge 25 ]; then
    cache=(-XX:AOTCacheOutput="$2/app/app.aot" -Xlog:aot=off)
    use_cache=(-XX:AOTCache="$2/app/app.aot" -Xlog:aot=off -XX:TrimNativeHeapInterval=2000)
  else
    cache=(-XX:ArchiveClassesAtExit="$2/app/app.jsa" -Xlog:cds=off)
    use_cache=(-XX:SharedArchiveFile="$2/app/app.jsa" -Xlog:cds=off)
  fi
  # The training start requests the main pages from itself and stops (site.training-run). No metaspace
  # limit there: it leaves the AOT cache too little room.
  "$JAVA" -Xmx256m -Xss512k -XX:+UseSerialGC "${LEAN_FLAGS[@]}" -Dspring.aot.enabled=true "${cache[@]}" \
    -jar "$LEAN_JAR" --site.training-run=true --server.port=0 --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:h2:mem:training" --logging.level.root=WARN >"$2/training.log" 2>&1
  JAVA_FLAGS+=("${LEAN_FLAGS[@]}" -Dspring.aot.enabled=true "${use_cache[@]}")
  export MALLOC_ARENA_MAX=2
}

runtime_summary() {
  echo "Java $(java_major "$JAVA") ($JAVA), ${BENCH_JVM:-lean}: ${JAVA_FLAGS[*]}${MALLOC_ARENA_MAX:+, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX}"
}
