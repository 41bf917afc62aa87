#!/usr/bin/env bash
# Benchmark: what the quality checks add to a build. Builds the generated corpus (../shared/bench/make-corpus.py)
# with and without checks, runs interleaved so both see the same machine, and prints the medians of the wall
# times (whole process, JVM start included) and the overhead, and the same for CPU time (user + system), which
# other processes on a shared machine disturb less. Both runs use the JVM options the command line's
# tuned child JVM uses (C1 only, the check code compiled early, serial collector, promotion after one collection,
# a 512 MB heap start).
#
# A checked build also says how long its checks took, by its own clock. The script sets that against the rest of
# the same build: both parts see the machine at the same minute, so this figure is spared the drift between two
# builds that moves a single pair's ratio by ten points and more. It then prints how long the rest of a checked
# build took against a plain build, which should agree if the checks slow nothing else down.
#
# The outputs go to bench/work, or under OUT_ROOT: a tmpfs such as /dev/shm keeps out the file system's own
# cost of creating thousands of files just after deleting as many (ext4 then spends seconds of system time
# finding free inodes, differently in each run), which otherwise swamps the difference being measured.
#
# MODE=cli runs the command line as users do instead, `build` against `build --no-check`: the tuned child JVM
# with its class-data archive (written by a first, unmeasured run), plus the launcher's own start.
#
#   bench/checks.sh                            # 10,000 posts, 5 runs each
#   RUNS=3 bench/checks.sh 1000                # one size, 3 runs
#   RUNS=3 OUT_ROOT=/dev/shm bench/checks.sh   # outputs in memory
#   MODE=cli OUT_ROOT=/dev/shm bench/checks.sh # the command line
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-5}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(10000)
WORK="$ROOT/bench/work"
OUT_ROOT="${OUT_ROOT:-$WORK}"
CORPUS_SCRIPT="${CORPUS_SCRIPT:-$ROOT/../shared/bench/make-corpus.py}"
mkdir -p "$WORK/timer"

[ -f generator/target/shareworthy.jar ] || mvn -q -B package -DskipTests -pl themes/default,generator -am
# A private copy: other builds may rewrite target/ while this runs.
JAR="$WORK/shareworthy-bench.jar"
cp generator/target/shareworthy.jar "$JAR"
javac -d "$WORK/timer" -cp "$JAR" bench/BuildTimer.java
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
JVM=(java -XX:TieredStopAtLevel=1 -XX:CompileCommand=quiet
  "-XX:CompileCommand=CompileThresholdScaling,dev.shareworthy.check.*::*,0.2"
  -XX:+UseSerialGC -XX:MaxTenuringThreshold=1 -Xms512m -Xmn128m -cp "$JAR:$WORK/timer" BuildTimer)
MODE=${MODE:-timer}
# The two commands as arrays (no word splitting of paths): build_cmd plain|checks SITE OUTPUT sets CMD.
build_cmd() {
  if [ "$MODE" = cli ]; then
    CMD=(java -jar "$JAR" build "$2" --output "$3")
    [ "$1" = checks ] || CMD+=(--no-check)
  else
    CMD=("${JVM[@]}" "$2" "$3" "$1")
  fi
}

measure() { # label, command...: appends "label wall_s rss_kb user_s sys_s [checks_s]" to $WORK/check-results
  local label=$1; shift
  /usr/bin/time -f "$label %e %M %U %S" -o "$WORK/one" "$@" >"$WORK/stdout" 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 1; }
  # A checked build says how long its checks took ("Checks: ... in 3.21 s", "checks in 3.21 s"): the sixth column.
  local took
  took=$(grep -o '[Cc]hecks.* in [0-9.]* s' "$WORK/stdout" | grep -o '[0-9.]* s$' | tr -d ' s' || true)
  echo "$(cat "$WORK/one") $took" >> "$WORK/check-results"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); mode: $MODE"
for n in "${SIZES[@]}"; do
  [ -d "$WORK/sw-$n" ] || python3 "$CORPUS_SCRIPT" --layout shareworthy --n "$n" --out "$WORK/sw-$n" >/dev/null
  : > "$WORK/check-results"
  if [ "$MODE" = cli ]; then # writes the class-data archive, with the checks' classes in it
    rm -rf "$OUT_ROOT/out-checks-$n"
    build_cmd checks "$WORK/sw-$n" "$OUT_ROOT/out-checks-$n"
    "${CMD[@]}" >/dev/null
  fi
  for r in $(seq "$RUNS"); do
    rm -rf "$OUT_ROOT/out-plain-$n"
    build_cmd plain "$WORK/sw-$n" "$OUT_ROOT/out-plain-$n"
    measure build "${CMD[@]}"
    rm -rf "$OUT_ROOT/out-checks-$n"
    build_cmd checks "$WORK/sw-$n" "$OUT_ROOT/out-checks-$n"
    measure build+checks "${CMD[@]}"
  done
  cat "$WORK/stdout"
  python3 - "$WORK/check-results" "$n" "$RUNS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
