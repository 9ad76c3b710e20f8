#!/usr/bin/env bash
# Synthetic registry generation: `rdr dev generate` of TASK_RUNS x LOOPS_PER_RUN (default 20 x 500, about 167,000
# files and 1 GB) into a fresh folder, as a user runs it, printing the generator's own summary line, the process's
# wall time and peak RSS. Usage: bench/generate-bench.sh [TASK_RUNS] [LOOPS_PER_RUN] [EDGE_CASE ...]
# Environment: SEED (42), BENCH_DIR (default: a temporary folder, removed afterwards), RDR_JAVA_OPTS (passed on by ./rdr).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-20}; loops=${2:-500}; shift $(( $# < 2 ? $# : 2 ))
[ -f cli/target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
if [ -n "${BENCH_DIR:-}" ]; then
  out="$BENCH_DIR"
else
  out="$(mktemp -d)/registry"
  trap 'rm -rf "$(dirname "$out")"' EXIT
fi
edge=()
for case_name in "$@"; do edge+=(--edge-case "$case_name"); done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
/usr/bin/time -f "wall %e s, peak RSS %M KB" ./rdr dev generate "$out" --task-runs "$runs" --loops-per-run "$loops" --seed "${SEED:-42}" \
  ${edge[@]+"${edge[@]}"}
