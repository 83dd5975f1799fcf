#!/usr/bin/env bash
# Fault injection (issue 13, "Prove it"): every job kind is killed with SIGKILL at KILLS
# random moments, continued each time, and must end with the outputs of an uninterrupted
# run, bit for bit, and no temporaries (*.tmp*, *.partial*) left anywhere.
#
#   tests/robustness/kill_and_resume.sh [build/app/itgan]     (KILLS=10 SEED=1 WORK=/tmp/... ONLY="kinds")
#
# checkpoint.pt itself is not compared: LibTorch's optimiser archive names each parameter's
# state by its address in memory ("0x55aed474dd80"), which differs between processes; the
# values it restores are the same, and the outputs compared are what a resume produces from them.
#
# Prints one line per job kind (kills landed, restarts, seconds) and exits 1 on any difference.
# Not a CTest test: it takes ~20 minutes on 2 cores.
set -u
KILLS=${KILLS:-10}
WORK_TAG=kill
source "$(dirname "$(realpath "$0")")/jobs.sh" "${1:-build/app/itgan}" # sets ITGAN, WORK (entered), RANDOM, THREADS

run_to_end() { # $1 = kind, $2 = command with OUT replaced, $3 = continue flag
  "$ITGAN" $2 $3 > /dev/null 2>> "$WORK/$1.log"
}

for job in "${jobs[@]}"; do
  IFS='|' read -r kind command continue compared <<< "$job"
  selected "$kind" || continue
  ref="$WORK/ref-$kind"
  start=$(date +%s.%N)
  "$ITGAN" ${command//OUT/$ref} > /dev/null 2> "$WORK/$kind.log" || { echo "$kind: reference run failed (see $WORK/$kind.log)"; failures=$((failures + 1)); continue; }
  seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
  out="$WORK/killed-$kind"
  landed=0 restarts=0
  flag=""
  for ((k = 0; k < KILLS; ++k)); do
    # A moment between 0.3 s and 3/KILLS of the reference's duration (at least 1.5 s): the
    # kills then spread over the whole job — start-up, computing, checkpointing, finishing —
    # instead of mostly arriving after a resumed run has already finished.
    r=$RANDOM # drawn here: inside $(...) bash would reseed it, and SEED would not repeat a run
    delay=$(awk -v s="$seconds" -v k="$KILLS" -v r="$r" \
            'BEGIN { top = 3 * s / k; if (top < 1.5) top = 1.5; print 0.3 + (top - 0.3) * r / 32767 }')
    "$ITGAN" ${command//OUT/$out} $flag > /dev/null 2>> "$WORK/$kind.log" &
    pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2> /dev/null; then landed=$((landed + 1)); fi
    wait "$pid" 2> /dev/null
    restarts=$((restarts + 1))
    # Continue with the flag once a run folder exists (a kill before that leaves nothing).
    [ -e "$out" ] && flag="$continue"
  done
  [ -e "$out" ] && flag="$continue"
  # Commands without --resume (export, make-pool) are simply run again, unless a run
  # between the kills already finished them.
  if ! finished_without_resume "$kind" "$out" && ! run_to_end "$kind" "${command//OUT/$out}" "$flag"; then
    echo "$kind: the final continue failed (see $WORK/$kind.log)"; failures=$((failures + 1)); continue
  fi
  verdict=$(compare_outputs "$kind" "$ref" "$out" "$compared")
  leftovers=$(count_temporaries "$out")
  [ "$leftovers" -eq 0 ] || verdict="$verdict, $leftovers temporaries left"
  [ "$verdict" = identical ] || failures=$((failures + 1))
  printf '%-10s reference %6.1f s, %2d kills landed of %2d, outputs %s\n' "$kind" "$seconds" "$landed" "$restarts" "$verdict"
done
echo "work folder: $WORK"
exit $((failures > 0))
