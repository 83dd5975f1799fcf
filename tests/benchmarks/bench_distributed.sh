#!/usr/bin/env bash
# Distributed overhead (core/README.md: Distributed runs): the same inversion and IT-GAN
# work as 1 process x N threads and as N ranks x 1 thread (`itgan launch`), interleaved,
# on this machine. Reports the median seconds per iteration from each run's events.jsonl
# (start-up and dataset loading excluded) and the throughput ratio single / distributed
# (>= 0.9 is the target: the ranks lose at most a tenth to communication and duplicated
# work). Run it alone: two LibTorch jobs on 2 cores slow each other down.
#
#   tests/benchmarks/bench_distributed.sh [build dir] [ranks] [repeats]
set -euo pipefail
BUILD=${1:-build}
RANKS=${2:-2}
REPEATS=${3:-2}
ITGAN=$BUILD/app/itgan
WORK=$(mktemp -d /tmp/bench_distributed.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

median_seconds() { # median "seconds" of the events of a run folder, skipping iteration 1 (warm-up)
    /usr/bin/python3 - "$1/events.jsonl" <<'EOF'
import json, statistics, sys
s = [json.loads(l)["seconds"] for l in open(sys.argv[1]) if '"seconds"' in l]
print(f"{statistics.median(s[1:]):.3f}")
EOF
}

report() { # name, single, distributed
    /usr/bin/python3 -c "import sys; a,b=float(sys.argv[2]),float(sys.argv[3]); print(f'{sys.argv[1]:<44} 1x{sys.argv[4]} threads {a:7.3f} s/it   {sys.argv[4]} ranks x1 {b:7.3f} s/it   throughput ratio {a/b:5.2f}')" "$1" "$2" "$3" "$RANKS"
}

# Inversion of 1 000 latents (100/class), chunks of 100 so that every rank gets chunks.
INVERT=(invert -k 100 --batch 100 --iterations 6 --checkpoint-every 1000)
# IT-GAN at 50 latents/class from an inversion of 50/class.
"$ITGAN" invert -k 50 --iterations 2 --out "$WORK/inv50" > /dev/null 2>&1
CONDENSE=(condense --from "$WORK/inv50" --iterations 4 --checkpoint-every 1000)

for r in $(seq "$REPEATS"); do
    "$ITGAN" "${INVERT[@]}" --threads "$RANKS" --out "$WORK/inv_single_$r" > /dev/null 2>&1
    "$ITGAN" launch -n "$RANKS" --threads-per-rank 1 -- "${INVERT[@]}" --out "$WORK/inv_dist_$r" > /dev/null 2>&1
    report "inversion, 1 000 latents (repeat $r)" "$(median_seconds "$WORK/inv_single_$r")" "$(median_seconds "$WORK/inv_dist_$r")"
    "$ITGAN" "${CONDENSE[@]}" --threads "$RANKS" --out "$WORK/itgan_single_$r" > /dev/null 2>&1
    "$ITGAN" launch -n "$RANKS" --threads-per-rank 1 -- "${CONDENSE[@]}" --out "$WORK/itgan_dist_$r" > /dev/null 2>&1
    report "IT-GAN, 50 latents/class (repeat $r)" "$(median_seconds "$WORK/itgan_single_$r")" "$(median_seconds "$WORK/itgan_dist_$r")"
done
