#!/usr/bin/env bash
# `crosscheck discover` against `crosscheck check` with 1,000 claims on the same generated
# corpus: issue 18 asks discover to take at most twice check's time there.
#
#   bench/discover.sh [SIZE_MB] [BINARY...]        e.g. bench/discover.sh 1000
#
# The corpus and claims come from examples/gen_corpus under $BENCH_DATA (default
# target/bench-data, ignored by git), as bench/run.sh makes them (it reuses that corpus).
# Each binary's check and discover are timed BENCH_RUNS times (default 5), alternating, and
# the medians of wall seconds, CPU seconds (user + system) and peak memory are printed with
# discover's ratio to check. On a shared VM single runs vary by 10-30%: only alternated
# medians compare, and CPU seconds are the steadier figure. It prints numbers; it checks
# nothing.
#
# The generated corpus repeats most of its sentences (it is built from the example corpus's
# sentences with names and figures varied): a cache of sentences would flatter discover here
# and not on a newsroom's archive, so none is used.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${1:-100}
shift || true
binaries=("$@")
DATA=${BENCH_DATA:-$PWD/target/bench-data}/${SIZE_MB}mb
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
RUNS=${BENCH_RUNS:-5}

if [ ! -x /usr/bin/time ]; then
  echo "/usr/bin/time (GNU time) is needed for peak memory: apt-get install time" >&2
  exit 2
fi
cargo build --release --quiet --bin crosscheck --example gen_corpus
if [ ${#binaries[@]} -eq 0 ]; then
  binaries=("$CARGO_TARGET_DIR/release/crosscheck")
fi
if [ ! -f "$DATA/claims-1000.toml" ]; then
  rm -rf "$DATA"
  "$CARGO_TARGET_DIR/release/examples/gen_corpus" "$DATA" "$SIZE_MB" 10,100,1000,10000
  touch "$DATA/done-10,100,1000,10000"
fi

# timed and median.
source bench/lib.sh

# Warm the page cache.
cat "$DATA"/corpus/*/* >/dev/null 2>&1 || find "$DATA/corpus" -type f -exec cat {} + >/dev/null

files=$(find "$DATA/corpus" -type f | wc -l)
echo "corpus: $DATA/corpus, $files files, $(du -sm "$DATA/corpus" | cut -f1) MB; $(nproc) cores; $RUNS runs each, alternating"
printf '| %-40s | %-8s | %8s | %8s | %8s |\n' binary command "wall s" "cpu s" "peak MB"
printf '|%s|\n' "------------------------------------------|----------|----------|----------|---------"
declare -A walls cpus kbs
for _ in $(seq "$RUNS"); do
  for b in "${!binaries[@]}"; do
    bin=${binaries[$b]}
    read -r wall cpu kb < <(timed "$bin" check --claims "$DATA/claims-1000.toml" "$DATA/corpus")
    walls[$b,check]+="$wall " cpus[$b,check]+="$cpu " kbs[$b,check]+="$kb "
    read -r wall cpu kb < <(timed "$bin" discover "$DATA/corpus")
    walls[$b,discover]+="$wall " cpus[$b,discover]+="$cpu " kbs[$b,discover]+="$kb "
  done
done
for b in "${!binaries[@]}"; do
  for c in check discover; do
    # shellcheck disable=SC2086
    printf '| %-40s | %-8s | %8s | %8s | %8s |\n' "${binaries[$b]}" "$c" \
      "$(median ${walls[$b,$c]})" "$(median ${cpus[$b,$c]})" \
      "$(( $(median ${kbs[$b,$c]}) / 1024 ))"
  done
  # shellcheck disable=SC2086
  awk -v cw="$(median ${walls[$b,check]})" -v dw="$(median ${walls[$b,discover]})" \
    -v cc="$(median ${cpus[$b,check]})" -v dc="$(median ${cpus[$b,discover]})" \
    -v bin="${binaries[$b]}" \
    'BEGIN { printf "%s: discover / check-1000 = %.2fx wall, %.2fx cpu (goal: at most 2x)\n", bin, dw / cw, dc / cc }'
done
