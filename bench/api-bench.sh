#!/usr/bin/env bash
# API benchmark with wrk on loopback: requests/s and p50/p99 latency at 16 and 64 connections per endpoint, the
# 304 path, RSS after the run, and the time from process start to the first 200. Catalogs come from a generated
# registry. Usage: bench/api-bench.sh [TASK_RUNS] [LOOPS_PER_RUN]   (default 10 200)
# Optional comparison with a stand-in of the Python service when fastapi+uvicorn import (PYTHON=python3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-10}; loops=${2:-200}
work=${BENCH_DIR:-/tmp/rdr-bench-api-${runs}x${loops}}
port=${PORT:-9311}; pyport=$((port + 1)); duration=${DURATION:-10s}
command -v wrk >/dev/null || { echo "api-bench: wrk is required: apt-get install wrk" >&2; exit 1; }
jar=api/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "api-bench: $jar missing: ./mvnw -B package -DskipTests" >&2; exit 1; }

if [ ! -f "$work/RDagentDB/registry.sqlite" ]; then
  rm -rf "$work"
  ./rdr dev generate "$work" --task-runs "$runs" --loops-per-run "$loops" --seed 1 >&2
  ./rdr export all --repo-root "$work" >&2
fi

start_ns=$(date +%s%N)
java -Xmx512m -Drdr.repo-root="$work" -Dquarkus.http.port="$port" -Drdr.export.on-start=false -Dquarkus.log.level=WARN \
  -jar "$jar" > "$work/api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; [ -n "${pypid:-}" ] && kill $pypid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/catalog/factors"; do sleep 0.02; done
echo "ready: first 200 after $(( ($(date +%s%N) - start_ns) / 1000000 )) ms"

base="http://127.0.0.1:$port"
factor=$(curl -s "$base/catalog/factors?limit=1" | python3 -c 'import sys,json,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["factors"][0]["name"]))')
loop=$(curl -s "$base/loops?has_result=true&limit=1" | python3 -c 'import sys,json; i=json.load(sys.stdin)["items"][0]; print(i["task_run_id"]+"/"+str(i["loop_id"]))')
etag=$(curl -sI "$base/catalog/factors" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

run() { # label url [header]
  local label=$1 url=$2 header=${3:-}
  for c in 16 64; do
    local args=(-t2 -c"$c" -d"$duration" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    local out; out=$(wrk "${args[@]}" "$url")
    local rps p50 p99
    rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
    p50=$(awk '$1=="50%"{print $2}' <<<"$out")
    p99=$(awk '$1=="99%"{print $2}' <<<"$out")
    printf '%-34s c=%-3s %10s req/s  p50 %-9s p99 %s\n' "$label" "$c" "$rps" "$p50" "$p99"
  done
}

echo "== Java service ($(nproc) cores shared with wrk, $duration per run)"
run "/catalog/factors" "$base/catalog/factors"
run "/catalog/loops" "$base/catalog/loops"
run "/factors/{name}" "$base/factors/$factor"
run "/loops?limit=100" "$base/loops?limit=100"
run "/loops/{t}/{l}/artifacts" "$base/loops/$loop/artifacts"
run "/catalog/factors (304)" "$base/catalog/factors" "If-None-Match: $etag"
echo "RSS after the run: $(( $(ps -o rss= -p $pid) / 1024 )) MB"

PYTHON=${PYTHON:-python3}
if $PYTHON -c 'import fastapi, uvicorn' 2>/dev/null; then
  RDR_BENCH_REPO="$work" $PYTHON -m uvicorn --app-dir bench python_reference_api:app --port "$pyport" \
    --log-level warning > "$work/python-api.log" 2>&1 &
  pypid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$pyport/health"; do sleep 0.05; done
  py="http://127.0.0.1:$pyport"
  echo "== Python stand-in (FastAPI + uvicorn, 1 worker)"
  run "/catalog/factors" "$py/catalog/factors"
  run "/catalog/loops" "$py/catalog/loops"
  run "/factors/{name}" "$py/factors/$factor"
  run "/loops/{t}/{l}/artifacts" "$py/loops/$loop/artifacts"
fi
