#!/usr/bin/env bash
# A Markdown table of SIZE_MB megabytes (a header and one short row a line, one block of 1.5
# million rows at 50 MB), checked at a fifth, half and all of that size against a claim whose
# subject it never names (so what is timed is the reading: the parse, every body cell written
# after its column's header, the search of that prose, not a report of a million rows): prints
# wall and CPU seconds and peak memory of each, to show the time grows with the size and no
# faster (the readers' "bad input" contract).
#
#   bench/table.sh [SIZE_MB]      # default 50
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-50}
TARGET=${CARGO_TARGET_DIR:-$PWD/target}
DIR=${BENCH_DATA:-$TARGET/bench-data}/table-${SIZE_MB}mb
cargo build --release --quiet --bin crosscheck
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
mkdir -p "$DIR"
cat > "$DIR/claims.toml" <<'TOML'
[[claim]]
id = "bridge-cost"
subject = ["Varokest bridge"]
value = "$1.2 billion"
kind = "money"
TOML
for part in 5 2 1; do
  size=$((SIZE_MB * 1000000 / part))
  file=$DIR/table-$size.md
  if [ ! -f "$file" ]; then
    awk -v size="$size" 'BEGIN {
      print "| vessel | number | year |"; print "|---|---|---|"; n = 0
      while (n < size) { i++; row = sprintf("| electric ferries %d | %d | %d |", i, i % 97, 1990 + i % 30); print row; n += length(row) + 1 }
    }' > "$file"
  fi
  /usr/bin/time -f "$((size / 1000000)) MB table: %e s wall, %U+%S s CPU, %M KB peak" \
    "$TARGET/release/crosscheck" check -q --claims "$DIR/claims.toml" "$file" > /dev/null || [ $? -eq 1 ]
done
