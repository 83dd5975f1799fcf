#!/bin/bash
# Evaluation, ours against the reference loop (tests/benchmarks/bench_evaluation.cpp), the
# two sides interleaved (reference, ours, reference, ours) so that both see the same machine;
# prints each row's times per side (median of the rounds) and the ratios ours / reference:
# a training epoch, a test pass, and a whole evaluation run of E epochs as each side runs it
# (reference: E+1 epochs as DC's evaluate_synset trains, one test pass; ours: E epochs, the
# curve's ~10 points on the probe and the last on the whole split).
#   tests/benchmarks/bench_evaluation.sh [build dir, default build] [rounds, default 2] [E, default 300]
set -euo pipefail
build=${1:-build}
rounds=${2:-2}
epochs=${3:-300}
bench="$build/tests/benchmarks/bench_evaluation"
cmake --build "$build" --target bench_evaluation > /dev/null # benchmarks are built on demand
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for round in $(seq "$rounds"); do
    ITGAN_BENCH_REFERENCE=1 "$bench" > "$out/reference.$round" 2>&1 || { cat "$out/reference.$round"; exit 1; }
    "$bench" > "$out/ours.$round" 2>&1 || { cat "$out/ours.$round"; exit 1; }
done
grep -m1 "^side" "$out/ours.1"
awk -v epochs="$epochs" '
    FNR == 1 { side = (FILENAME ~ /reference/) ? "ref" : "ours" }
    $1 == "ROW" { key = side SUBSEP $2; n[key]++; ep[key, n[key]] = $4; te[key, n[key]] = $6; pr[key, n[key]] = $8
                  rows[$2] = 1 }
    function med(arr, key, count,   i, j, t, v) {
        for (i = 1; i <= count; i++) v[i] = arr[key, i]
        for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
        return v[int((count + 1) / 2)]
    }
    END {
        tests = 10 # trainClassifier tests about ten times per run (test_every 0)
        printf "%-16s %10s %10s %7s %10s %10s %7s %12s %12s %7s\n", "row", "epoch ref", "epoch ours", "ratio",
               "test ref", "test ours", "ratio", "run ref", "run ours", "ratio"
        for (r in rows) {
            kr = "ref" SUBSEP r; ko = "ours" SUBSEP r
            er = med(ep, kr, n[kr]); eo = med(ep, ko, n[ko]); tr = med(te, kr, n[kr]); to = med(te, ko, n[ko])
            po = med(pr, ko, n[ko])
            runRef = (epochs + 1) * er + tr; runOurs = epochs * eo + (tests - 1) * po + to
            printf "%-16s %10.3f %10.3f %7.2f %10.3f %10.3f %7.2f %12.1f %12.1f %7.2f\n", r, er, eo, eo / er, tr, to,
                   to / tr, runRef, runOurs, runOurs / runRef
        }
    }' "$out"/reference.* "$out"/ours.*
