#!/usr/bin/env bash
# Export benchmark: wall time and peak RSS (whole JVM process) per catalog and for `export all`, on a generated
# registry. Usage: bench/export-bench.sh [TASK_RUNS] [LOOPS_PER_RUN] [SEED]   (default 20 500 1)
# Needs the packaged CLI (./mvnw -B package -DskipTests) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
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

measure() { # name, command...
  local name=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$log" "$@" > /dev/null 2> "$out/$name.stderr" || { cat "$out/$name.stderr" >&2; exit 1; }
  read -r secs kb < "$log"; rm -f "$log"
  printf '%-12s %8.2f s %8.0f MB\n' "$name" "$secs" "$((kb / 1024))"
}

echo "catalog      wall time   peak RSS   (${runs} task runs x ${loops} loops, $(nproc) cores)"
measure alpha158   $rdr export alpha158 --conf-yaml "$work/rdagent/scenarios/qlib/experiment/factor_template/conf_combined_factors_dynamic.yaml" --output "$out/alpha158_meta.json"
measure factors    $rdr export factors --registry-sqlite "$db" --output "$out/factor_catalog.json"
measure strategies $rdr export strategies --registry-sqlite "$db" --output "$out/strategy_catalog.json"
measure loops      $rdr export loops --registry-sqlite "$db" --output "$out/loop_catalog.json"
measure models     $rdr export models --registry-sqlite "$db" --output "$out/model_catalog.json"
measure all        $rdr export all --repo-root "$work" --out-dir "$out/all"
tail -n 1 "$out/all.stderr"
