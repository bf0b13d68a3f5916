#!/usr/bin/env bash
# The performance goals of nnrep, measured in one run on this machine and printed as a Markdown table.
# The yardstick is numpy's Algorithm 1 (benchmarks/numpy/algorithm1.py) at (d, n, m) =
# (128, 262144, 512), measured in the same run, so that the ratios compare like with like on
# whatever machine runs it:
#
#   | measure                                                 | goal                                 |
#   | quick audit (./nnrep audit), wall time                  | at most 7 x the numpy run            |
#   | standard audit (./nnrep audit --profile standard)       | at most 45 x the numpy run           |
#   | audit peak RSS (GNU time, "Maximum resident set size")  | at most 1.5 GB (1.5e9 bytes)         |
#   | ./nnrep train --d 128 --n 262144 --m 512, wall time     | at most 0.4 x the numpy run          |
#   | ./nnrep train --d 64 --n 65536 --m 512, wall time       | at most 0.6 x numpy at the same size |
#   | train peak RSS at d = 128, m = 512, n = 1048576         | flat in n: at most 1.1 x n = 65536   |
#
#   benchmarks/goals.sh                    # all of it (the standard audit takes several minutes)
#   benchmarks/goals.sh --skip-standard    # without the standard audit
#   RUNS=5 benchmarks/goals.sh             # runs per train and numpy timing (median; default 3)
#
# Every timing is of a whole process (JVM or Python start-up included) under /usr/bin/time -v; train
# and numpy alternate. The audits run once each, into a temporary folder. Timings on a machine shared
# with other work are noisy: the script prints the load average before and after.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=timing.sh
. "$here/timing.sh"

standard=true
for argument in "$@"; do
  case "$argument" in
    --skip-standard) standard=false ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "goals: unknown argument $argument (use --skip-standard or --help)" >&2; exit 2 ;;
  esac
done
runs="${RUNS:-3}"
need_numpy goals
need_gnu_time goals

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

nnrep_command=("$root/nnrep")
numpy_command=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$here/numpy/algorithm1.py")

# must OUT COMMAND...: a timed run that has to succeed.
must() {
  local out=$1
  shift
  timed "$out" "$@" || { cat "$out.err" >&2; echo "goals: $* failed" >&2; exit 1; }
}

# train_pair D N M: RUNS alternating timed runs of nnrep train and numpy at one size.
train_pair() {
  local d=$1 n=$2 m=$3 i
  for ((i = 1; i <= runs; i++)); do
    must "$work/train-$d-$n-$i" "${nnrep_command[@]}" train --d "$d" --n "$n" --m "$m" --json
    must "$work/numpy-$d-$n-$i" "${numpy_command[@]}" --d "$d" --n "$n" --m "$m"
  done
}
median_wall() { for f in "$work/$1"-*.time; do wall "$f"; done | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
met() { awk -v v="$1" -v goal="$2" 'BEGIN {print (v <= goal) ? "yes" : "no"}'; }

echo "before: $(machine)"
# Build nnrep if needed, and warm the disk cache and JavaCPP's library cache, before timing.
must "$work/warm-nnrep" "${nnrep_command[@]}" train --d 16 --n 4096 --m 32 --json
must "$work/warm-numpy" "${numpy_command[@]}" --d 16 --n 4096 --m 32

train_pair 128 262144 512
train_pair 64 65536 512
must "$work/memory-65536" "${nnrep_command[@]}" train --d 128 --n 65536 --m 512 --json
must "$work/memory-1048576" "${nnrep_command[@]}" train --d 128 --n 1048576 --m 512 --json

# audit PROFILE: one timed audit; a claim that FAILs (exit status 1) still gives its timings.
audit_status=()
audit() {
  local profile=$1 status=0
  timed "$work/audit-$profile" "${nnrep_command[@]}" audit --profile "$profile" --out "$work/report-$profile" \
    || status=$?
  [ "$status" -le 1 ] || { cat "$work/audit-$profile.err" >&2; echo "goals: the $profile audit failed" >&2; exit 1; }
  audit_status+=("$profile audit: exit status $status$([ "$status" -eq 0 ] || echo ' (a claim FAILed)')")
}
audit quick
if $standard; then
  audit standard
fi
echo "after:  $(machine)"

numpy128="$(median_wall numpy-128-262144)"
numpy64="$(median_wall numpy-64-65536)"
train128="$(median_wall train-128-262144)"
train64="$(median_wall train-64-65536)"
quick="$(wall "$work/audit-quick.time")"
rss_audit="$(for f in "$work"/audit-*.time; do rss_mib "$f"; done | largest)"
rss_limit=1431 # 1.5e9 bytes in MiB, rounded down
rss_small="$(rss_mib "$work/memory-65536.time")"
rss_large="$(rss_mib "$work/memory-1048576.time")"

echo "yardstick: numpy Algorithm 1 at (128, 262144, 512), median of $runs: $numpy128 s;" \
  "at (64, 65536, 512): $numpy64 s. ${audit_status[*]}"
echo
echo "| measure | measured | against | ratio | goal | met |"
echo "|---|---:|---|---:|---:|---|"
echo "| quick audit, wall time | $quick s | numpy (128, 262144, 512) | $(ratio "$quick" "$numpy128") | 7 | $(met "$(ratio "$quick" "$numpy128")" 7) |"
if $standard; then
  std="$(wall "$work/audit-standard.time")"
  echo "| standard audit, wall time | $std s | numpy (128, 262144, 512) | $(ratio "$std" "$numpy128") | 45 | $(met "$(ratio "$std" "$numpy128")" 45) |"
fi
echo "| audit peak RSS | $rss_audit MiB | 1.5 GB = $rss_limit MiB | $(ratio "$rss_audit" "$rss_limit") | 1 | $(met "$rss_audit" "$rss_limit") |"
echo "| train (128, 262144, 512), wall time | $train128 s | numpy, same size | $(ratio "$train128" "$numpy128") | 0.4 | $(met "$(ratio "$train128" "$numpy128")" 0.4) |"
echo "| train (64, 65536, 512), wall time | $train64 s | numpy, same size | $(ratio "$train64" "$numpy64") | 0.6 | $(met "$(ratio "$train64" "$numpy64")" 0.6) |"
echo "| train peak RSS (128, n, 512), n = 1048576 | $rss_large MiB | n = 65536: $rss_small MiB | $(ratio "$rss_large" "$rss_small") | 1.1 | $(met "$(ratio "$rss_large" "$rss_small")" 1.1) |"
