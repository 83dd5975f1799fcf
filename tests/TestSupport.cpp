// Helpers the test programs share (fixtures, tensor comparison, temporary folders). Not a
// test itself: the verdicts are the QVERIFY2s of the programs that call these, and the one
// rule with judgement in it, checkAgainstReference, is tested on constructed values by
// tst_network_conformance::referenceCheckFollowsItsBound.
#include "TestSupport.h"

#include "core/data/DatasetLoader.h"
#include "core/io/RunDirectory.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QtGlobal>

#include <algorithm>
#include <sstream>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;

namespace itgan::test {

std::string fixturePath(const std::string &name)
{
    const char *env = std::getenv("ITGAN_FIXTURES");
    const std::string dir = env && *env ? env : ITGAN_FIXTURES_DIR;
    return (fs::path(dir) / name).string();
}

TensorMap loadFixture(const std::string &name)
{
    return loadTensorMap(fixturePath(name));
}

torch::Tensor entry(const TensorMap &fx, const std::string &key)
{
    auto it = fx.find(key);
    if (it == fx.end())
        throw std::runtime_error("fixture has no key " + key);
    torch::Tensor t = it->second;
    if (t.scalar_type() == torch::kInt8 && key.rfind("param.", 0) == 0)
        t = t.to(torch::kFloat32) * fx.at("qscale." + key.substr(6)).to(torch::kFloat32);
    return t;
}

double maxAbsDiff(const torch::Tensor &got, const torch::Tensor &want)
{
    if (got.sizes() != want.sizes())
        return std::numeric_limits<double>::infinity();
    return (got.detach().to(torch::kFloat64) - want.detach().to(torch::kFloat64)).abs().max().item<double>();
}

bool closeTo(const torch::Tensor &got, const torch::Tensor &want, double absTol, double relTol)
{
    const double scale = want.numel() ? want.detach().to(torch::kFloat64).abs().max().item<double>() : 0.0;
    return maxAbsDiff(got, want) <= absTol + relTol * scale;
}

QString describeDiff(const std::string &what, const torch::Tensor &got, const torch::Tensor &want)
{
    std::ostringstream s;
    s << what << ": max |diff| = " << maxAbsDiff(got, want) << " (got shape " << got.sizes() << ", want "
      << want.sizes() << ")";
    return QString::fromStdString(s.str());
}

ReferenceCheck checkAgainstReference(const std::string &what, const torch::Tensor &ours32, const torch::Tensor &ours64,
                                     const torch::Tensor &reference)
{
    constexpr double kReferenceSpread = 2.0;               // |ref − exact| ≤ 2E (see the header)
    constexpr double kMaxRoundingShare = 1.0 / 1024.0;     // E beyond 2^-10 of the scale is no rounding
    const double scale = reference.numel() ? reference.detach().to(torch::kFloat64).abs().max().item<double>() : 0.0;
    const double ownRounding = maxAbsDiff(ours32, ours64);
    const double floor = 1e-5 + 1e-5 * scale;
    const double tolerance = std::max(floor, (1.0 + kReferenceSpread) * ownRounding);
    const double diff32 = maxAbsDiff(ours32, reference), diff64 = maxAbsDiff(ours64, reference);
    ReferenceCheck check;
    // Rounding below the floor is never suspicious (a quantity that is exactly 0, such as a
    // conv bias's gradient in front of an instance norm, consists of rounding only).
    const bool plausibleRounding = ownRounding <= std::max(floor, kMaxRoundingShare * scale);
    check.passed = diff32 <= tolerance && diff64 <= tolerance && plausibleRounding;
    std::ostringstream s;
    s << what << ": |ours32 - ref| = " << diff32 << ", |ours64 - ref| = " << diff64 << ", tolerance " << tolerance
      << " (own float32 rounding E = " << ownRounding << ", floor " << floor << ", max|ref| = " << scale << ")";
    if (!plausibleRounding)
        s << "; E exceeds 2^-10 of max|ref|: not float32 rounding";
    check.message = QString::fromStdString(s.str());
    if (std::getenv("ITGAN_TEST_PRINT_TOLERANCES"))
        qInfo("%s", qPrintable(check.message));
    return check;
}

std::string makeTempDir(const std::string &tag)
{
    std::random_device rd;
    const fs::path dir = fs::temp_directory_path() / ("itgan-test-" + tag + "-" + std::to_string(rd()));
    fs::create_directories(dir);
    return dir.string();
}

bool pythonHasTorch()
{
    return runPython("import torch", {}, nullptr) == 0;
}

int runPython(const QString &script, const QStringList &args, QString *output)
{
    QProcess p;
    p.start("/usr/bin/python3", QStringList{"-c", script} + args);
    const bool finished = p.waitForFinished(180000) && p.exitStatus() == QProcess::NormalExit;
    if (output)
        *output = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
    return finished ? p.exitCode() : -1;
}

int scaledTimeout(int milliseconds)
{
    const int scale = qEnvironmentVariableIntValue("ITGAN_TEST_TIME_SCALE");
    return scale > 1 ? milliseconds * scale : milliseconds;
}

ProgramResult runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    ProgramResult result;
    if (!process.waitForFinished(scaledTimeout(timeoutMs))) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.milliseconds = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

FileTree treeOf(const std::string &root)
{
    FileTree tree;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
        const std::string name = fs::relative(it->path(), root).string();
        if (it->is_symlink()) {
            tree[name] = "link " + fs::read_symlink(it->path()).string();
            it.disable_recursion_pending();
        } else if (it->is_regular_file()) {
            tree[name] = fileContentHash(it->path().string());
        } else {
            tree[name] = "folder";
        }
    }
    return tree;
}

