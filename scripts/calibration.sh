#!/usr/bin/env bash
# Calibration of the audit's verdicts: runs the audit on a range of seeds and prints, as a Markdown
# table, how often each claim came out PASS, FAIL and INCONCLUSIVE, next to the nominal family-wise
# level. With the code unchanged the claims are taken to hold, so every FAIL counts as a false alarm:
# the audit's Bonferroni split bounds their expected number by the family-wise level per audit.
#
#   scripts/calibration.sh [-f FIRST] [-l LAST] [-j JOBS] [-p PROFILE] [-o DIR]
#
#   -f FIRST    first seed (default 101)
#   -l LAST     last seed (default 130)
#   -j JOBS     audits run at once (default 1); each gets cores / JOBS worker threads, and the
#               results do not depend on the number of threads
#   -p PROFILE  audit profile (default quick)
#   -o DIR      where the reports go, one folder per seed (default: a new temporary folder); a
#               seed that already has its report.json there is not run again
#
# Needs what ./nnrep needs (a JDK 17 and Maven): the table is read from each report.json by
# scripts/CalibrationTable.java, run against the command-line jar, which bundles its JSON parser.
# Exit status: 0 when every audit wrote its report, 1 when one did not (its log is named), 2 for
# bad arguments.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
first=101
last=130
jobs=1
profile=quick
out=""

usage() {
  sed -n '7,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit "$1"
}
positive() {
  [[ "$2" =~ ^[0-9]+$ ]] || { echo "calibration.sh: $1 must be a non-negative integer, got: $2" >&2; exit 2; }
}

while getopts ":f:l:j:p:o:h" option; do
  case "$option" in
    f) positive -f "$OPTARG"; first="$OPTARG" ;;
    l) positive -l "$OPTARG"; last="$OPTARG" ;;
    j) positive -j "$OPTARG"; jobs="$OPTARG" ;;
    p) profile="$OPTARG" ;;
    o) out="$OPTARG" ;;
    h) usage 0 ;;
    *) usage 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || usage 2
(( first <= last )) || { echo "calibration.sh: -f $first is after -l $last" >&2; exit 2; }
(( jobs >= 1 )) || { echo "calibration.sh: -j must be at least 1, got: $jobs" >&2; exit 2; }
case "$profile" in quick|standard|full) ;; *) echo "calibration.sh: -p must be quick, standard or full, got: $profile" >&2; exit 2 ;; esac

if [ -z "$out" ]; then
  out="$(mktemp -d "${TMPDIR:-/tmp}/nnrep-calibration.XXXXXX")"
fi
mkdir -p "$out"
cores="$(nproc 2>/dev/null || echo 1)"
threads=$(( cores / jobs > 0 ? cores / jobs : 1 ))

# Build the jar once, before audits run side by side.
"$root/nnrep" claims >/dev/null

echo "calibration: $profile audit on seeds $first..$last, $jobs at a time with $threads thread(s) each; reports in $out" >&2
export root out profile threads
seq "$first" "$last" | xargs -P "$jobs" -I{} bash -c '
  if [ -f "$out/{}/report.json" ]; then
    echo "calibration: seed {} already has a report" >&2
    exit 0
  fi
  status=0
  "$root/nnrep" audit --profile "$profile" --seed {} --threads "$threads" --out "$out/{}" >"$out/{}.log" 2>&1 || status=$?
  # 0: no FAIL, 1: some FAIL; both are results. Anything else is an audit that did not finish.
  if [ "$status" -gt 1 ] || [ ! -f "$out/{}/report.json" ]; then
    echo "calibration: seed {} did not produce a report (exit status $status), see $out/{}.log" >&2
  else
    echo "calibration: seed {} done" >&2
  fi
'

reports=()
missing=0
for seed in $(seq "$first" "$last"); do
  if [ -f "$out/$seed/report.json" ]; then
    reports+=("$out/$seed/report.json")
  else
    missing=1
  fi
done
[ ${#reports[@]} -gt 0 ] || { echo "calibration: no audit produced a report" >&2; exit 1; }
java -cp "$root/reports/target/nnrep.jar" "$root/scripts/CalibrationTable.java" "${reports[@]}"
exit "$missing"
