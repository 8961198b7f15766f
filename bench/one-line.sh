#!/usr/bin/env bash
# A 100 MB article on one line with no sentence end, checked against the repo's claims: the
# pathological input of issue "every bad input". Prints wall time and peak memory; it is linear
# (sentences are capped at 4 KiB, columns counted from checkpoints), so .ci/run only bounds it
# with a timeout that a quadratic regression would blow by hours.
#
#   bench/one-line.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-100}
TARGET=${CARGO_TARGET_DIR:-$PWD/target}
DIR=${BENCH_DATA:-$TARGET/bench-data}/one-line-${SIZE_MB}mb
cargo build --release --quiet --bin crosscheck
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi
if [ ! -f "$DIR/corpus/one-line.txt" ]; then
  mkdir -p "$DIR/corpus"
  python3 - "$DIR/corpus/one-line.txt" "$SIZE_MB" <<'PY'
import random, sys
random.seed(7)
parts = ["India will buy 31 armed drones for over $3 billion, ",
         "the fifth 2+2 dialogue met on November 10, 2023 ",
         "and about 60% of military equipment came from Russia ",
         "while Antony Blinken and S. Jaishankar talked ",
         "with U.S. officials (No. 10, 10:30 a.m.) "]
size, written = int(sys.argv[2]) * 1_000_000, 0
with open(sys.argv[1], "w") as out:
    while written < size:
        p = random.choice(parts)
        out.write(p)
        written += len(p)
PY
fi
bin=$TARGET/release/crosscheck
for format in table json; do
  /usr/bin/time -f "$format: %e s wall, %M KB peak" "$bin" check -q --claims claims.toml --format "$format" "$DIR/corpus" > /dev/null || [ $? -eq 1 ]
done
