#!/usr/bin/env bash
# Export benchmark: wall time, CPU seconds (user + system) and peak RSS (whole JVM process) per catalog and for
# `export all`, on a generated registry.
# Usage: bench/export-bench.sh [--python] [TASK_RUNS] [LOOPS_PER_RUN] [SEED]   (default 20 500 1)
# --python also runs the Python exporters themselves (run_reference.py, found through RDR_REFERENCE_DIR or a
# shared/reference folder above the project; needs python3 with PyYAML) on the same root, after `export all`, and
# prints the Python/Java ratio of wall time and of CPU seconds. On a loaded machine compare the CPU ratio.
# Needs the packaged CLI (./mvnw -B package -DskipTests) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
with_python=false
if [ "${1:-}" = "--python" ]; then with_python=true; shift; fi
runs=${1:-20}; loops=${2:-500}; seed=${3:-1}
work=${BENCH_DIR:-/tmp/rdr-bench-export-${runs}x${loops}}
rdr=./rdr
[ -x /usr/bin/time ] || { echo "export-bench: /usr/bin/time (GNU time) is required: apt-get install time" >&2; exit 1; }

if [ ! -f "$work/RDagentDB/registry.sqlite" ]; then
  rm -rf "$work"
  echo "generating ${runs}x${loops} registry in $work ..." >&2
  $rdr dev generate "$work" --task-runs "$runs" --loops-per-run "$loops" --seed "$seed" >&2
fi
db="$work/RDagentDB/registry.sqlite"
out="$work/bench-out"
mkdir -p "$out"

# measure NAME COMMAND...: prints wall seconds, CPU seconds and peak RSS; keeps them in last_wall / last_cpu
last_wall=0; last_cpu=0
measure() {
  local name=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" > /dev/null 2> "$out/$name.stderr" || { cat "$out/$name.stderr" >&2; exit 1; }
  read -r secs user sys kb < "$log"; rm -f "$log"
  last_wall=$secs; last_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%-12s %8.2f s %8.2f s %8.0f MB\n' "$name" "$secs" "$last_cpu" "$((kb / 1024))"
}

echo "catalog      wall time  CPU (u+s)   peak RSS   (${runs} task runs x ${loops} loops, $(nproc) cores)"
measure alpha158   $rdr export alpha158 --conf-yaml "$work/rdagent/scenarios/qlib/experiment/factor_template/conf_combined_factors_dynamic.yaml" --output "$out/alpha158_meta.json"
measure factors    $rdr export factors --registry-sqlite "$db" --output "$out/factor_catalog.json"
measure strategies $rdr export strategies --registry-sqlite "$db" --output "$out/strategy_catalog.json"
measure loops      $rdr export loops --registry-sqlite "$db" --output "$out/loop_catalog.json"
measure models     $rdr export models --registry-sqlite "$db" --output "$out/model_catalog.json"
measure all        $rdr export all --repo-root "$work" --out-dir "$out/all"
tail -n 1 "$out/all.stderr"
java_wall=$last_wall; java_cpu=$last_cpu

if $with_python; then
  ref=${RDR_REFERENCE_DIR:-}
  if [ -z "$ref" ]; then
    dir=$(pwd)
    while [ "$dir" != "/" ]; do
      if [ -f "$dir/shared/reference/run_reference.py" ]; then ref="$dir/shared/reference"; break; fi
      dir=$(dirname "$dir")
    done
  fi
  [ -n "$ref" ] && [ -f "$ref/run_reference.py" ] || { echo "export-bench: run_reference.py not found; set RDR_REFERENCE_DIR" >&2; exit 1; }
  python3 -c 'import yaml' 2>/dev/null || { echo "export-bench: python3 with PyYAML is required for --python" >&2; exit 1; }
  measure python python3 "$ref/run_reference.py" "$work" "$out/python"
  awk -v pw="$last_wall" -v jw="$java_wall" -v pc="$last_cpu" -v jc="$java_cpu" 'BEGIN {
    printf "python/java: wall %.1fx (%.2f s / %.2f s), CPU %.1fx (%.2f s / %.2f s)\n", pw / jw, pw, jw, pc / jc, pc, jc }'
fi
