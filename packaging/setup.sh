#!/usr/bin/env bash
# Installs every Debian 12 package IT-GAN Studio needs to build, run and test.
# Idempotent: packages already present are skipped by apt. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    libtorch-dev libopenblas0-openmp libblas-dev libdnnl-dev libgloo-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
    libqcustomplot-dev libqcustomplot2.1-qt6
    libopencv-dev zlib1g-dev nlohmann-json3-dev libcli11-dev libjemalloc-dev
    dataset-fashion-mnist
    xvfb xauth fonts-dejavu-core fonts-noto-cjk
    python3-torch appstream desktop-file-utils groff-base dpkg-dev file lintian
)

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${#missing[@]} package(s): ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "setup: all ${#PACKAGES[@]} packages already installed"
fi
