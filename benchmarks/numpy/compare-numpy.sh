#!/usr/bin/env bash
# Side-by-side benchmark: `./nnrep train` against the numpy implementation of the same Algorithm 1
# (benchmarks/numpy/algorithm1.py), as whole processes (JVM and Python start-up included), alternating
# nnrep, numpy, nnrep, numpy, ... RUNS times per size, each under /usr/bin/time -v for the peak RSS.
#
#   benchmarks/numpy/compare-numpy.sh                   # (d, n, m) = (64, 65536, 512) and (128, 262144, 512)
#   benchmarks/numpy/compare-numpy.sh 32,16384,256 ...  # other sizes, each as d,n,m
#   RUNS=5 benchmarks/numpy/compare-numpy.sh            # more runs per size (default 3)
#
# Prints one table row per size: median wall times, the ratio nnrep/numpy, the largest peak RSS of
# each, both test relative MSEs (similar values show the same algorithm ran), and the rate nnrep
# reached: the run's nominal flops, 4 n d m + n m^2 + 2 N d m with N = 20000 test samples (README,
# "Performance"), over its median wall time, as a fraction of this machine's DGEMM rate (numpy,
# 1024 x 1024, all cores, best of 5, measured before each size's runs; the best of these, since
# the peak rate is the machine's and other load only lowers it). numpy is a baseline only: nnrep
# neither needs nor uses it.
#
# OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE, when set, force slower kernels in numpy's OpenBLAS; they
# are removed from numpy's environment only. nnrep's own OpenBLAS honours OPENBLAS_CORETYPE too, so
# the script prints the kernel each one ran on (README, section "Performance").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-3}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(64,65536,512 128,262144,512)

# shellcheck source=../timing.sh
. "$here/../timing.sh"
need_numpy compare-numpy
need_gnu_time compare-numpy

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# OPENBLAS_VERBOSE=2 makes OpenBLAS name its kernel on standard error when it loads.
nnrep_command=(env OPENBLAS_VERBOSE=2 "$root/nnrep" train --json)
numpy_command=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$here/algorithm1.py")

# run TOOL D N M OUT: one timed run; OUT.out gets standard output, OUT.time GNU time's report.
run() {
  local tool=$1 d=$2 n=$3 m=$4 out=$5
  local -n command="${tool}_command"
  timed "$out" "${command[@]}" --d "$d" --n "$n" --m "$m" || { cat "$out.err" >&2; exit 1; }
}

# field FILE KEY: the value of a top-level JSON key.
field() {
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"
}
echo "$(machine); runs per size: $runs (alternating, median)"
# Build nnrep (if needed) and warm the disk cache and JavaCPP's library cache before timing.
run nnrep 16 4096 32 "$work/warm-nnrep"
run numpy 16 4096 32 "$work/warm-numpy"
dgemm_rate() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$here/dgemm.py"; }
echo "kernels: nnrep OpenBLAS $(grep -m1 -o 'Core: .*' "$work/warm-nnrep.err" || echo '(not reported: pure-Java products?)')," \
  "numpy $(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["blas"])' "$work/warm-numpy.out")"
rows=()
dgemm=0
for size in "${sizes[@]}"; do
  IFS=, read -r d n m <<<"$size"
  dgemm="$( (echo "$dgemm"; dgemm_rate) | largest)"
  for ((i = 1; i <= runs; i++)); do
    run nnrep "$d" "$n" "$m" "$work/nnrep-$size-$i"
    run numpy "$d" "$n" "$m" "$work/numpy-$size-$i"
  done
  for tool in nnrep numpy; do
    declare "${tool}_s=$(for f in "$work/$tool-$size"-*.time; do wall "$f"; done | median)"
    declare "${tool}_rss=$(for f in "$work/$tool-$size"-*.time; do rss_mib "$f"; done | largest)"
    declare "${tool}_mse=$(field "$work/$tool-$size-1.out" testRelMse)"
  done
  gflop="$(awk -v d="$d" -v n="$n" -v m="$m" 'BEGIN {print (4 * n * d * m + n * m * m + 2 * 20000 * d * m) / 1e9}')"
  rows+=("$d, $n, $m|$nnrep_s|$numpy_s|$nnrep_rss|$numpy_rss|$nnrep_mse|$numpy_mse|$gflop")
done
dgemm="$( (echo "$dgemm"; dgemm_rate) | largest)"
echo "DGEMM 1024 x 1024 (numpy, all cores, best measured): $dgemm GFLOP/s"
echo
printf '| %-18s | %7s | %7s | %11s | %9s | %9s | %9s | %9s | %6s | %11s |\n' "d, n, m" "nnrep s" "numpy s" \
  "nnrep/numpy" "nnrep MiB" "numpy MiB" "nnrep MSE" "numpy MSE" "GFLOP" "nnrep/DGEMM"
echo "|--------------------|--------:|--------:|------------:|----------:|----------:|----------:|----------:|-------:|------------:|"
for row in "${rows[@]}"; do
  IFS='|' read -r size nnrep_s numpy_s nnrep_rss numpy_rss nnrep_mse numpy_mse gflop <<<"$row"
  printf '| %-18s | %7.2f | %7.2f | %11.2f | %9s | %9s | %9.4f | %9.4f | %6.1f | %10.0f%% |\n' "$size" \
    "$nnrep_s" "$numpy_s" "$(awk -v a="$nnrep_s" -v b="$numpy_s" 'BEGIN {print a / b}')" \
    "$nnrep_rss" "$numpy_rss" "$nnrep_mse" "$numpy_mse" "$gflop" \
    "$(awk -v f="$gflop" -v s="$nnrep_s" -v g="$dgemm" 'BEGIN {print 100 * f / s / g}')"
done