n, runs = sys.argv[2], sys.argv[3]
med = {}
for label in dict.fromkeys(r[0] for r in rows):
    walls = [float(r[1]) for r in rows if r[0] == label]
    rss = [int(r[2]) for r in rows if r[0] == label]
    cpu = [float(r[3]) + float(r[4]) for r in rows if r[0] == label]
    med[label] = statistics.median(walls)
    med[label + " cpu"] = statistics.median(cpu)
    print(f"{int(n):>6} posts  {label:<13} median {med[label]:6.2f} s  (min {min(walls):.2f}, max {max(walls):.2f}, "
          f"{runs} runs)  CPU {med[label + ' cpu']:.2f} s  peak RSS {max(rss) / 1024:.0f} MiB")
print(f"{int(n):>6} posts  checks add {100 * (med['build+checks'] / med['build'] - 1):.0f}% to the build's wall time "
      f"({100 * (med['build+checks cpu'] / med['build cpu'] - 1):.0f}% to its CPU time)")
# Each run builds once without and once with checks, one right after the other: the ratio within a pair is
# spared most of a shared machine's drift in speed, which moves both builds of a pair alike.
plain = [float(r[1]) for r in rows if r[0] == "build"]
checked = [float(r[1]) for r in rows if r[0] == "build+checks"]
pairs = sorted(100 * (c / p - 1) for p, c in zip(plain, checked))
# The same in seconds: whether the checks' own cost moved, or only the plain build's with the machine.
plain_cpu = [float(r[3]) + float(r[4]) for r in rows if r[0] == "build"]
checked_cpu = [float(r[3]) + float(r[4]) for r in rows if r[0] == "build+checks"]
print(f"{int(n):>6} posts  per run pair: checks add {statistics.median([c - p for p, c in zip(plain, checked)]):.2f} s "
      f"of wall time and {statistics.median([c - p for p, c in zip(plain_cpu, checked_cpu)]):.2f} s of CPU time "
      f"(medians)")
# How far the median could be from the machine's "true" one: the median of pairs drawn again with replacement,
# 2,000 times (a bootstrap), its middle 95%. Seeded, so the same results print the same interval.
import random
rng = random.Random(1)
boot = sorted(statistics.median(rng.choices(pairs, k=len(pairs))) for _ in range(2000))
print(f"{int(n):>6} posts  per run pair: checks add {statistics.median(pairs):.0f}% (median; 95% bootstrap interval "
      f"{boot[50]:.0f}-{boot[1949]:.0f}%; {', '.join(f'{x:.0f}%' for x in pairs)})")
# Within each checked build: the time its checks took (the build's own clock) against the rest of that same
# build. Both parts see the same machine at the same minute, so this is spared the drift between two builds,
# which moves single pairs by ten points and more. It holds only if the checks slow nothing else down: the rest
# of a checked build is then as long as a plain build, which the last line compares.
took = [float(r[5]) for r in rows if r[0] == "build+checks" and len(r) > 5]
if took:
    within = sorted(100 * t / (c - t) for c, t in zip(checked, took))
    boot = sorted(statistics.median(rng.choices(within, k=len(within))) for _ in range(2000))
    print(f"{int(n):>6} posts  within each checked build: checks take {statistics.median(took):.2f} s and add "
          f"{statistics.median(within):.0f}% to the rest of it (median; 95% bootstrap interval {boot[50]:.0f}-"
          f"{boot[1949]:.0f}%; {', '.join(f'{x:.0f}%' for x in within)})")
    rest = [c - t for c, t in zip(checked, took)]
    print(f"{int(n):>6} posts  the rest of a checked build: median {statistics.median(rest):.2f} s, against "
          f"{statistics.median(plain):.2f} s for a plain build")
PY
done
[ "$OUT_ROOT" = "$WORK" ] || rm -rf "$OUT_ROOT"/out-plain-* "$OUT_ROOT"/out-checks-*
