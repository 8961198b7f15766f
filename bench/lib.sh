# Shared by the bench scripts (sourced, not run): one timed run and the median of runs.

# Runs a command once under GNU time, its output dropped; prints "wall_seconds cpu_seconds
# peak_kb" (CPU is user + system). A non-zero exit (1: conflicts or disagreements found) is
# an expected outcome, not a failure of the bench.
timed() {
  local log
  log=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' "$@" >/dev/null 2>"$log" || true
  tail -n 1 "$log" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}'
  rm -f "$log"
}

# The median of its arguments (numbers).
median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}
