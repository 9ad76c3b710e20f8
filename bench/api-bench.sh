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
until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do sleep 0.02; done
echo "every catalog in memory (/q/health/ready UP) after $(( ($(date +%s%N) - start_ns) / 1000000 )) ms"

base="http://127.0.0.1:$port"
factor=$(curl -s "$base/catalog/factors?limit=1" | python3 -c 'import sys,json,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["factors"][0]["name"]))')
loop=$(curl -s "$base/loops?has_result=true&limit=1" | python3 -c 'import sys,json; i=json.load(sys.stdin)["items"][0]; print(i["task_run_id"]+"/"+str(i["loop_id"]))')
etag=$(curl -sI "$base/catalog/factors" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

# The loopback ceiling bounds what any server can do with large bodies: by Little's law the mean latency at C
# connections is at least C x body / bandwidth. Measured with iperf3 when it is installed (4 streams, 3 s).
ceiling=""
if command -v iperf3 >/dev/null; then
  iperf3 -s -1 -p $((port + 2)) >/dev/null 2>&1 &
  sleep 0.3
  ceiling=$(iperf3 -c 127.0.0.1 -p $((port + 2)) -t 3 -P 4 -J 2>/dev/null \
    | python3 -c 'import sys,json; print(int(json.load(sys.stdin)["end"]["sum_received"]["bits_per_second"] / 8))' \
    || true)
fi

run() { # label url [header]
  local label=$1 url=$2 header=${3:-}
  local curl_args=(-s -o /dev/null -w '%{size_download}')
  [ -n "$header" ] && curl_args+=(-H "$header")
  local bytes; bytes=$(curl "${curl_args[@]}" "$url")
  for c in 16 64; do
    local args=(-t2 -c"$c" -d"$duration" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    local out; out=$(wrk "${args[@]}" "$url")
    local rps p50 p99 bound=""
    rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
    p50=$(awk '$1=="50%"{print $2}' <<<"$out")
    p99=$(awk '$1=="99%"{print $2}' <<<"$out")
    if [ -n "$ceiling" ]; then
      bound=$(awk -v c="$c" -v b="$bytes" -v bw="$ceiling" 'BEGIN { printf "  (loopback bound: mean >= %.2fms)", c * b / bw * 1000 }')
    fi
    printf '%-40s %9s B c=%-3s %10s req/s  p50 %-9s p99 %-9s%s\n' "$label" "$bytes" "$c" "$rps" "$p50" "$p99" "$bound"
  done
}

[ -n "$ceiling" ] && echo "loopback ceiling (iperf3, 4 streams): $(( ceiling / 1000000 )) MB/s"
echo "== Java service ($(nproc) cores shared with wrk, $duration per run)"
run "/catalog/factors" "$base/catalog/factors"
run "/catalog/factors (gzip)" "$base/catalog/factors" "Accept-Encoding: gzip"
run "/catalog/loops" "$base/catalog/loops"
run "/catalog/loops (gzip)" "$base/catalog/loops" "Accept-Encoding: gzip"
run "/catalog/loops?limit=100" "$base/catalog/loops?limit=100"
run "/catalog/loops keys (fields, 10000)" \
  "$base/catalog/loops?fields=task_run_id,loop_id,workspace_id,updated_at_utc&limit=10000" "Accept-Encoding: gzip"
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
