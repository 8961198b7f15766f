#!/usr/bin/env bash
# crosscheck against ripgrep on the same generated corpus and the same aliases.
#
#   bench/run.sh [SIZE_MB] [CLAIM_COUNTS]        e.g. bench/run.sh 1000 10,100,1000,10000
#
# Generates (once, deterministically) SIZE_MB megabytes of news-like articles and claims files
# with examples/gen_corpus under $BENCH_DATA (default target/bench-data, ignored by git), then
# for each claim count times, one after the other on the same warm files:
#   rg -i -c -F -f aliases-K.txt corpus        (every alias found in every file)
#   crosscheck check --claims claims-K.toml corpus
# and prints both wall times, the ratio and the peak memory of each (GNU time).
# Both use every core (ripgrep by default, crosscheck through rayon). It prints numbers; it
# checks nothing (cargo test does).
#
# Each pair is timed BENCH_RUNS times (default 3), crosscheck and ripgrep alternating, and the
# median of each column is printed: on a shared VM single runs of either tool vary by 10-30%.
#
# ripgrep 13 with -i and tens of thousands of literals leaves its fast literal search and
# takes minutes per 100 MB; RG_MAX_CLAIMS (default: all) skips ripgrep above that claim count
# so that a 1 GB run ends the same day. CPU seconds (user + system) are printed too: on a
# shared machine wall time depends on the neighbours.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${1:-100}
COUNTS=${2:-10,100,1000,10000}
DATA=${BENCH_DATA:-$PWD/target/bench-data}/${SIZE_MB}mb
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}

if ! command -v rg >/dev/null; then
  echo "ripgrep not found: installing it" >&2
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null
  else
    cargo install ripgrep --locked
  fi
fi
if [ ! -x /usr/bin/time ]; then
  echo "/usr/bin/time (GNU time) is needed for peak memory: apt-get install time" >&2
  exit 2
fi

cargo build --release --quiet --bin crosscheck --example gen_corpus
BIN=$CARGO_TARGET_DIR/release/crosscheck
# Claims files for the usual counts are always made, so that timing a few counts does not
# regenerate the corpus for the others.
ALL_COUNTS=$(printf '%s\n' 10 100 1000 10000 ${COUNTS//,/ } | sort -n -u | paste -sd, -)
if [ ! -f "$DATA/done-$ALL_COUNTS" ]; then
  rm -rf "$DATA"
  "$CARGO_TARGET_DIR/release/examples/gen_corpus" "$DATA" "$SIZE_MB" "$ALL_COUNTS"
  touch "$DATA/done-$ALL_COUNTS"
fi
files=$(find "$DATA/corpus" -name '*.txt' | wc -l)
bytes=$(du -sb "$DATA/corpus" | cut -f1)

RG_MAX_CLAIMS=${RG_MAX_CLAIMS:-999999999}
RUNS=${BENCH_RUNS:-3}

# timed and median.
source bench/lib.sh

# Runs a command once under timed and appends its wall seconds, CPU seconds and peak KB to
# the arrays <name>_walls, <name>_cpus and <name>_kbs (name: $1).
collect() {
  local -n walls=${1}_walls cpus=${1}_cpus kbs=${1}_kbs
  shift
  local wall cpu kb
  read -r wall cpu kb < <(timed "$@")
  walls+=("$wall") cpus+=("$cpu") kbs+=("$kb")
}

# Warm the page cache so that neither tool pays for the disk.
rg -c -F zzzz-not-there "$DATA/corpus" >/dev/null || true

echo "corpus: $DATA/corpus, $files files, $((bytes / 1000000)) MB; $(nproc) cores; $(rg --version | sed -n 1p)"
printf '| %6s | %7s | %16s | %16s | %11s | %10s | %10s |\n' \
  claims aliases "rg wall (cpu) s" "cc wall (cpu) s" "ratio wall" "rg peak MB" "cc peak MB"
printf '|%s|\n' "--------|---------|------------------|------------------|-------------|------------|-----------"
for k in ${COUNTS//,/ }; do
  aliases=$(wc -l <"$DATA/aliases-$k.txt")
  cc_walls=() cc_cpus=() cc_kbs=() rg_walls=() rg_cpus=() rg_kbs=()
  for _ in $(seq "$RUNS"); do
    collect cc "$BIN" check --claims "$DATA/claims-$k.toml" "$DATA/corpus"
    if [ "$k" -le "$RG_MAX_CLAIMS" ]; then
      collect rg rg -i -c -F -f "$DATA/aliases-$k.txt" "$DATA/corpus"
    fi
  done
  cc_s=$(median "${cc_walls[@]}") cc_cpu=$(median "${cc_cpus[@]}") cc_kb=$(median "${cc_kbs[@]}")
  if [ "$k" -le "$RG_MAX_CLAIMS" ]; then
    rg_s=$(median "${rg_walls[@]}") rg_cpu=$(median "${rg_cpus[@]}") rg_kb=$(median "${rg_kbs[@]}")
    ratio=$(awk -v a="$cc_s" -v b="$rg_s" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')
    rg_col="$rg_s ($rg_cpu)"
    rg_mb=$((rg_kb / 1024))
  else
    rg_col="skipped" ratio="-" rg_mb="-"
  fi
  printf '| %6s | %7s | %16s | %16s | %11s | %10s | %10s |\n' "$k" "$aliases" "$rg_col" \
    "$cc_s ($cc_cpu)" "$ratio" "$rg_mb" "$((cc_kb / 1024))"
done
