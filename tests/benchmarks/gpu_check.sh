#!/usr/bin/env bash
# Issue 12 §4 on a GPU machine (the `device` tool's: PyTorch with its CUDA LibTorch, no Qt):
# builds the headless `itgan` against that LibTorch, runs the same small jobs on the GPU and on
# the CPU (the outputs must agree up to float rounding), and times inversion, IT-GAN and
# evaluation at the paper's scale on the GPU (BigGAN G_ch 64 — random weights: the timing does not
# depend on them — and 1 250 latents per class). Prints one line per measurement.
#
#   tests/benchmarks/gpu_check.sh [build dir] [device] [dataset folder]
#
# The dataset folder holds Fashion-MNIST's four IDX files (copy /usr/share/datasets/fashion-mnist
# into an ignored folder, e.g. build-data/, and carry it along); PYTHON names a Python with torch.
# Dry run on a CPU-only machine: device `cpu`, small scale (checks the script, not a GPU):
#   PYTHON=/usr/bin/python3 PER_CLASS=2 WIDTH=16 tests/benchmarks/gpu_check.sh build cpu build-data/fashion-mnist
set -euo pipefail
BUILD=${1:-build-cuda}
DEVICE=${2:-cuda}
DATA=${3:-fashion-mnist}
PYTHON=${PYTHON:-python3} # one with torch (to read the .pt files)
WORK=${OUT:-$(mktemp -d /tmp/gpu_check.XXXXXX)}
mkdir -p "$WORK"

if [ ! -x "$BUILD/app/itgan" ]; then
    TORCH_PREFIX=$("$PYTHON" -c 'import torch; print(torch.utils.cmake_prefix_path)')
    cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DITGAN_GUI=OFF -DBUILD_TESTING=OFF \
        -DCMAKE_PREFIX_PATH="$TORCH_PREFIX"
    cmake --build "$BUILD" --target itgan -j"$(nproc)"
fi
ITGAN=$BUILD/app/itgan
"$ITGAN" --version

seconds() { # wall seconds of a command, its output in $WORK/<name>.log
    local name=$1
    shift
    local start
    start=$(date +%s.%N)
    if ! "$@" >"$WORK/$name.log" 2>&1; then
        echo "FAILED: $name (see $WORK/$name.log)"
        tail -5 "$WORK/$name.log"
        return 1
    fi
    "$PYTHON" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)"
}

max_difference() { # largest |a - b| over the tensors two latents.pt files share
    "$PYTHON" - "$1" "$2" <<'PY'
import sys, torch
a, b = torch.load(sys.argv[1]), torch.load(sys.argv[2])
print(max(float((a[k].double() - b[k].double()).abs().max()) for k in ("latents", "feature_error")))
PY
}

# 1. The same inversion on both devices: equal up to float rounding (Adam on 50 iterations).
small=(invert --dataset "$DATA" -k 5 --iterations 50 --threads 0)
echo "inversion 50 latents, 50 iterations, cpu: $(seconds inv-cpu "$ITGAN" "${small[@]}" --device cpu --out "$WORK/inv-cpu") s"
echo "inversion 50 latents, 50 iterations, $DEVICE: $(seconds inv-dev "$ITGAN" "${small[@]}" --device "$DEVICE" --out "$WORK/inv-dev") s"
echo "max |cpu - $DEVICE| over latents and feature errors: $(max_difference "$WORK/inv-cpu/latents.pt" "$WORK/inv-dev/latents.pt")"

# 2. The paper's scale on the device: BigGAN G_ch 64 (WIDTH), 1 250 latents per class (PER_CLASS).
WIDTH=${WIDTH:-64}
PER_CLASS=${PER_CLASS:-1250}
scale="$((PER_CLASS * 10)) latents (G_ch $WIDTH)"
seconds biggan "$ITGAN" train-gan --dataset "$DATA" --arch biggan32 --width "$WIDTH" --d-width "$WIDTH" --steps 1 \
    --checkpoint-every 1 --classifier none --device "$DEVICE" --out "$WORK/biggan" >/dev/null
G="$WORK/biggan/generator_latest.pt"
echo "inversion of $scale, 20 iterations, $DEVICE: $(seconds inv-paper "$ITGAN" invert --dataset "$DATA" \
    --generator "$G" -k "$PER_CLASS" --iterations 20 --checkpoint-every 20 --device "$DEVICE" --out "$WORK/inv-paper") s"
echo "IT-GAN of $scale, 10 iterations, $DEVICE: $(seconds itgan-paper "$ITGAN" condense --from "$WORK/inv-paper" \
    --iterations 10 --checkpoint-every 10 --device "$DEVICE" --out "$WORK/itgan-paper") s"
seconds export "$ITGAN" export --from "$WORK/itgan-paper" --format torch --out "$WORK/itgan-set.pt" --device "$DEVICE" >/dev/null
echo "evaluation, ConvNet on the $((PER_CLASS * 10)) IT-GAN images, 5 epochs, $DEVICE: $(seconds eval-paper "$ITGAN" \
    evaluate --dataset "$DATA" --images "$WORK/itgan-set.pt" --epochs 5 --device "$DEVICE" --out "$WORK/eval-paper") s"
echo "per-iteration and per-epoch seconds: $WORK/*/events.jsonl"
