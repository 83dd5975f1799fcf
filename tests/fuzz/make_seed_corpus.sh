#!/usr/bin/env bash
# Writes the seed corpus of the fuzz targets (corpus/<target>/, committed): small valid
# inputs of every format, made from Fashion-MNIST and by the project's own CLI, so the
# fuzzers start from files that get deep into each reader.
#
#   tests/fuzz/make_seed_corpus.sh [build/app/itgan]
#
# Needs Debian's python3 (byte surgery only, no torch) and ImageMagick's convert (PNGs).
set -eu
HERE=$(dirname "$(realpath "$0")")
ITGAN=$(realpath "${1:-build/app/itgan}")
CORPUS="$HERE/corpus"
WORK=$(mktemp -d /tmp/itgan-seeds-XXXXXX)
FMNIST=/usr/share/datasets/fashion-mnist
rm -rf "$CORPUS"
mkdir -p "$CORPUS"/{fuzz_idx,fuzz_cifar,fuzz_image_folder,fuzz_tensor_file,fuzz_run_folder,fuzz_json_config}

# IDX: the first images / labels of Fashion-MNIST's test split with the count rewritten,
# raw (first byte 0) and gzip (first byte 1); see FuzzTargets.cpp for the selector byte.
/usr/bin/python3 - "$FMNIST" "$CORPUS/fuzz_idx" <<'PY'
import gzip, struct, sys
src, out = sys.argv[1], sys.argv[2]
images = gzip.open(src + "/t10k-images-idx3-ubyte.gz").read()
labels = gzip.open(src + "/t10k-labels-idx1-ubyte.gz").read()
small_images = images[:4] + struct.pack(">III", 2, 28, 28) + images[16:16 + 2 * 784]
small_labels = labels[:4] + struct.pack(">I", 3) + labels[8:11]
for name, data in [("images", small_images), ("labels", small_labels)]:
    open(f"{out}/{name}_raw", "wb").write(b"\0" + data)
    open(f"{out}/{name}_gz", "wb").write(b"\1" + gzip.compress(data, mtime=0))
PY

# CIFAR: two CIFAR-10 records and two CIFAR-100 records (selector byte 0 / 1).
/usr/bin/python3 - "$CORPUS/fuzz_cifar" <<'PY'
import sys
out = sys.argv[1]
pixels = bytes((i * 7) % 256 for i in range(3072))
open(f"{out}/cifar10", "wb").write(b"\0" + bytes([3]) + pixels + bytes([9]) + pixels[::-1])
open(f"{out}/cifar100", "wb").write(b"\1" + bytes([1, 42]) + pixels + bytes([19, 99]) + pixels[::-1])
PY

# Image folders: tiny grey and colour PNGs (and a JPEG, decoded by content too).
convert -size 4x4 gradient:black-white "$CORPUS/fuzz_image_folder/grey.png"
convert -size 3x5 xc:'rgb(200,30,60)' "$CORPUS/fuzz_image_folder/colour.png"
convert -size 4x4 gradient:red-blue jpg:"$CORPUS/fuzz_image_folder/colour.jpg"

# Tensor files: a finished inversion's latents, a tiny generator, Python's one-key dict.
"$ITGAN" invert -k 1 --iterations 2 --checkpoint-every 1 --threads 1 --out "$WORK/inv" > /dev/null 2>&1
"$ITGAN" train-gan --width 2 --d-width 2 --steps 1 --batch 4 --classifier none --threads 1 --out "$WORK/gan" > /dev/null 2>&1
cp "$WORK/inv/latents.pt" "$CORPUS/fuzz_tensor_file/latents.pt"
cp "$WORK/gan/generator_latest.pt" "$CORPUS/fuzz_tensor_file/generator.pt"
cp "$HERE/../data/python_one_key_dict.pt" "$CORPUS/fuzz_tensor_file/"

# Run folders: config.json, NUL, events.jsonl of a stage run and of a compare run.
printf '{"images_per_class": 1, "sets": ["inversion", "random"], "threads": 1,
 "inversion": {"iterations": 2, "checkpoint_every": 1}, "evaluation": {"epochs": 1, "runs": 1}}' > "$WORK/compare.json"
"$ITGAN" compare --config "$WORK/compare.json" --out "$WORK/cmp" > /dev/null 2>&1
{ cat "$WORK/inv/config.json"; printf '\0'; cat "$WORK/inv/events.jsonl"; } > "$CORPUS/fuzz_run_folder/stage_run"
{ cat "$WORK/cmp/config.json"; printf '\0'; cat "$WORK/cmp/inversion/events.jsonl"; } > "$CORPUS/fuzz_run_folder/compare_run"

# Compare configurations: the one above and the complete default. (Every seed must be one
# its target accepts: tst_fuzz_regressions checks that; the presets are overlays, not configs.)
cp "$WORK/compare.json" "$CORPUS/fuzz_json_config/small.json"
"$ITGAN" compare --print-default-config > "$CORPUS/fuzz_json_config/default.json"

rm -rf "$WORK"
du -sh "$CORPUS"/*
