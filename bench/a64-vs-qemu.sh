#!/usr/bin/env bash
# The busybox workload of issue 3, one process per step, under `nova a64-run` and under
# `qemu-aarch64 -cpu cortex-a57` in the same run: prints both times per step and in total,
# the ratio (target: nova <= 3x qemu, JVM start-up included five times) and our guest
# instructions per second. Fails if the two runs' outputs differ.
#   bench/a64-vs-qemu.sh [--repeat N] [A64-RUN FLAGS, e.g. --no-jit]   (NOVA_BENCH_KEEP=1 keeps the work directory)
# --repeat N runs the whole workload N times, qemu and nova alternating step by step, and reports
# each step's median time, their sum and its ratio: on a machine whose speed drifts
# for minutes at a time, one run's ratio can be off by 30%.
set -euo pipefail
repeat=1
if [ "${1:-}" = --repeat ]; then
  [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "a64-vs-qemu: --repeat needs a count >= 1" >&2; exit 2; }
  repeat=$2
  shift 2
fi
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v qemu-aarch64 >/dev/null || { echo "a64-vs-qemu: qemu-aarch64 missing (scripts/install-deps.sh)" >&2; exit 2; }
[ -x "$repo/scripts/fetch-busybox.sh" ] || [ -f "$repo/scripts/fetch-busybox.sh" ] \
  || { echo "a64-vs-qemu: scripts/fetch-busybox.sh missing" >&2; exit 2; }
bb="$(bash "$repo/scripts/fetch-busybox.sh")"
work="$(mktemp -d "${TMPDIR:-/tmp}/a64-vs-qemu.XXXXXX")"
[ "${NOVA_BENCH_KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
# Extra arguments go to `nova a64-run` (e.g. --no-jit for the interpreter alone).
nova_flags="$*"
mkdir -p "$work/nova" "$work/qemu"

# Untimed warm-up: builds the project if sources changed and writes the CDS archive.
"$repo/nova" a64-run "$bb" true >/dev/null

steps=(
  "seq|seq 1 300000|>seq.txt"
  "md5sum|md5sum seq.txt|>md5.txt"
  "sort -r|sort -r seq.txt|>sorted.txt"
  "gzip -c|gzip -c seq.txt|>seq.gz"
  "sh loop|sh -c 'i=0; while [ \$i -lt 100000 ]; do i=\$((i+1)); done; echo \$i'|>loop.txt"
)

now() { date +%s%N; }
declare -A t_nova t_qemu insns
declare -A runs_nova runs_qemu # per step: the times of every round, space-separated
failed=0
for round in $(seq "$repeat"); do
for step in "${steps[@]}"; do
  IFS='|' read -r name cmd redirect <<<"$step"
  out="${redirect#>}"
  # qemu first, then nova, each in its own directory with the same relative file names.
  start=$(now)
  (cd "$work/qemu" && eval "qemu-aarch64 -cpu cortex-a57 \"$bb\" $cmd" >"$out") \
    || { echo "a64-vs-qemu: step '$name' failed under qemu" >&2; failed=1; }
  t_qemu[$name]=$(( $(now) - start ))
  # ./nova rebuilds when sources changed since the warm-up: such a run is timed again.
  for attempt in 1 2 3; do
    step_failed=0
    start=$(now)
    (cd "$work/nova" && eval "\"$repo/nova\" a64-run --stats ${nova_flags} \"$bb\" $cmd" >"$out" 2>"$out.stats") \
      || { echo "a64-vs-qemu: step '$name' failed under nova: $(tail -2 "$work/nova/$out.stats")" >&2; step_failed=1; }
    t_nova[$name]=$(( $(now) - start ))
    grep -q 'nova: building' "$work/nova/$out.stats" || break
    echo "a64-vs-qemu: '$name' included a rebuild of nova; timing it again" >&2
  done
  [ "$step_failed" = 0 ] || failed=1
  n=$(sed -n 's/.*nova a64-run: \([0-9]*\) instructions.*/\1/p' "$work/nova/$out.stats" | tail -1)
  [ -n "$n" ] || echo "a64-vs-qemu: no --stats line from nova for '$name' (stderr: $(tail -c 300 "$work/nova/$out.stats"))" >&2
  insns[$name]=${n:-0}
  runs_nova[$name]="${runs_nova[$name]:-} ${t_nova[$name]}"
  runs_qemu[$name]="${runs_qemu[$name]:-} ${t_qemu[$name]}"
done
done

# Each step's time is its median over the rounds (the only round when --repeat is not given).
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }
total_nova=0 total_qemu=0 total_insns=0
for step in "${steps[@]}"; do
  IFS='|' read -r name _ _ <<<"$step"
  t_nova[$name]=$(median "${runs_nova[$name]}")
  t_qemu[$name]=$(median "${runs_qemu[$name]}")
  total_nova=$(( total_nova + t_nova[$name] ))
  total_qemu=$(( total_qemu + t_qemu[$name] ))
  total_insns=$(( total_insns + insns[$name] ))
done

sec() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }
[ "$repeat" = 1 ] || echo "medians of $repeat rounds"
printf '%-10s %10s %10s %8s %16s\n' step "qemu (s)" "nova (s)" ratio "nova insns"
for step in "${steps[@]}"; do
  IFS='|' read -r name _ _ <<<"$step"
  printf '%-10s %10s %10s %8s %16s\n' "$name" "$(sec "${t_qemu[$name]}")" "$(sec "${t_nova[$name]}")" \
    "$(awk -v a="${t_nova[$name]}" -v b="${t_qemu[$name]}" 'BEGIN { printf "%.2f", a / b }')" "${insns[$name]}"
done
ratio=$(awk -v a="$total_nova" -v b="$total_qemu" 'BEGIN { printf "%.2f", a / b }')
mips=$(awk -v n="$total_insns" -v t="$total_nova" 'BEGIN { printf "%.1f", n / (t / 1e9) / 1e6 }')
printf '%-10s %10s %10s %8s %16s\n' total "$(sec "$total_qemu")" "$(sec "$total_nova")" "$ratio" "$total_insns"
echo "nova/qemu time ratio: $ratio (target <= 3.00)"
echo "nova guest instructions per second: ${mips} M (wall time, JVM start-up included)"

# Both runs must have produced the same bytes (gzip's header carries the input's mtime: bytes 4-7).
status=$failed
for f in seq.txt md5.txt sorted.txt loop.txt; do
  cmp -s "$work/qemu/$f" "$work/nova/$f" || { echo "a64-vs-qemu: $f differs between qemu and nova" >&2; status=1; }
done
cmp -s <(head -c 4 "$work/qemu/seq.gz"; tail -c +9 "$work/qemu/seq.gz") \
       <(head -c 4 "$work/nova/seq.gz"; tail -c +9 "$work/nova/seq.gz") \
  || { echo "a64-vs-qemu: seq.gz differs between qemu and nova" >&2; status=1; }
[ "$status" = 0 ] && echo "outputs identical: yes ($(cat "$work/qemu/md5.txt"), loop=$(cat "$work/qemu/loop.txt"))"
exit $status
