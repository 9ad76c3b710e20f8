#!/usr/bin/env bash
# API benchmark with wrk on loopback: requests/s and p50/p99 latency per endpoint at each of $CONNS connections,
# beside the Python service's figures for the same data where it has a counterpart (its stand-in
# bench/python_reference_api.py under uvicorn, when a Python with fastapi+uvicorn is present: PYTHON=...), as the
# ratio of requests/s; the time from process start to the first 200 and to readiness; RSS after the run.
# Catalogs come from a generated registry. Usage: bench/api-bench.sh [TASK_RUNS] [LOOPS_PER_RUN] (default 20 500)
# Environment: BENCH_DIR (generated and exported when missing), PORT (9311; the stand-in gets PORT+1), DURATION
# (10s per run), CONNS ("16 64"), JAVA_OPTS (the service's JVM options; default api/src/main/jvm/service.jvm-options),
# API_APP (the quarkus-app folder to run, default api/target/quarkus-app: point it at an older build to compare),
# APPCDS (1: class-data archive as `rdr serve` uses it; 0: none), KEEP_INDEX (1: kept catalog indexes; 0: none).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-20}; loops=${2:-500}
work=${BENCH_DIR:-/tmp/rdr-bench-api-${runs}x${loops}}
port=${PORT:-9311}; pyport=$((port + 1)); duration=${DURATION:-10s}; conns=${CONNS:-16 64}
# the service's default settings (README "Memory"; the ones `rdr serve` uses), with native memory tracking
java_opts=${JAVA_OPTS:-$(cat api/src/main/jvm/service.jvm-options) -XX:NativeMemoryTracking=summary}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
command -v wrk >/dev/null || { echo "api-bench: wrk is required: apt-get install wrk" >&2; exit 1; }
jar=${API_APP:-api/target/quarkus-app}/quarkus-run.jar
[ -f "$jar" ] || { echo "api-bench: $jar missing: ./mvnw -B package -DskipTests" >&2; exit 1; }

if [ ! -f "$work/RDagentDB/registry.sqlite" ]; then
  rm -rf "$work"
  ./rdr dev generate "$work" --task-runs "$runs" --loops-per-run "$loops" --seed 1 >&2
  ./rdr export all --repo-root "$work" >&2
fi

