#pragma once
// Helpers shared by the engine tests: fixture files and tensor comparisons.
#include "core/base/Errors.h"
#include "core/io/StateDict.h"
#include "core/io/TensorIo.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace itgan::test {

// The message of the ErrorType that f throws; empty when f returns, and "wrong exception
// type: …" for any other exception (so a check on the message fails in both cases).
template <typename ErrorType = std::exception, typename F>
QString errorOf(F &&f)
{
    try {
        f();
    } catch (const std::exception &e) {
        if constexpr (!std::is_same_v<ErrorType, std::exception>)
            if (!dynamic_cast<const ErrorType *>(&e))
                return QString("wrong exception type: ") + QString::fromUtf8(e.what());
        return QString::fromUtf8(e.what());
    }
    return {};
}

// ../shared/fixtures beside the checkout, or $ITGAN_FIXTURES when set.
std::string fixturePath(const std::string &name);
// Loads a fixture dict; QFAIL-style errors are left to the caller (throws IoError).
TensorMap loadFixture(const std::string &name);
// Fixture entry with int8 weights dequantised by their qscale.
torch::Tensor entry(const TensorMap &fx, const std::string &key);

// max |got - want|
double maxAbsDiff(const torch::Tensor &got, const torch::Tensor &want);
// The fixtures' tolerance: |Δ| <= absTol + relTol·max|want|.
bool closeTo(const torch::Tensor &got, const torch::Tensor &want, double absTol = 1e-5, double relTol = 1e-5);
QString describeDiff(const std::string &what, const torch::Tensor &got, const torch::Tensor &want);

// Conformance with a reference result on any x86-64 CPU.
//
// The reference values were computed in float32 on one CPU; ours run in float32 on this
// one. Different instruction sets (AVX-512 vs AVX2 oneDNN kernels, OpenBLAS's SkylakeX vs
// Haswell/Zen kernels) sum the same K products per output in different orders, so the
// two float32 results differ by rounding that grows with K, with the depth of the network
// and with the values' magnitude relative to what normalisation layers leave (an instance
// norm over a 2×2 plane amplifies its input's error by |x|/σ). A fixed tolerance is right
// on one CPU and wrong on the other (VGG11's embed: 0 on AVX-512, 9.2e-5 capped to AVX2,
// against the fixtures' 3.3e-5).
//
// So the bound is derived from this computation itself: run the same network in float64
// (ours64 ≈ the exact result: float64 rounding is 2^29 times smaller) and measure our
// float32 rounding error E = max|ours32 − ours64| on this CPU. The reference is the same
// computation rounded in another order, an error of the same distribution: |ref − exact|
// ≈ E, and we allow up to 2E for the spread between two maxima of such errors. Hence
//     |ours32 − ref| ≤ |ours32 − exact| + |ref − exact| ≤ E + 2E = 3E,
// and ours64 (no float32 rounding of ours at all) must also lie within 3E of the
// reference. The fixtures' own tolerance 1e-5 + 1e-5·max|ref| stays as the floor, so a
// computation with tiny rounding is not held to less than that.
//
// A real error is not rounding: it moves ours32 and ours64 alike, so E stays at rounding
// size while the distance to the reference grows (tst_network_conformance shows a
// one-ulp change of every weight passing and one dropped product term failing). A fast
// path that exists for float32 only would inflate E instead; E above 2^-10·max|ref|
// (14 of float32's 24 bits lost to rounding; never below the floor) is therefore reported
// as an error, and
// the fast paths are checked against the modules by tst_fused_blocks / tst_winograd.
struct ReferenceCheck {
    bool passed = false;
    QString message; // what was compared: E, the tolerance, both distances
};
// ITGAN_TEST_PRINT_TOLERANCES=1 prints every check's figures, passed or not.
// In a test function: fails it with the figures when the check does not pass.
#define ITGAN_VERIFY_REFERENCE(what, ours32, ours64, reference)                                                   \
    do {                                                                                                           \
        const auto referenceCheck_ = ::itgan::test::checkAgainstReference(what, ours32, ours64, reference);      \
        QVERIFY2(referenceCheck_.passed, qPrintable(referenceCheck_.message));                                     \
    } while (false)
ReferenceCheck checkAgainstReference(const std::string &what, const torch::Tensor &ours32, const torch::Tensor &ours64,
                                     const torch::Tensor &reference);

// Whether Debian's /usr/bin/python3 can import torch (python3-torch installed).
bool pythonHasTorch();
// Runs a Python script with /usr/bin/python3; returns the exit code (-1 when it did not
// finish) and its stderr + stdout.
int runPython(const QString &script, const QStringList &args, QString *output);

// `milliseconds` times ITGAN_TEST_TIME_SCALE (default 1): the limits of tests that wait for
// programs, raised together with CTest's TIMEOUT by the sanitizer presets, whose
// instrumented programs run several times slower (tests/CMakeLists.txt).
int scaledTimeout(int milliseconds);

// What a program run by runProgram did: its exit code (-2 when it crashed, -1 when it did
// not finish in time and was killed), its output and how long it took.
struct ProgramResult {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 milliseconds = 0;
};
// timeoutMs is scaled by scaledTimeout.
ProgramResult runProgram(const QString &program, const QStringList &args,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 600000);

// Every file under `root` (relative name) with its content hash, a link by its target, a
// folder as "folder": the tree a failed command or a refused file must leave as it found it.
using FileTree = std::map<std::string, std::string>;
FileTree treeOf(const std::string &root);
// "removed a, changed b, created c", or empty when nothing changed.
QString describeTreeChange(const FileTree &before, const FileTree &after);

// Writes `bytes` to `path`, creating its folders: test inputs, good and bad.
void writeFileBytes(const std::string &path, const std::string &bytes);

// Writes <dir>/<prefix>-images-idx3-ubyte and -labels-idx1-ubyte (uncompressed IDX) from
// uint8 images [N,1,H,W] and int64 labels [N]: small real datasets for tests.
void writeIdxSplit(const std::string &dir, const std::string &prefix, const torch::Tensor &images,
                   const torch::Tensor &labels);
// A seeded class-balanced subset of Fashion-MNIST (trainPerClass + testPerClass images per
// class) written as IDX files into `dir`; returns `dir`. The loader names it after the folder
// and gives it its own normalisation. For tests whose subject is not the accuracy on the
// whole test split: an evaluation then tests 10·testPerClass images instead of 10 000.
std::string writeFashionMnistSubset(const std::string &dir, int64_t trainPerClass, int64_t testPerClass);

// A fresh temporary folder (removed by the OS's tmp cleaning; tests remove what they can).
std::string makeTempDir(const std::string &tag);

} // namespace itgan::test
