#!/usr/bin/env bash
# Start-up of the rdr command line: `rdr --version` and `rdr registry stats` on the bundled sample, warm (after
# warm-up runs, with the launcher's class-data archive in place), measured with hyperfine (Debian: apt-get install
# --no-install-recommends hyperfine). Prints wall time (mean, median) and the CPU time (user, system) per command;
# on a shared machine the CPU time is the steadier figure.
#
#   bench/cli-startup.sh                     ./rdr as built (cli/target/quarkus-app)
#   BEFORE_JAR=/old/quarkus-run.jar bench/cli-startup.sh
#                                            also an older build, run as the old launcher ran these commands
#                                            (java -jar with the JVM's defaults)
# RUNS (default 10) and WARMUP (default 3) set hyperfine's counts.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v hyperfine >/dev/null || { echo "bench/cli-startup.sh: hyperfine not found" >&2; exit 1; }
[ -f cli/target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }

runs="${RUNS:-10}"
warmup="${WARMUP:-3}"
sample="examples/sample"
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
export XDG_CACHE_HOME="$cache"
./rdr --version >/dev/null # the first run writes the class-data archive

commands=("./rdr --version" "./rdr registry stats --repo-root $sample")
if [ -n "${BEFORE_JAR:-}" ]; then
  commands+=("java -jar $BEFORE_JAR --version" "java -jar $BEFORE_JAR registry stats --repo-root $sample")
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
hyperfine -N --style basic --warmup "$warmup" --runs "$runs" --export-json "$cache/result.json" "${commands[@]}" \
  >/dev/null
python3 - "$cache/result.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]:<90} mean {r["mean"]:.2f} s  median {r["median"]:.2f} s  '
          f'user {r["user"]:.2f} s  system {r["system"]:.2f} s')
PY
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
