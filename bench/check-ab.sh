#!/usr/bin/env bash
# Compares the check phase of two builds of the generator in one JVM, rounds alternating, so that a machine
# whose speed drifts (this one's does, by a fifth within an hour) slows both alike:
#
#   bench/check-ab.sh OLD.jar NEW.jar [ROUNDS]      # over the 10,000-post corpus
#   PASS=text bench/check-ab.sh OLD.jar NEW.jar     # the body-text pass alone, over 2,000 of its posts
#
# Make OLD.jar from an earlier commit: git worktree add /tmp/old REV && (cd /tmp/old &&
# mvn -q package -DskipTests -pl themes/default,generator) && cp /tmp/old/generator/target/shareworthy.jar OLD.jar
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work
N=${N:-10000}
[ -d "$WORK/sw-$N" ] || python3 "${CORPUS_SCRIPT:-../shared/bench/make-corpus.py}" --layout shareworthy --n "$N" --out "$WORK/sw-$N" >/dev/null
OUT=${OUT_ROOT:-/dev/shm}/ab-out-$N
# Both versions check the same built output, made by the newer one.
rm -rf "$OUT"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxTenuringThreshold=1 -jar "$2" build "$WORK/sw-$N" --output "$OUT" --no-check >/dev/null
mkdir -p "$WORK/ab"
javac -d "$WORK/ab" -cp "$2" bench/ab/dev/shareworthy/build/CheckPhase.java bench/ab/dev/shareworthy/check/TextPass.java
if [ "${PASS:-checks}" = text ]; then PHASE=dev.shareworthy.check.TextPass; else PHASE=dev.shareworthy.build.CheckPhase; fi
javac -d "$WORK/ab" bench/ab/CheckAB.java
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxTenuringThreshold=1 -Xms512m -Xmn128m -Dab.classes="$WORK/ab/" -Dab.phase="$PHASE" -cp "$WORK/ab" CheckAB "$1" "$2" "$WORK/sw-$N" "$OUT" "${3:-9}"
rm -rf "$OUT"
