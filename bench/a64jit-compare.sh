#!/usr/bin/env bash
# The A64 interpreter against the translator (hw JitRunner) on one busybox command, both in the
# same invocation so the ratio means something on a shared machine. Prints each mode's retired
# instructions, main-thread CPU (guest execution + translation) and process CPU (adds HotSpot's
# compiler threads), and the translator's counters.
#   bench/a64jit-compare.sh [--tier1] [--threshold N] BUSYBOX-ARGS...
#   e.g. bench/a64jit-compare.sh sh -c 'i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo $i'
# --tier1 keeps the JVM at C1 without profiling (the launcher's setting): less code quality for
# the runtime, far less compile work while hundreds of blocks are translated.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
c1=0 threshold=64
while [ $# -gt 0 ]; do
  case "$1" in
    --tier1) c1=1; shift ;;
    --threshold) threshold="$2"; shift 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--tier1] [--threshold N] BUSYBOX-ARGS..." >&2; exit 2; }
bb="$(bash "$repo/scripts/fetch-busybox.sh")"
build=target-a64jit
(cd "$repo" && mvn -B -q -o -Dnova.build.dir=$build -pl linuxuser -am compile)
work="$(mktemp -d "${TMPDIR:-/tmp}/a64jit.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp="$repo/hw/$build/classes:$repo/linuxuser/$build/classes"
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$cp" "$repo/bench/a64jit/A64JitDriver.java"
flags=(--sun-misc-unsafe-memory-access=allow)
if [ $c1 = 1 ]; then
  # The tier the `nova` launcher always uses.
  flags+=(-XX:TieredStopAtLevel=1 "-XX:CompileCommand=quiet" "-XX:CompileCommand=CompileThresholdScaling,nova/hw/aarch64/JitCode*.exec,0.003")
fi
for mode in interp jit; do
  echo "== $mode"
  "$JAVA_HOME/bin/java" "${flags[@]}" -cp "$work/classes:$cp" nova.bench.a64jit.A64JitDriver \
    "$mode" "$threshold" "$bb" "$@" >"$work/out.$mode"
  tail -c 200 "$work/out.$mode" | tail -n 1
done
cmp -s "$work/out.interp" "$work/out.jit" || { echo "a64jit-compare: outputs differ" >&2; exit 1; }
