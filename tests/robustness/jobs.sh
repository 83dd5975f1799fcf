# The job kinds the fault-injection scripts run (sourced by kill_and_resume.sh and
# full_disk_and_resume.sh): one small job of each kind, with checkpoints every few steps so
# that faults land between, during and after them, and what both scripts set up: the CLI
# (the argument it is sourced with), the work folder (WORK, else a new one named
# after WORK_TAG; entered), RANDOM seeded by SEED (default 1) and one thread per job.
ITGAN=$(realpath "$1")
WORK=${WORK:-$(mktemp -d "/tmp/itgan-${WORK_TAG:-faults}-XXXXXX")}
RANDOM=${SEED:-1}
THREADS=(--threads 1)
failures=0
mkdir -p "$WORK"
cd "$WORK" || exit 1

# kind | command for the reference and the interrupted run (OUT replaced) | how to continue | files compared
jobs=(
  "invert|invert -k 2 --iterations 300 --checkpoint-every 7 ${THREADS[*]} --out OUT|--resume|latents.pt reconstruction.csv"
  "condense|condense --from $WORK/ref-invert --iterations 200 --real-batch 16 --embedding-arch convnet:width=16 --checkpoint-every 7 ${THREADS[*]} --out OUT|--resume|latents.pt"
  "dm|dm -k 2 --iterations 300 --real-batch 16 --checkpoint-every 7 ${THREADS[*]} --out OUT|--resume|images.pt"
  "train-gan|train-gan --width 8 --d-width 8 --steps 300 --batch 16 --checkpoint-every 7 --sample-every 7 --classifier none ${THREADS[*]} --out OUT|--resume|generator_latest.pt"
  "make-pool|make-pool --count 4 --epochs 2 --train-per-class 50 --validation-per-class 10 ${THREADS[*]} --out OUT||pool.json net000_epoch002.pt net003_epoch002.pt"
  "evaluate|train-classifier --subset 2 --epochs 6 --runs 4 --test-every 3 ${THREADS[*]} --out OUT|--resume|results.json"
  "compare|compare --config $WORK/compare.json --out OUT|--resume|results.json itgan/latents.pt inversion/latents.pt"
  "export|export --from $WORK/ref-dm --format png-folders --out OUT||"
)
cat > compare.json <<'JSON'
{"images_per_class": 1, "sets": ["inversion", "itgan", "random"], "threads": 1,
 "inversion": {"iterations": 20, "checkpoint_every": 2},
 "itgan": {"iterations": 10, "real_batch": 16, "embedding_arch": "convnet:width=16", "checkpoint_every": 2},
 "evaluation": {"epochs": 4, "runs": 2, "test_every": 2}}
JSON

# ONLY="invert dm" runs just those kinds (condense needs invert's reference, export dm's).
selected() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }

# Whether a command without --resume (export, make-pool) already finished in $1: its output
# is then complete, and running it again would be refused.
finished_without_resume() { # $1 = kind, $2 = output folder
  case "$1" in
    export) [ -e "$2" ] ;;
    make-pool) [ -e "$2/pool.json" ] ;;
    *) return 1 ;;
  esac
}

# Compares the outputs of a faulted run with the reference: prints "identical" or what differs.
compare_outputs() { # $1 = kind, $2 = reference folder, $3 = faulted folder, $4 = files compared
  local verdict=identical file
  if [ "$1" = export ]; then
    diff -r "$2" "$3" > /dev/null || verdict="DIFFERENT (export folders)"
  else
    for file in $4; do
      cmp -s "$2/$file" "$3/$file" || verdict="DIFFERENT ($file)"
    done
  fi
  echo "$verdict"
}

# Temporaries left in or beside an output folder.
count_temporaries() { # $1 = output folder
  local inside beside
  inside=$( [ -e "$1" ] && find "$1" \( -name '*.tmp*' -o -name '*.partial*' \) | wc -l || echo 0)
  beside=$(find "$(dirname "$1")" -maxdepth 1 -name "$(basename "$1").partial*" | wc -l)
  echo $((inside + beside))
}
