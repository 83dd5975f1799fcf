#!/usr/bin/env bash
# Builds the ThreadSanitizer-instrumented libQt6Core that the `tsan` preset's tests load (README, "Sanitizers").
#
# Why: the studio's threads hand work to each other through Qt — queued signals, invokeMethod functors, the
# post-event queue, QMutex's futex path, the thread pool — and that synchronisation lives inside libQt6Core. Left
# uninstrumented, TSan never sees those happens-before edges and reports races that do not exist. Debian ships no
# instrumented Qt, so this script builds QtCore alone (≈ 300 compiler runs, ~20 min on 2 cores) from Debian's own
# qt6-base source of the installed version, with the QtCore features Debian's build has, and checks that the result
# exports every symbol the system library does: it stands in for libQt6Core.so.6 under the system's QtGui/QtWidgets.
#
# Usage: bash packaging/build-tsan-qtcore.sh [OUTPUT_DIR]   (default build-tsan/qtcore-tsan; run from the repository)
# Needs root or sudo for apt (the source package and QtCore's build dependencies). Re-running reuses the build.
set -euo pipefail

out=$(realpath -m "${1:-build-tsan/qtcore-tsan}")
work=${ITGAN_QTCORE_TSAN_WORK:-/var/tmp/itgan-qtcore-tsan}
system_lib=/usr/lib/x86_64-linux-gnu/libQt6Core.so.6
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

version=$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null) || {
    echo "build-tsan-qtcore: libqt6core6 is not installed; run packaging/setup.sh first" >&2
    exit 1
}
echo "build-tsan-qtcore: QtCore of qt6-base $version into $out (work folder $work)"

export DEBIAN_FRONTEND=noninteractive
# QtCore's build dependencies in Debian's configuration (ICU, glib, PCRE2, zlib, zstd, double-conversion, libb2), and
# the installed Qt's private headers (their qtcore-config_p.h is the reference the features are checked against).
$SUDO apt-get install -y -q --no-install-recommends dpkg-dev qt6-base-private-dev libglib2.0-dev libicu-dev libpcre2-dev \
    zlib1g-dev libzstd-dev libdouble-conversion-dev libb2-dev >/dev/null

mkdir -p "$work"
cd "$work"
if [ ! -d src ]; then
    if ! apt-get source --download-only "qt6-base=$version" >/dev/null 2>&1; then
        # Source packages come from deb-src entries; add them for the suites the binary packages come from.
        sources=/etc/apt/sources.list.d/debian.sources
        [ -f "$sources" ] || { echo "build-tsan-qtcore: $sources not found; add a deb-src entry for qt6-base" >&2; exit 1; }
        sed 's/^Types: deb$/Types: deb-src/' "$sources" | $SUDO tee /etc/apt/sources.list.d/itgan-debian-src.sources >/dev/null
        $SUDO apt-get update -q >/dev/null
        apt-get source --download-only "qt6-base=$version" >/dev/null
    fi
    dpkg-source -x qt6-base_*.dsc src >/dev/null
fi

# Debian's configuration (debian/rules' configure line): its install paths, which QLibraryInfo reports (where the
# platform plugins and translations are; nothing is installed), and its QtCore features, checked below against the
# installed qtcore-config_p.h. The other modules are switched off: only libQt6Core is built. -O1 keeps TSan's
# slowdown moderate.
triplet=x86_64-linux-gnu
mkdir -p build
cmake -S src -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DCMAKE_INSTALL_PREFIX=/usr -DINSTALL_BINDIR=lib/qt6/bin -DINSTALL_LIBDIR=lib/$triplet \
    -DINSTALL_LIBEXECDIR=lib/qt6/libexec -DINSTALL_ARCHDATADIR=lib/$triplet/qt6 -DINSTALL_DATADIR=share/qt6 \
    -DINSTALL_HOSTDATADIR=lib/$triplet/qt6 -DINSTALL_DOCDIR=share/qt6/doc -DINSTALL_SYSCONFDIR=/etc/xdg \
    -DINSTALL_INCLUDEDIR=include/$triplet/qt6 -DINSTALL_PLUGINDIR=lib/$triplet/qt6/plugins \
    -DINSTALL_TRANSLATIONDIR=share/qt6/translations -DINSTALL_MKSPECSDIR=lib/$triplet/qt6/mkspecs \
    -DINSTALL_EXAMPLESDIR=lib/$triplet/qt6/examples \
    -DFEATURE_sanitize_thread=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
    -DFEATURE_gui=OFF -DFEATURE_widgets=OFF -DFEATURE_dbus=OFF -DFEATURE_network=OFF -DFEATURE_sql=OFF \
    -DFEATURE_testlib=OFF -DFEATURE_xml=OFF -DFEATURE_concurrent=OFF -DFEATURE_printsupport=OFF -DFEATURE_opengl=OFF \
    -DFEATURE_mimetype_database=OFF -DFEATURE_doubleconversion=ON -DFEATURE_system_doubleconversion=ON \
    -DFEATURE_glib=ON -DFEATURE_icu=ON -DFEATURE_pcre2=ON -DFEATURE_system_pcre2=ON -DFEATURE_zlib=ON \
    -DFEATURE_system_zlib=ON -DFEATURE_zstd=ON -DFEATURE_system_libb2=ON -DFEATURE_journald=OFF -DFEATURE_syslog=OFF \
    -DFEATURE_rpath=OFF -DFEATURE_relocatable=OFF >build/configure.log

private_config=$(find /usr/include/x86_64-linux-gnu/qt6/QtCore -name qtcore-config_p.h | head -1)
if [ -n "$private_config" ] && ! diff <(grep '#define QT_FEATURE' "$private_config") \
    <(grep '#define QT_FEATURE' build/src/corelib/qtcore-config_p.h); then
    echo "build-tsan-qtcore: QtCore's private features differ from the installed Qt's (above)" >&2
    exit 1
fi

ninja -C build -j"$(nproc)" Core
built=build/lib/$triplet/libQt6Core.so.6

# A drop-in replacement exports every symbol, with its Qt_6 / Qt_6_PRIVATE_API version, that the system's does; it
# may export more (-O1 keeps some inline functions out of line). Standard-library names Qt happens to export
# (std::piecewise_construct) are not required: every program that uses them defines its own.
symbols() { nm -D --defined-only --with-symbol-versions "$1" | awk '{print $NF}' | sort; }
comm -23 <(symbols "$system_lib") <(symbols "$built") | grep -Ev '^_Z(NK?)?St' >build/missing-symbols.txt || true
if [ -s build/missing-symbols.txt ]; then
    echo "build-tsan-qtcore: the built libQt6Core lacks $(wc -l <build/missing-symbols.txt) symbol(s) of $system_lib" \
        "(listed in $work/build/missing-symbols.txt)" >&2
    exit 1
fi

mkdir -p "$out"
cp -L "$built" "$out/libQt6Core.so.6.tmp"
mv "$out/libQt6Core.so.6.tmp" "$out/libQt6Core.so.6"
echo "build-tsan-qtcore: $out/libQt6Core.so.6 (instrumented; the tsan preset's tests load it)"