trap 'kill ${pid:-} 2>/dev/null || true; [ -n "${pypid:-}" ] && kill $pypid 2>/dev/null || true' EXIT
cpu_seconds() { awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$1/stat"; }
start_service() { # label extra-jvm-options -> pid in $pid; prints the times (and CPU seconds) to first 200 and ready
  local label=$1 extra=$2 start_ns; start_ns=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java $java_opts $extra -Drdr.repo-root="$work" -Dquarkus.http.port="$port" -Drdr.export.on-start=false \
    -Dquarkus.log.level=WARN -jar "$jar" > "$work/api.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/catalog/factors"; do sleep 0.01; done
  echo "$label: first 200 after $(( ($(date +%s%N) - start_ns) / 1000000 )) ms ($(cpu_seconds $pid) CPU s)"
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do sleep 0.02; done
  echo "$label: every catalog loaded (/q/health/ready UP) after $(( ($(date +%s%N) - start_ns) / 1000000 )) ms" \
    "($(cpu_seconds $pid) CPU s)"
}

# As `rdr serve` does: the first start of a build writes the service's class-data archive when it stops, later
# starts map it; the first start also keeps the catalogs' indexes (README "Memory"), so the measured start below is
# a restart on unchanged catalogs. APPCDS=0 skips the archive; KEEP_INDEX=0 parses the catalogs at every start.
cds_opts=""
if [ "${KEEP_INDEX:-1}" = 0 ]; then java_opts="$java_opts -Drdr.api.index-dir=off"; fi
if [ "${APPCDS:-1}" = 1 ]; then
  archive="$work/service-cds-$(stat -c '%Y-%s' "$jar").jsa"
  if [ ! -f "$archive" ]; then
    start_service "first start (no class archive)" "-Xlog:disable -Xlog:all=warning,cds*=off:stderr -XX:ArchiveClassesAtExit=$archive.tmp"
    curl -s -o /dev/null "http://127.0.0.1:$port/loops?limit=100"
    curl -s -o /dev/null "http://127.0.0.1:$port/catalog/loops?status=success&limit=100"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -f "$work"/service-cds-*.jsa; mv "$archive.tmp" "$archive"
  fi
  cds_opts="-Xlog:disable -Xlog:all=warning,cds*=off:stderr -XX:SharedArchiveFile=$archive"
fi
start_service "start" "$cds_opts"
echo "RSS when ready: $(( $(ps -o rss= -p $pid) / 1024 )) MB (JVM options: $java_opts $cds_opts)"

base="http://127.0.0.1:$port"
factor=$(curl -s "$base/catalog/factors?limit=1" | python3 -c 'import sys,json,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["factors"][0]["name"]))')
loop=$(curl -s "$base/loops?has_result=true&limit=1" | python3 -c 'import sys,json; i=json.load(sys.stdin)["items"][0]; print(i["task_run_id"]+"/"+str(i["loop_id"]))')
etag=$(curl -sI "$base/catalog/factors" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

declare -A java_rps
run() { # side label url [header]  -> one line per connection count; java figures remembered for the ratio
  local side=$1 label=$2 url=$3 header=${4:-}
  local curl_args=(-s -o /dev/null -w '%{http_code} %{size_download}\n')
  [ -n "$header" ] && curl_args+=(-H "$header")
  local status bytes; read -r status bytes < <(curl "${curl_args[@]}" "$url")
  for c in $conns; do
    local args=(-t2 -c"$c" -d"$duration" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    local out; out=$(wrk "${args[@]}" "$url")
    local rps p50 p99 ratio=""
    rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
    p50=$(awk '$1=="50%"{print $2}' <<<"$out")
    p99=$(awk '$1=="99%"{print $2}' <<<"$out")
    if [ "$side" = java ]; then
      java_rps["$label c=$c"]=$rps
    elif [ -n "${java_rps["$label c=$c"]:-}" ]; then
      ratio=$(awk -v j="${java_rps["$label c=$c"]}" -v p="$rps" 'BEGIN { if (p > 0) printf "Java/Python %.1fx", j / p }')
    fi
    printf '%-44s %3s %9s B c=%-3s %10s req/s  p50 %-9s p99 %-9s %s\n' "$label" "$status" "$bytes" "$c" "$rps" \
      "$p50" "$p99" "$ratio"
  done
}

echo "== Java service ($(nproc) cores shared with wrk, $duration per run)"
run java "/catalog/factors" "$base/catalog/factors"
run java "/catalog/loops (gzip)" "$base/catalog/loops" "Accept-Encoding: gzip"
run java "/catalog/loops" "$base/catalog/loops"
run java "/catalog/loops?status=success&limit=100" "$base/catalog/loops?status=success&limit=100"
run java "/catalog/loops?status=success&limit=500" "$base/catalog/loops?status=success&limit=500"
run java "/catalog/loops keys (fields, 10000)" \
  "$base/catalog/loops?fields=task_run_id,loop_id,workspace_id,updated_at_utc&limit=10000" "Accept-Encoding: gzip"
run java "/factors/{name}" "$base/factors/$factor"
for view in task_runs loops workspaces; do
  run java "/$view?limit=100" "$base/$view?limit=100"
  run java "/$view?limit=500" "$base/$view?limit=500"
done
run java "/loops?is_solidified=true&limit=100" "$base/loops?is_solidified=true&limit=100"
run java "/loops/{t}/{l}/artifacts" "$base/loops/$loop/artifacts"
run java "/catalog/factors (304)" "$base/catalog/factors" "If-None-Match: $etag"
echo "RSS after the run: $(( $(ps -o rss= -p $pid) / 1024 )) MB, CPU time $(ps -o time= -p $pid | tr -d ' '), load $(cut -d' ' -f1-3 /proc/loadavg)"
if jcmd "$pid" VM.native_memory summary > "$work/nmt.txt" 2>/dev/null && grep -q 'Java Heap' "$work/nmt.txt"; then
  # committed memory by JVM area (needs -XX:NativeMemoryTracking=summary in JAVA_OPTS)
  awk '/^Total/ || /^-/ { sub(/^- */, ""); print "  NMT " $0 }' "$work/nmt.txt" | grep -E 'Total|Heap|Class|Thread|Code|GC|Metaspace|Arena|Internal|Other|Symbol' | sed -E 's/reserved=[0-9]+KB, //'
fi

# the first Python that has FastAPI and uvicorn (a pyenv python3 on PATH often lacks them; Debian's has them with
# apt-get install python3-fastapi python3-uvicorn)
if [ -z "${PYTHON:-}" ]; then
  for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import fastapi, uvicorn' 2>/dev/null; then PYTHON=$candidate; break; fi
  done
fi
PYTHON=${PYTHON:-python3}
if $PYTHON -c 'import fastapi, uvicorn' 2>/dev/null; then
  RDR_BENCH_REPO="$work" $PYTHON -m uvicorn --app-dir bench python_reference_api:app --port "$pyport" \
    --log-level warning > "$work/python-api.log" 2>&1 &
  pypid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$pyport/health"; do sleep 0.05; done
  py="http://127.0.0.1:$pyport"
  echo "== Python stand-in (FastAPI + uvicorn, 1 worker); it has no filters, paging or registry views: a filtered"
  echo "   page is compared with its whole catalog, /loops?is_solidified=true with its /catalog/incremental"
  run python "/catalog/factors" "$py/catalog/factors"
  run python "/catalog/loops" "$py/catalog/loops"
  run python "/catalog/loops?status=success&limit=100" "$py/catalog/loops"
  run python "/factors/{name}" "$py/factors/$factor"
  run python "/loops?is_solidified=true&limit=100" "$py/catalog/incremental?limit=100"
  run python "/loops/{t}/{l}/artifacts" "$py/loops/$loop/artifacts"
else
  echo "== Python stand-in skipped: $PYTHON cannot import fastapi and uvicorn (apt-get install python3-fastapi" \
    "python3-uvicorn, then PYTHON=/usr/bin/python3)"
fi
