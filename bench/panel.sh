#!/usr/bin/env bash
# Benchmark: what the dev server's findings panel costs (bench/PanelTimer.java): the first /_shareworthy/
# list, and per save of one post the announcement, the background checks and save-to-complete-findings; first
# the announcement alone without the writing aids, the baseline they must not slow.
#
#   bench/panel.sh              # 1,000 and 10,000 posts, 20 saves each
#   EDITS=10 bench/panel.sh 1000
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
EDITS=${EDITS:-20}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
WORK="$ROOT/bench/work"
CORPUS_SCRIPT="${CORPUS_SCRIPT:-$ROOT/../shared/bench/make-corpus.py}"
mkdir -p "$WORK/timer"
[ -f generator/target/shareworthy.jar ] || mvn -q -B package -DskipTests -pl themes/default,generator -am
JAR="$WORK/shareworthy-bench.jar"
cp generator/target/shareworthy.jar "$JAR"
javac -d "$WORK/timer" -cp "$JAR" bench/PanelTimer.java
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
for n in "${SIZES[@]}"; do
  [ -d "$WORK/sw-$n" ] || python3 "$CORPUS_SCRIPT" --layout shareworthy --n "$n" --out "$WORK/sw-$n" >/dev/null
  rm -rf "$WORK/panel-$n" && cp -r "$WORK/sw-$n" "$WORK/panel-$n" && rm -rf "$WORK/panel-$n/target"
  java -Xmx3g -cp "$JAR:$WORK/timer" PanelTimer "$WORK/panel-$n" "$EDITS" off
  java -Xmx3g -cp "$JAR:$WORK/timer" PanelTimer "$WORK/panel-$n" "$EDITS"
done
