# Shell functions shared by the benchmark scripts (sourced, not run): whole-process timings and peak
# memory from GNU time's report (/usr/bin/time -v).

# need_gnu_time SCRIPT: makes sure /usr/bin/time is GNU time, installing Debian's package "time" with
# apt-get when it is missing (as root, or through sudo), and says so.
need_gnu_time() {
  [ -x /usr/bin/time ] && return 0
  echo "$1: GNU time (/usr/bin/time) is missing; installing the package 'time' with apt-get" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get install -y -q time >&2 \
    || { echo "$1: could not install GNU time; install the package 'time' and retry" >&2; exit 1; }
}

# need_numpy SCRIPT: python3 with numpy, for the baseline.
need_numpy() {
  command -v python3 >/dev/null && python3 -c 'import numpy' 2>/dev/null \
    || { echo "$1: python3 with numpy is needed for the baseline" >&2; exit 1; }
}

# timed OUT COMMAND...: runs COMMAND with standard output to OUT.out, standard error to OUT.err and
# GNU time's report to OUT.time; returns COMMAND's exit status.
timed() {
  local out=$1
  shift
  /usr/bin/time -v -o "$out.time" "$@" >"$out.out" 2>"$out.err"
}

# wall FILE: the elapsed wall-clock seconds of a GNU time report.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$1"; }
# rss_mib FILE: the peak resident set size of a GNU time report, in MiB.
rss_mib() { awk -F': ' '/Maximum resident set size/ {printf "%.0f\n", $2 / 1024}' "$1"; }
# median / largest: of the numbers on standard input, one a line.
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
largest() { sort -g | tail -n 1; }

# machine: cores, memory and load average, on one line.
machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
