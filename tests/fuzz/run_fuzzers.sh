#!/usr/bin/env bash
# Runs every fuzz target of tests/fuzz for FUZZ_SECONDS of CPU time each (default 600, the
# issue's ten CPU-minutes), two at a time on a 2-core machine, from the committed seed
# corpus. Findings (crashes, escaped library exceptions, leaks of the sanitizers' kind,
# timeouts, out-of-memory) land in WORK/findings/<target>/; copy each to
# regressions/<target>/ once fixed, where tst_fuzz_regressions replays it in CTest.
#
#   cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_idx fuzz_cifar \
#       fuzz_image_folder fuzz_tensor_file fuzz_run_folder fuzz_json_config
#   tests/fuzz/run_fuzzers.sh [build-fuzz]     (FUZZ_SECONDS=600 WORK=/tmp/... TARGETS="fuzz_idx ...")
#
# Prints one line per target (runs, coverage, corpus size, findings) and exits 1 on any finding.
set -u
HERE=$(dirname "$(realpath "$0")")
BUILD=$(realpath "${1:-build-fuzz}")
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
WORK=${WORK:-$(mktemp -d /tmp/itgan-fuzz-XXXXXX)}
TARGETS=${TARGETS:-fuzz_idx fuzz_cifar fuzz_image_folder fuzz_tensor_file fuzz_run_folder fuzz_json_config}
export OMP_NUM_THREADS=1 # one core per fuzzer; LibTorch would otherwise spread each over both
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_one() { # $1 = target
  local target=$1
  mkdir -p "$WORK/corpus/$target" "$WORK/findings/$target"
  local start=$SECONDS
  # New inputs go to WORK's corpus; the committed seeds are read only. 20 s per input and
  # 4 GiB of memory at most: beyond either counts as a finding (a hang, a size read off
  # the file and believed).
  /usr/bin/time -f '%U %S' -o "$WORK/$target.cpu" "$BUILD/tests/fuzz/$target" -max_total_time="$FUZZ_SECONDS" -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$WORK/findings/$target/" -print_final_stats=1 \
    "$WORK/corpus/$target" "$HERE/corpus/$target" > "$WORK/$target.log" 2>&1
  local runs coverage corpus findings elapsed=$((SECONDS - start)) cpu
  cpu=$(awk 'END { printf "%.0f", $1 + $2 }' "$WORK/$target.cpu")
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$WORK/$target.log" | grep -o '[0-9]*$')
  coverage=$(grep -o 'cov: [0-9]*' "$WORK/$target.log" | tail -1 | grep -o '[0-9]*')
  corpus=$(ls "$WORK/corpus/$target" | wc -l)
  findings=$(ls "$WORK/findings/$target" | wc -l)
  # A finding stops libFuzzer: the seconds are those it ran, up to FUZZ_SECONDS (and the
  # CPU seconds it got, less when more fuzzers than cores ran).
  printf '%-18s %4d s (%4s CPU s), %8s runs, coverage %5s edges, %4d new corpus inputs, %d findings\n' \
    "$target" "$elapsed" "$cpu" "${runs:-?}" "${coverage:-?}" "$corpus" "$findings"
}

set -- $TARGETS
while [ $# -gt 0 ]; do
  run_one "$1" &
  [ $# -gt 1 ] && run_one "$2" &
  wait
  shift; [ $# -gt 0 ] && shift
done
echo "work folder: $WORK (logs per target, findings/)"
[ -z "$(find "$WORK/findings" -type f)" ]
