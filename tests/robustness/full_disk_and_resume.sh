#!/usr/bin/env bash
# Fault injection with writes that cannot finish (issue 13, "Prove it"): every job kind of
# jobs.sh runs into a full disk (its output on a tmpfs of FAULTS random sizes, growing) and
# into a file-size limit (`ulimit -f` of FAULTS random sizes, growing), continued after each
# failure, and finished without a limit. Every failed attempt must exit 1 with the reason
# ("No space left on device" / "File too large") and the file it could not write; no attempt
# may leave a temporary; the finished outputs must equal an unlimited run's, bit for bit.
#
#   sudo tests/robustness/full_disk_and_resume.sh [build/app/itgan]   (FAULTS=5 SEED=1 WORK=/tmp/... ONLY="kinds")
#
# Needs root for the tmpfs mounts (CI machines and these developer machines run as root).
# Prints one line per job kind and fault, and exits 1 on any failed check. Not a CTest test:
# it takes ~25 minutes on 2 cores.
set -u
FAULTS=${FAULTS:-5}
WORK_TAG=disk
source "$(dirname "$(realpath "$0")")/jobs.sh" "${1:-build/app/itgan}" # sets ITGAN, WORK (entered), RANDOM, THREADS

# FAULTS random integers in [$1, $2], ascending, into the array `limits` (in this shell:
# a $(...) subshell would reseed RANDOM, and SEED would not repeat a run).
growing_limits() {
  local lo=$1 hi=$2 i
  [ "$hi" -gt "$lo" ] || hi=$((lo + 1))
  limits=()
  for ((i = 0; i < FAULTS; ++i)); do limits+=($((lo + (RANDOM * 32768 + RANDOM) % (hi - lo + 1)))); done
  mapfile -t limits < <(printf '%s\n' "${limits[@]}" | sort -n)
}

# Runs one attempt under the fault's limit; prints "finished", "refused" (exit 1 naming a
# file of the output and the reason) or what went wrong.
attempt() { # $1 = mode, $2 = limit (KiB), $3 = command, $4 = continue flag, $5 = output folder, $6 = log
  local rc reason
  if [ "$1" = disk ]; then
    mount -o remount,size="$2k" "$(dirname "$5")" || { echo "cannot resize the tmpfs to $2k"; return; }
    reason="No space left on device"
    "$ITGAN" $3 $4 > /dev/null 2> "$6.last"
  else
    reason="File too large"
    (ulimit -f "$2"; exec "$ITGAN" $3 $4 > /dev/null 2> "$6.last")
  fi
  rc=$?
  cat "$6.last" >> "$6"
  local message
  message=$(grep 'error:' "$6.last" | tail -1)
  if [ "$rc" -eq 0 ]; then
    echo finished
  elif [ "$rc" -eq 1 ] && [[ "$message" == *"$reason"* ]] && [[ "$message" == *"$5"* ]]; then
    echo refused
  else
    echo "exit $rc: ${message:-$(tail -1 "$6.last")}"
  fi
}

for job in "${jobs[@]}"; do
  IFS='|' read -r kind command continue compared <<< "$job"
  selected "$kind" || continue
  ref="$WORK/ref-$kind"
  "$ITGAN" ${command//OUT/$ref} > /dev/null 2> "$WORK/$kind.log" || { echo "$kind: reference run failed (see $WORK/$kind.log)"; failures=$((failures + 1)); continue; }
  total_kib=$(du -sk "$ref" | cut -f1)
  largest_kib=$(( ($(find "$ref" -type f -printf '%s\n' | sort -n | tail -1) + 1023) / 1024 ))
  for mode in disk filesize; do
    place="$WORK/$mode-$kind"
    mkdir -p "$place"
    [ "$mode" = disk ] && mount -t tmpfs -o size=4k tmpfs "$place"
    out="$place/out"
    log="$WORK/$kind-$mode.log"
    if [ "$mode" = disk ]; then growing_limits 4 "$total_kib"; else growing_limits 1 "$largest_kib"; fi
    refused=0 finished=0 problems=""
    flag=""
    for limit in "${limits[@]}"; do
      result=$(attempt "$mode" "$limit" "${command//OUT/$out}" "$flag" "$out" "$log")
      case "$result" in
        refused) refused=$((refused + 1)) ;;
        finished) finished=1 ;;
        *) problems="$problems; at ${limit} KiB: $result" ;;
      esac
      temporaries=$(count_temporaries "$out")
      [ "$temporaries" -eq 0 ] || problems="$problems; at ${limit} KiB: $temporaries temporaries left"
      [ -e "$out" ] && flag="$continue"
      [ "$finished" -eq 1 ] && break # the limit was large enough for the whole job
    done
    [ "$mode" = disk ] && mount -o remount,size=1g "$place"
    if [ "$finished" -eq 0 ]; then
      "$ITGAN" ${command//OUT/$out} $flag > /dev/null 2>> "$log" || problems="$problems; the final run failed"
    fi
    verdict=$(compare_outputs "$kind" "$ref" "$out" "$compared")
    [ "$verdict" = identical ] || problems="$problems; outputs $verdict"
    printf '%-10s %-8s limits %-28s %d refused with the reason, finished under a limit: %d, outputs %s%s\n' "$kind" "$mode" \
      "$(IFS=,; echo "${limits[*]}") KiB" "$refused" "$finished" "$verdict" "${problems:+ — PROBLEMS${problems}}"
    [ -z "$problems" ] || failures=$((failures + 1))
    [ "$mode" = disk ] && umount "$place"
  done
done
echo "work folder: $WORK"
exit $((failures > 0))
