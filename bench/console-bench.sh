#!/usr/bin/env bash
# Console benchmark on the catalogs of a generated registry (default 20 task runs x 500 loops): for every page and
# for the curves endpoint, the server's answer time warm (curl's time to first byte on loopback, so the network is
# a few microseconds), p50 and p95 over N sequential requests, and each page's transfer size gzipped.
# Targets (issue 12): page HTML < 100 ms p95, table pages < 300 KB gzipped, curves < 20 ms warm.
# Usage: bench/console-bench.sh [TASK_RUNS] [LOOPS_PER_RUN]   (env N=requests per URL, default 50; PORT)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-20}; loops=${2:-500}; n=${N:-50}
work=${BENCH_DIR:-/tmp/rdr-bench-console-${runs}x${loops}}
port=${PORT:-9161}
jar=api/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "console-bench: $jar missing: ./mvnw -B package -DskipTests" >&2; exit 1; }

if [ ! -f "$work/RDagentDB/aistock/loop_catalog.json" ]; then
  rm -rf "$work"
  ./rdr dev generate "$work" --task-runs "$runs" --loops-per-run "$loops" --seed 1 >&2
  ./rdr export all --repo-root "$work" >&2
fi

java -Xmx512m -Drdr.repo-root="$work" -Dquarkus.http.port="$port" -Drdr.export.on-start=false \
  -Dquarkus.log.level=WARN -jar "$jar" > "$work/console-api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do sleep 0.1; done
base="http://127.0.0.1:$port"

# the first loop that has a return series (a loop without one answers its curves with a 404, which measures nothing)
loop=""
for candidate in $(curl -s "$base/catalog/loops?fields=task_run_id,loop_id&limit=10000" | python3 -c '
import sys, json
keys = [l["task_run_id"] + "/" + str(l["loop_id"]) for l in json.load(sys.stdin)["loops"]]
print("\n".join(list(dict.fromkeys(keys))[:500]))'); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/loops/$candidate/curves")" = 200 ]; then loop=$candidate; break; fi
done
[ -n "$loop" ] || { echo "console-bench: none of the first 500 loops has a return series" >&2; exit 1; }
factor=$(curl -s "$base/catalog/factors?source=rdagent_generated&limit=1" \
  | python3 -c 'import sys,json,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["factors"][0]["name"], safe=""))')
strategy=$(curl -s "$base/catalog/strategies?limit=1" \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["strategies"][0]["strategy_id"])')
run_id=${loop%/*}
loop2="$run_id/$(( ${loop#*/} + 1 ))"
echo "registry: $runs task runs x $loops loops in $work; $(nproc) cores, shared machine; $n requests per URL after 10 warm-up requests"
printf '%-58s %6s %9s %9s %12s\n' "url" "status" "p50 ms" "p95 ms" "gzip bytes"

measure() { # url
  local url=$1 i
  for i in $(seq 10); do curl -s -o /dev/null "$base$url"; done
  local times; times=$(for i in $(seq "$n"); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "$base$url"; done)
  local size; size=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$base$url")
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' "$base$url")
  python3 - "$url" "$size" "$status" <<PY
import sys, statistics
t = sorted(float(x) * 1000 for x in """$times""".split())
p95 = t[min(len(t) - 1, int(round(0.95 * len(t))) - 1)]
print(f"{sys.argv[1][:58]:<58} {sys.argv[3]:>6} {statistics.median(t):9.1f} {p95:9.1f} {int(sys.argv[2]):12d}")
PY
}

for url in "/" "/ui/factors" "/ui/factors?sort=sharpe&dir=desc" "/ui/factors?q=mom&page=2" \
    "/ui/factors/$factor" "/ui/strategies" "/ui/strategies/$strategy" "/ui/loops" \
    "/ui/loops?sort=sharpe&dir=desc&decision=accepted" "/ui/loops/$loop" "/ui/compare?loop=$loop&loop=$loop2" \
    "/ui/task_runs" "/loops/$loop/curves" "/loops/$loop/curves?max_points=500"; do
  measure "$url"
done