QString describeTreeChange(const FileTree &before, const FileTree &after)
{
    QStringList changes;
    for (const auto &[name, hash] : before)
        if (!after.count(name))
            changes << QString::fromStdString("removed " + name);
        else if (after.at(name) != hash)
            changes << QString::fromStdString("changed " + name);
    for (const auto &[name, hash] : after)
        if (!before.count(name))
            changes << QString::fromStdString("created " + name);
    return changes.join(", ");
}


void writeFileBytes(const std::string &path, const std::string &bytes)
{
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

void writeIdxSplit(const std::string &dir, const std::string &prefix, const torch::Tensor &images,
                   const torch::Tensor &labels)
{
    // IDX: two zero bytes, the element type (0x08: unsigned byte), the number of dimensions,
    // then each dimension as a big-endian uint32, then the elements.
    const auto idx = [](const std::vector<int64_t> &sizes, const torch::Tensor &bytes) {
        std::string out{'\0', '\0', '\x08', static_cast<char>(sizes.size())};
        for (int64_t size : sizes)
            for (int shift : {24, 16, 8, 0})
                out.push_back(static_cast<char>((static_cast<uint32_t>(size) >> shift) & 0xFF));
        const torch::Tensor flat = bytes.to(torch::kUInt8).contiguous();
        out.append(reinterpret_cast<const char *>(flat.data_ptr<uint8_t>()), static_cast<size_t>(flat.numel()));
        return out;
    };
    const int64_t n = images.size(0);
    writeFileBytes(dir + "/" + prefix + "-images-idx3-ubyte", idx({n, images.size(-2), images.size(-1)}, images));
    writeFileBytes(dir + "/" + prefix + "-labels-idx1-ubyte", idx({n}, labels));
}

std::string writeFashionMnistSubset(const std::string &dir, int64_t trainPerClass, int64_t testPerClass)
{
    const Dataset full = loadDataset({});
    const DatasetSplit train = subsetPerClass(full.train, full.numClasses(), trainPerClass, 0);
    const DatasetSplit test = subsetPerClass(full.test, full.numClasses(), testPerClass, 0);
    writeIdxSplit(dir, "train", train.images, train.labels);
    writeIdxSplit(dir, "t10k", test.images, test.labels);
    return dir;
}

} // namespace itgan::test
