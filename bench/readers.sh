#!/usr/bin/env bash
# Times `crosscheck check` on the plain-text, Markdown and HTML copies of one generated corpus
# (examples/gen_corpus OUT SIZE 10 txt,md,html), the three alternating, BENCH_RUNS times each
# (default 5), and prints the median wall and CPU seconds (user + system) of each format and
# its ratio to plain text. On a shared VM single runs vary by 10-30%: only alternated medians
# compare.
#
#   bench/readers.sh DATA_DIR [BINARY...]
#
# DATA_DIR holds claims-10.toml, corpus/, corpus-md/ and corpus-html/. With several binaries
# (builds to compare), each format is timed with each binary in turn.
set -euo pipefail
data=${1:?usage: bench/readers.sh DATA_DIR [BINARY...]}
shift
binaries=("$@")
if [ ${#binaries[@]} -eq 0 ]; then
  binaries=("${CARGO_TARGET_DIR:-target}/release/crosscheck")
fi
runs=${BENCH_RUNS:-5}
formats=(corpus corpus-md corpus-html)

# timed and median.
source "$(dirname "$0")/lib.sh"

declare -A walls cpus
for _ in $(seq "$runs"); do
  for b in "${!binaries[@]}"; do
    for f in "${formats[@]}"; do
      read -r wall cpu _ < <(timed "${binaries[$b]}" check --claims "$data/claims-10.toml" "$data/$f")
      walls[$b,$f]+="$wall "
      cpus[$b,$f]+="$cpu "
    done
  done
done

printf '%-40s %-12s %8s %8s %10s %10s\n' binary corpus wall_s cpu_s wall_ratio cpu_ratio
for b in "${!binaries[@]}"; do
  # shellcheck disable=SC2086
  base_wall=$(median ${walls[$b,corpus]}) base_cpu=$(median ${cpus[$b,corpus]})
  for f in "${formats[@]}"; do
    # shellcheck disable=SC2086
    wall=$(median ${walls[$b,$f]}) cpu=$(median ${cpus[$b,$f]})
    printf '%-40s %-12s %8s %8s %10s %10s\n' "${binaries[$b]}" "$f" "$wall" "$cpu" \
      "$(awk -v a="$wall" -v b="$base_wall" 'BEGIN {printf "%.2f", a / b}')" \
      "$(awk -v a="$cpu" -v b="$base_cpu" 'BEGIN {printf "%.2f", a / b}')"
  done
done
