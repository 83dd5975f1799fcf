#!/usr/bin/env bash
# How a distributed run's cost grows with the latent count (core/README.md: Distributed
# runs): inversion and IT-GAN (split subsets of 10, the latent vector ensemble) at 100, 500
# and 1 000 latents per class (1 000, 5 000, 10 000 latents), 2 ranks x 1 thread started by
# hand with the torchrun-style variables, each under GNU time for its peak memory. Prints
# the median seconds per iteration (events.jsonl, iteration 1 skipped) and each rank's peak
# resident memory. Run it alone.
#
#   tests/benchmarks/bench_distributed_scaling.sh [build dir] [iterations]
set -euo pipefail
BUILD=${1:-build}
ITERATIONS=${2:-3}
ITGAN=$(realpath "$BUILD/app/itgan")
WORK=$(mktemp -d /tmp/bench_distributed_scaling.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
PORT=29611

median_seconds() {
    /usr/bin/python3 - "$1/events.jsonl" <<'EOF'
import json, statistics, sys
s = [json.loads(l)["seconds"] for l in open(sys.argv[1]) if '"seconds"' in l]
print(f"{statistics.median(s[1:]):.2f}")
EOF
}

# Runs `itgan "$@"` as 2 ranks; prints the ranks' peak RSS in MB.
two_ranks() {
    PORT=$((PORT + 1))
    for rank in 0 1; do
        MASTER_ADDR=127.0.0.1 MASTER_PORT=$PORT RANK=$rank WORLD_SIZE=2 LOCAL_RANK=$rank OMP_NUM_THREADS=1 \
            /usr/bin/time -f "%M" -o "$WORK/rss_$rank" "$ITGAN" "$@" > /dev/null 2>&1 &
    done
    wait
    echo "$(( $(cat "$WORK/rss_0") / 1024 )) MB / $(( $(cat "$WORK/rss_1") / 1024 )) MB"
}

printf '%-10s %-16s %12s   %s\n' "work" "latents" "s/iteration" "peak RSS rank 0 / rank 1"
for k in 100 500 1000; do
    n=$((k * 10))
    rss=$(two_ranks invert -k "$k" --batch 250 --iterations "$ITERATIONS" --checkpoint-every 1000 --out "$WORK/inv$k")
    printf '%-10s %-16s %12s   %s\n' "inversion" "$n ($k/class)" "$(median_seconds "$WORK/inv$k")" "$rss"
    rss=$(two_ranks condense --from "$WORK/inv$k" --iterations "$ITERATIONS" --split-size 10 --checkpoint-every 1000 \
          --out "$WORK/itgan$k")
    printf '%-10s %-16s %12s   %s\n' "IT-GAN" "$n ($k/class)" "$(median_seconds "$WORK/itgan$k")" "$rss"
done
