#!/usr/bin/env bash
# Benchmark: edit-to-reload time of the dev server (a post saved -> the browser's live-reload channel told),
# 20 edits after 5 warm-up edits, on the sample site and the generated 1,000- and 10,000-post corpora
# (../shared/bench/make-corpus.py), side by side with `hugo server` when Hugo is installed. Each server runs
# alone: started, measured, stopped. Copies of the sites are edited, never the originals.
#
#   bench/serve.sh                   # sample, 1000, 10000
#   EDITS=20 bench/serve.sh 10000    # one size
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
EDITS=${EDITS:-20}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(sample 1000 10000)
WORK="$ROOT/bench/work"
CORPUS_SCRIPT="${CORPUS_SCRIPT:-$ROOT/../shared/bench/make-corpus.py}"
[ -f "$ROOT/generator/target/shareworthy.jar" ] || mvn -q -B package -DskipTests -pl themes/default,generator -am
# A copy of its own: other builds may rewrite target/ while this runs.
JAR=$(mktemp /tmp/shareworthy-serve-bench-XXXXXX.jar)
cp "$ROOT/generator/target/shareworthy.jar" "$JAR"
HUGO=$(command -v hugo || true)
PORT=${PORT:-18313}
mkdir -p "$WORK"
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null || true; rm -f "$JAR"; }
trap cleanup EXIT

wait_for() { # log file, text
  for _ in $(seq 1200); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "server did not start:" >&2; cat "$1" >&2; exit 1
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)${HUGO:+, $($HUGO version | cut -d' ' -f1-2)}"
for n in "${SIZES[@]}"; do
  if [ "$n" = sample ]; then
    rm -rf "$WORK/serve-sw-sample"; cp -r "$ROOT/sample-site" "$WORK/serve-sw-sample"; rm -rf "$WORK/serve-sw-sample/target"
    post=content/posts/utm-guide.md
  else
    [ -d "$WORK/sw-$n" ] || python3 "$CORPUS_SCRIPT" --layout shareworthy --n "$n" --out "$WORK/sw-$n" >/dev/null
    rm -rf "$WORK/serve-sw-$n"; cp -r "$WORK/sw-$n" "$WORK/serve-sw-$n"
    post=content/posts/$(ls "$WORK/serve-sw-$n/content/posts" | sort | sed -n 5p)
  fi
  java -jar "$JAR" serve "$WORK/serve-sw-$n" --port "$PORT" > "$WORK/serve.log" 2>&1 & PID=$!
  wait_for "$WORK/serve.log" "Serving "
  python3 "$ROOT/bench/serve_latency.py" --kind shareworthy --port "$PORT" --file "$WORK/serve-sw-$n/$post" \
    --edits "$EDITS" --label "shareworthy $n"
  grep -o 'Rebuilt after.*' "$WORK/serve.log" | tail -3 | sed 's/^/    server log: /'
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

  if [ -n "$HUGO" ] && [ "$n" != sample ]; then
    [ -d "$WORK/hugo-$n" ] || python3 "$CORPUS_SCRIPT" --layout hugo --n "$n" --out "$WORK/hugo-$n" >/dev/null
    rm -rf "$WORK/serve-hugo-$n"; cp -r "$WORK/hugo-$n" "$WORK/serve-hugo-$n"
    post=content/posts/$(ls "$WORK/serve-hugo-$n/content/posts" | sort | sed -n 5p)
    "$HUGO" server -s "$WORK/serve-hugo-$n" --port "$PORT" --bind 127.0.0.1 --quiet=false > "$WORK/hugo.log" 2>&1 & PID=$!
    wait_for "$WORK/hugo.log" "Web Server is available"
    python3 "$ROOT/bench/serve_latency.py" --kind hugo --port "$PORT" --file "$WORK/serve-hugo-$n/$post" \
      --edits "$EDITS" --label "hugo $n"
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  fi
done
