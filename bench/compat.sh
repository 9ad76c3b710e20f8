#!/usr/bin/env bash
# Differential check against the Python reference exporters, at sizes beyond the test suite's: for each seed it
# generates registries (every path style with every edge case, plus the legacy schema), runs the reference
# (run_reference.py) and `rdr export all` on each, and prints compare_catalogs.py's summary line per registry.
# Usage: bench/compat.sh [SEEDS] [SIZE]   (default 3 seeds, SIZE 40 = loops per task run, 2 task runs)
# Environment: BENCH_DIR (default /tmp/rdr-compat), RDR_REFERENCE_DIR (folder of run_reference.py; default: the
# first shared/reference found above this repository), PYTHON (python3 with PyYAML).
# Needs the packaged CLI (./mvnw -B package -DskipTests). Exit 1 when any registry compares with failures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seeds=${1:-3}; size=${2:-40}
work=${BENCH_DIR:-/tmp/rdr-compat}
python=${PYTHON:-python3}
rdr=./rdr

reference=${RDR_REFERENCE_DIR:-}
if [ -z "$reference" ]; then
  dir=$(pwd -P)
  while [ "$dir" != "/" ]; do
    if [ -f "$dir/shared/reference/run_reference.py" ]; then reference="$dir/shared/reference"; break; fi
    dir=$(dirname "$dir")
  done
fi
[ -n "$reference" ] && [ -f "$reference/run_reference.py" ] || {
  echo "compat: run_reference.py not found: set RDR_REFERENCE_DIR" >&2; exit 1; }
"$python" -c 'import yaml' 2>/dev/null || { echo "compat: $python with PyYAML is required" >&2; exit 1; }
compare=tools/compare_catalogs.py

rm -rf "$work"; mkdir -p "$work"
failed=0
for seed in $(seq 1 "$seeds"); do
  for variant in wsl windows windows_fwd posix mixed legacy; do
    root="$work/s$seed-$variant"
    if [ "$variant" = legacy ]; then
      options=(--legacy-schema --path-style mixed)
    else
      options=(--all-edge-cases --path-style "$variant")
    fi
    $rdr dev generate "$root" --task-runs 2 --loops-per-run "$size" --seed "$seed" "${options[@]}" 2> "$root.generate.log" \
      || { cat "$root.generate.log" >&2; exit 1; }
    "$python" "$reference/run_reference.py" "$root" "$root.reference" > "$root.reference.log" 2>&1 \
      || { cat "$root.reference.log" >&2; exit 1; }
    $rdr export all --repo-root "$root" --out-dir "$root.project" 2> "$root.export.log" \
      || { cat "$root.export.log" >&2; exit 1; }
    if "$python" "$compare" "$root.reference" "$root.project" --fixture "$root" > "$root.compare.log" 2>&1; then
      status=ok
    else
      status=FAIL; failed=1
    fi
    printf 'seed %-3s %-12s %-4s %s   (%s)\n' "$seed" "$variant" "$status" "$(tail -n 1 "$root.compare.log")" \
      "$(tail -n 1 "$root.reference.log")"
  done
done
[ "$failed" -eq 0 ] || echo "compat: failures; details in $work/*.compare.log" >&2
exit "$failed"
