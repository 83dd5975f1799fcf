#!/usr/bin/env bash
# Paper Tab. T4/T6 in small (10 latents/class): IT-GAN from experiment 1's inversion
# latents with λ ∈ {0, 0.001, 0.01, 0.1}, fixed vs mixed splitting, distribution vs gradient
# matching. Run from the folder that holds runs/exp-tab1-k10 (experiment 1's output):
#   bash main/tests/benchmarks/run_ablation_k10.sh main/build/app/itgan main/tests/benchmarks/results/ablation_k10
# Each variant: `itgan compare --config <variant>/config.json --out runs/ablation_k10/<variant>`, and its
# results.json is copied next to its config. Variants already done are skipped.
set -euo pipefail
itgan="$1"
results="$2"
for dir in "$results"/*/; do
    name=$(basename "$dir")
    [ -f "$dir/results.json" ] && continue
    start=$(date +%s)
    "$itgan" compare --config "$dir/config.json" --out "runs/ablation_k10/$name" --resume
    cp "runs/ablation_k10/$name/results.json" "$dir/results.json"
    echo "$name: $(( $(date +%s) - start )) s" | tee -a "$results/wall_times.txt"
done
