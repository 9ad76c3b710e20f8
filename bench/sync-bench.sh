#!/usr/bin/env bash
# Sync benchmark: `rdr sync once` from the packaged API on a generated registry into SQLite and, when reachable,
# PostgreSQL. First a full sync into SQLite right after the API listens (cold: it is still reading its catalogs);
# then per database: a full sync into a fresh database, no-change syncs, an incremental sync after 10 loops changed
# (updated_at_utc and status) and 1 vanished, and a no-change sync after that. Prints process wall time, the run's
# own time (elapsed_ms of --json), live rows, rows written per second, requests (of them for loops), writes and
# peak RSS. Usage: bench/sync-bench.sh [TASK_RUNS] [LOOPS_PER_RUN]   (default 20 500)
# Environment: BENCH_DIR (default /tmp/rdr-bench-sync-RUNSxLOOPS, generated and exported when missing; its loop
# catalog is edited and restored), PORT (9453), PG (base JDBC URL, default
# jdbc:postgresql://127.0.0.1:5432/test?user=postgres; a schema is created and dropped with psql), NO_CHANGE_RUNS
# (3), RDR_JAVA_OPTS (passed on by ./rdr), JAVA_OPTS (the service's JVM options instead of its defaults).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-20}; loops=${2:-500}
work=${BENCH_DIR:-/tmp/rdr-bench-sync-${runs}x${loops}}
port=${PORT:-9453}; api="http://127.0.0.1:$port"
pg_base=${PG:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
no_change_runs=${NO_CHANGE_RUNS:-3}
jar=api/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] && [ -f cli/target/quarkus-app/quarkus-run.jar ] || {
  echo "sync-bench: packaged api and cli missing: ./mvnw -B -pl api,cli -am package -DskipTests" >&2; exit 1; }

if [ ! -f "$work/RDagentDB/aistock/loop_catalog.json" ]; then
  rm -rf "$work"
  ./rdr dev generate "$work" --task-runs "$runs" --loops-per-run "$loops" --seed 1 >&2
  ./rdr export all --repo-root "$work" >&2
fi
catalog="$work/RDagentDB/aistock/loop_catalog.json"
pristine="$work/loop_catalog.pristine.json"
[ -f "$pristine" ] || cp "$catalog" "$pristine"
cp "$pristine" "$catalog.tmp" && mv "$catalog.tmp" "$catalog"

start_ns=$(date +%s%N)
# the service's default settings (README "Memory"; the ones `rdr serve` uses); JAVA_OPTS replaces them
# shellcheck disable=SC2086 # a list of options
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} java ${JAVA_OPTS:-$(cat api/src/main/jvm/service.jvm-options)} -Drdr.repo-root="$work" -Dquarkus.http.port="$port" -Drdr.export.on-start=false \
  -Dquarkus.log.level=WARN -jar "$jar" > "$work/api.log" 2>&1 &
pid=$!
schema=""
cleanup() {
  kill "$pid" 2>/dev/null || true
  cp "$pristine" "$catalog.tmp" && mv "$catalog.tmp" "$catalog"
  [ -n "$schema" ] && psql -q "$(pg_conninfo)" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  rm -f "$work"/bench-*.sqlite*
}
trap cleanup EXIT
until curl -sf -o /dev/null "$api/health"; do sleep 0.05; done
echo "API on $work listening after $(( ($(date +%s%N) - start_ns) / 1000000 )) ms ($(nproc) cores, shared)"

etag() { curl -sI "$api/catalog/loops" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
await_etag_change() { # old-etag
  local deadline=$(( $(date +%s) + 30 ))
  while [ "$(etag)" = "$1" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "sync-bench: the API did not reload the loop catalog" >&2; exit 1; }
    sleep 0.1
  done
}
pg_conninfo() { # jdbc:postgresql://host:port/db?user=u -> libpq URI
  sed -E 's#^jdbc:postgresql://([^/]+)/([^?]+)\??(.*)$#postgresql://\1/\2?\3#' <<<"$pg_base"
}

printf '%-9s %-18s %8s %12s %7s %8s %9s %6s %7s %8s\n' database run "wall s" "in-run ms" rows rows/s requests loops writes "RSS MB"
sync_once() { # database label jdbc-url
  local out=$work/bench-out.json time_out=$work/bench-time.txt
  local t0; t0=$(date +%s%N)
  local timer=(); [ -x /usr/bin/time ] && timer=(/usr/bin/time -f '%M' -o "$time_out"); echo 0 > "$time_out"
  "${timer[@]}" ./rdr sync once --json --api "$api" --db "$3" > "$out" 2> "$work/bench-err.txt" \
    || { cat "$work/bench-err.txt" >&2; exit 1; }
  local wall_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  python3 - "$1" "$2" "$wall_ms" "$(tail -1 "$time_out")" "$out" <<'EOF'
import json, sys
db, label, wall_ms, rss_kb, path = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
r = json.load(open(path))
rows = sum(x["inserted"] + x["updated"] + x["deleted"] + x["unchanged"] for x in r["resources"])
loops = next(x for x in r["resources"] if x["resource"] == "loops")
rate = r["writes"] * 1000 / r["elapsed_ms"] if r["elapsed_ms"] else 0
print(f'{db:<9} {label:<18} {wall_ms / 1000:8.2f} {r["elapsed_ms"]:12d} {rows:7d} {rate:8.0f} {r["requests"]:9d} '
      f'{loops["requests"]:6d} {r["writes"]:7d} {rss_kb // 1024:8d}'
      + ('' if label.startswith(('full', 'no-change')) else
         f'   loops: +{loops["inserted"]} ~{loops["updated"]} -{loops["deleted"]}'))
EOF
}

change_loops() { # 10 loops get a new updated_at_utc and status, the last one vanishes; written as temp + rename
  python3 - "$catalog" <<'EOF'
import datetime, json, os, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    doc = json.load(f)
entries = doc["loops"]
now = datetime.datetime.now(datetime.timezone.utc).isoformat()
for i in range(0, len(entries), max(1, len(entries) // 10))[:10]:
    entries[i]["updated_at_utc"] = now
    entries[i]["status"] = "rerun"
entries.pop()
with open(path + ".tmp", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
os.replace(path + ".tmp", path)
EOF
}

bench() { # database jdbc-url
  sync_once "$1" "full" "$2"
  for i in $(seq "$no_change_runs"); do sync_once "$1" "no-change $i" "$2"; done
  local before; before=$(etag)
  change_loops
  await_etag_change "$before"
  sync_once "$1" "incremental" "$2"
  sync_once "$1" "no-change after" "$2"
  before=$(etag)
  cp "$pristine" "$catalog.tmp" && mv "$catalog.tmp" "$catalog"
  await_etag_change "$before"
}

# the API reads its catalogs into memory after it listens: a sync right then waits for that (the API's cost)
sync_once sqlite "full (cold API)" "jdbc:sqlite:$work/bench-cold-$$.sqlite"
bench sqlite "jdbc:sqlite:$work/bench-$$.sqlite"
if command -v psql >/dev/null && psql -q "$(pg_conninfo)" -c 'SELECT 1' >/dev/null 2>&1; then
  schema="rdr_sync_bench_$$"
  psql -q "$(pg_conninfo)" -c "CREATE SCHEMA $schema" >/dev/null
  bench postgres "$pg_base$([[ $pg_base == *\?* ]] && echo '&' || echo '?')currentSchema=$schema"
else
  echo "postgres: not reachable at $pg_base (or psql missing); skipped"
fi
