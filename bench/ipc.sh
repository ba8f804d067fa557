#!/usr/bin/env bash
# IPC round-trip benchmark (issue 2): ipc_call + ipc_reply between two Java ECs on one CPU, with
# 1 and 64 message words, measured with JMH on JDK 25. Prints ns per round trip.
#   bench/ipc.sh                 (NOVA_BUILD_DIR=target-NAME to build into a private directory)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${NOVA_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
build="${NOVA_BUILD_DIR:-target}"
mvn -B -q -o -f "$repo/pom.xml" -Dnova.build.dir="$build" -pl bench -am package -DskipTests >&2
cp="$repo/bench/$build/nova-bench-0.1.0-SNAPSHOT.jar:$repo/bench/$build/lib/*"
java -cp "$cp" org.openjdk.jmh.Main 'nova.bench.IpcBenchmark' -rf text -rff /dev/null "$@" \
  | awk '/^Benchmark/ || /IpcBenchmark/ || /Exception/ { print }'
