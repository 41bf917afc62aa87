#!/usr/bin/env bash
# Benchmark: the first build of a blog whose posts have no images draws a social card for each (later builds
# copy them from the card cache). Builds the generated corpus with an empty card cache, then again with the
# filled one, and prints both wall times and the cards drawn per second.
#
#   bench/cards.sh           # 1,000 posts
#   bench/cards.sh 10000
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:-1000}
WORK="$ROOT/bench/work"
CORPUS_SCRIPT="${CORPUS_SCRIPT:-$ROOT/../shared/bench/make-corpus.py}"
mkdir -p "$WORK"
[ -f generator/target/shareworthy.jar ] || mvn -q -B package -DskipTests -pl themes/default,generator -am
JAR="$WORK/shareworthy-cards.jar"
cp generator/target/shareworthy.jar "$JAR" # a private copy: other builds may rewrite target/ meanwhile
[ -d "$WORK/sw-$N" ] || python3 "$CORPUS_SCRIPT" --layout shareworthy --n "$N" --out "$WORK/sw-$N" >/dev/null
CACHE="$WORK/card-cache-$N"
for run in empty filled; do
  [ "$run" = empty ] && rm -rf "$CACHE"
  rm -rf "$WORK/out-cards-$N"
  /usr/bin/time -f "%e" -o "$WORK/one" env XDG_CACHE_HOME="$CACHE" \
    java -jar "$JAR" build "$WORK/sw-$N" --output "$WORK/out-cards-$N" --no-check >/dev/null
  wall=$(cat "$WORK/one")
  cards=$(find "$WORK/out-cards-$N/cards" -name '*.png' | wc -l)
  echo "$N posts, card cache $run: ${wall} s ($cards cards)"
  [ "$run" = empty ] && first=$wall
done
python3 -c "import sys; print(f'drawing adds {float(sys.argv[1]) - float(sys.argv[2]):.1f} s: {int(sys.argv[3]) / max(0.001, float(sys.argv[1]) - float(sys.argv[2])):.0f} cards per second')" "$first" "$wall" "$cards"
