#!/usr/bin/env bash
# Benchmark: cold full builds of the generated corpus (../shared/bench/make-corpus.py), Shareworthy's
# command line side by side with Hugo when it is installed (apt-get install -y hugo), runs interleaved so
# both see the same machine. Prints the median wall time and peak memory of each.
#
#   bench/run.sh                 # 1,000 and 10,000 posts, 5 runs each
#   RUNS=3 bench/run.sh 1000     # one size, 3 runs
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-5}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
WORK="$ROOT/bench/work"
CORPUS_SCRIPT="${CORPUS_SCRIPT:-$ROOT/../shared/bench/make-corpus.py}"
JAR="$ROOT/generator/target/shareworthy.jar"
mkdir -p "$WORK"

[ -f "$JAR" ] || mvn -q -B package -DskipTests -pl themes/default,generator
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
HUGO=$(command -v hugo || true)

measure() { # label, command...: appends "label wall_s rss_kb" to $WORK/results
  local label=$1; shift
  /usr/bin/time -f "$label %e %M" -o "$WORK/one" "$@" >/dev/null 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 1; }
  cat "$WORK/one" >> "$WORK/results"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), ${HUGO:+$($HUGO version | cut -d' ' -f1-2)}"
for n in "${SIZES[@]}"; do
  [ -d "$WORK/sw-$n" ] || python3 "$CORPUS_SCRIPT" --layout shareworthy --n "$n" --out "$WORK/sw-$n" >/dev/null
  if [ -n "$HUGO" ] && [ ! -d "$WORK/hugo-$n" ]; then
    python3 "$CORPUS_SCRIPT" --layout hugo --n "$n" --out "$WORK/hugo-$n" >/dev/null
  fi
  : > "$WORK/results"
  for r in $(seq "$RUNS"); do
    rm -rf "$WORK/out-sw-$n"
    # The build alone, as Hugo does it: bench/checks.sh measures what the quality checks add.
    measure shareworthy java -jar "$JAR" build "$WORK/sw-$n" --output "$WORK/out-sw-$n" --no-check
    if [ -n "$HUGO" ]; then
      rm -rf "$WORK/out-hugo-$n"
      measure hugo "$HUGO" --quiet -s "$WORK/hugo-$n" -d "$WORK/out-hugo-$n"
    fi
  done
  python3 - "$WORK/results" "$n" "$RUNS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
n, runs = sys.argv[2], sys.argv[3]
med = {}
for tool in dict.fromkeys(r[0] for r in rows):
    walls = [float(r[1]) for r in rows if r[0] == tool]
    rss = [int(r[2]) for r in rows if r[0] == tool]
    med[tool] = statistics.median(walls)
    print(f"{int(n):>6} posts  {tool:<12} median {med[tool]:6.2f} s  (min {min(walls):.2f}, max {max(walls):.2f}, {runs} runs)"
          f"  peak RSS {max(rss) / 1024:.0f} MiB")
if "hugo" in med:
    print(f"{int(n):>6} posts  shareworthy/hugo = {med['shareworthy'] / med['hugo']:.2f}x")
PY
done
