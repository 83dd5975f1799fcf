// Nothing loads wrong and nothing resumes wrong: damaged .pt files are refused (the CRC-32
// their writer stored, the bundled models' shipped content hashes), Python's one-item
// containers load, IDX datasets are known by content, and `--resume` refuses what it
// cannot honour (changed options, an edited config.json, a changed dataset) while it
// survives a deleted checkpoint and a different working directory.
#include "TestSupport.h"

#include "core/base/Errors.h"
#include "core/data/DatasetLoader.h"
#include "core/generators/GeneratorFile.h"
#include "core/io/BundledModels.h"
#include "core/io/PickleCompat.h"
#include "core/io/RunDirectory.h"
#include "core/io/TensorIo.h"

#include <QProcess>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace itgan;

namespace {

void writeBytes(const std::string &path, const std::vector<char> &bytes)
{
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

struct Cli {
    int exitCode = -1;
    QString err;
};

// Runs the itgan CLI in `workingDir` (the test's temporary folder unless given).
Cli runItgan(const QStringList &args, const std::string &workingDir)
{
    QProcess p;
    p.setWorkingDirectory(QString::fromStdString(workingDir));
    p.start(ITGAN_CLI_PATH, args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardError())};
}

std::vector<int64_t> iterationsLogged(const std::string &runDir)
{
    std::vector<int64_t> iterations;
    std::ifstream in(runDir + "/events.jsonl");
    for (std::string line; std::getline(in, line);) {
        const auto event = nlohmann::json::parse(line);
        if (event.contains("iteration") && !event.contains("control"))
            iterations.push_back(event["iteration"].get<int64_t>());
    }
    return iterations;
}

// IDX files with the given labels (images 1×2×2, pixel = index mod 256).
void writeIdxSet(const std::string &dir, const std::string &prefix, const std::vector<uint8_t> &labels)
{
    const auto n = static_cast<int64_t>(labels.size());
    const torch::Tensor images = (torch::arange(n * 4, torch::kInt64) % 256).to(torch::kUInt8).view({n, 1, 2, 2});
    const torch::Tensor labelTensor = torch::tensor(std::vector<int64_t>(labels.begin(), labels.end()), torch::kInt64);
    test::writeIdxSplit(dir, prefix, images, labelTensor);
}

} // namespace

class IntegrityTest : public QObject {
    Q_OBJECT

private:
    std::string m_dir;

private slots:
    void init() { m_dir = test::makeTempDir("integrity"); }
    void cleanup() { fs::remove_all(m_dir); }

    // One flipped byte anywhere in a record of a .pt file (here ten places across the bundled
    // generator, weights and pickle alike) is refused with the file named; the intact copy
    // loads; a truncated copy is refused as truncated.
    void damagedArchivesAreRefused()
    {
        const std::vector<char> original = readFileBytes(bundledModelPath(kBundledGenerator));
        const std::string copy = m_dir + "/g.pt";
        writeBytes(copy, original);
        QVERIFY(loadGenerator(copy).generator); // the control: intact bytes load
        for (int i = 1; i <= 10; ++i) {
            std::vector<char> damaged = original;
            damaged[damaged.size() * i / 11] ^= 0x10;
            writeBytes(copy, damaged);
            const QString e = test::errorOf([&] { loadGenerator(copy); });
            QVERIFY2(e.contains(QString::fromStdString(copy)) && e.contains("damaged"),
                     qPrintable(QString("flip at %1: %2").arg(damaged.size() * i / 11).arg(e)));
        }
        writeBytes(copy, std::vector<char>(original.begin(), original.begin() + static_cast<long>(original.size() / 2)));
        const QString e = test::errorOf([&] { loadTensorMap(copy); });
        QVERIFY2(e.contains("damaged or truncated"), qPrintable(e));
    }

    // A bundled model whose bytes are a valid archive but not the ones shipped (a weight
    // changed and saved again: every CRC-32 fits) is refused by its shipped content hash.
    void bundledModelsCarryTheirContentHashes()
    {
        const std::string resources = m_dir + "/resources";
        fs::create_directories(resources + "/models");
        const std::string shipped = fs::path(bundledModelPath(kBundledClassifier)).parent_path().string();
        for (const char *name : {kBundledClassifier, kBundledGenerator, kBundledModelHashes})
            fs::copy_file(shipped + "/" + name, resources + "/models/" + name);
        ::setenv("ITGAN_RESOURCES", resources.c_str(), 1);
        QCOMPARE(fs::path(bundledModelPath(kBundledGenerator)).parent_path(), fs::path(resources + "/models"));
        TensorMap weights = loadTensorMap(resources + "/models/" + kBundledClassifier);
        auto &first = weights.begin()->second;
        first.view(-1)[0] += 1e-3;
        saveTensorMap(weights, resources + "/models/" + kBundledClassifier);
        const QString e = test::errorOf([] { bundledModelPath(kBundledClassifier); });
        ::unsetenv("ITGAN_RESOURCES");
        QVERIFY2(e.contains("damaged bundled model") && e.contains(kBundledModelHashes), qPrintable(e));
    }

    // Python's torch.save writes SETITEM for {'z': z} and APPEND for a one-element list;
    // LibTorch alone cannot read either (the control), this project can.
    void pythonOneItemContainersLoad()
    {
        const std::string data = std::string(ITGAN_TEST_DATA_DIR);
        const std::vector<char> oneKey = readArchiveBytes(data + "/python_one_key_dict.pt");
        QVERIFY(!test::errorOf([&] { torch::pickle_load(oneKey); }).isEmpty());
        const torch::Tensor z = loadTensor(data + "/python_one_key_dict.pt", "z");
        QCOMPARE(z.sizes(), (c10::IntArrayRef{2, 3}));
        QVERIFY(torch::allclose(z, torch::tensor({0.0f, 0.1f, 0.2f, 1.0f, 1.1f, 1.2f}).view({2, 3})));

        const c10::IValue value = unpickleWithSingleItemOpcodes(readArchiveBytes(data + "/python_one_element_list.pt"));
        const auto dict = value.toGenericDict();
        const auto names = dict.at("names").toList();
        QCOMPARE(names.size(), size_t(1));
        QCOMPARE(names.get(0).toStringRef(), std::string("only"));
        QVERIFY(torch::equal(dict.at("z").toTensor(), torch::tensor({1.0f, 2.0f})));
        // A pickle without single-item opcodes passes through unchanged.
        const std::string plain = "\x80\x02}q\x00.";
        QCOMPARE(rewriteSingleItemOpcodes(plain), plain);
    }

    // Fashion-MNIST in a folder called "mnist" is Fashion-MNIST; MNIST's class counts are
    // MNIST; anything else is a generic IDX set named after its folder.
    void idxDatasetsAreKnownByContent()
    {
        const std::string disguised = m_dir + "/mnist";
        fs::create_directories(disguised);
        for (const auto &entry : fs::directory_iterator(kFashionMnistDir))
            fs::create_symlink(entry.path(), disguised + "/" + entry.path().filename().string());
        const Dataset fashion = loadDataset({disguised});
        QCOMPARE(fashion.name, std::string("fashion-mnist"));
        QCOMPARE(fashion.classNames.front(), std::string("T-shirt/top"));
        QVERIFY(fashion.allowsHorizontalFlip());
        QCOMPARE(datasetContentHash(fashion), datasetContentHash(loadDataset({"fashion-mnist"})));

        const std::vector<int64_t> mnistCounts = {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949};
        std::vector<uint8_t> labels;
        for (int c = 0; c < 10; ++c)
            labels.insert(labels.end(), static_cast<size_t>(mnistCounts[static_cast<size_t>(c)]), static_cast<uint8_t>(c));
        const std::string digits = m_dir + "/fashion-digits"; // the name says fashion; the content says MNIST
        fs::create_directories(digits);
        writeIdxSet(digits, "train", labels);
        writeIdxSet(digits, "t10k", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        const Dataset mnist = loadDataset({digits});
        QCOMPARE(mnist.name, std::string("mnist"));
        QVERIFY(!mnist.allowsHorizontalFlip());

        labels.back() = 0; // one label different: no longer MNIST's counts
        writeIdxSet(digits, "train", labels);
        const Dataset generic = loadDataset({digits});
        QCOMPARE(generic.name, std::string("idx-fashion-digits"));
        QCOMPARE(generic.classNames.front(), std::string("class 0"));
        QVERIFY(datasetContentHash(generic) != datasetContentHash(mnist));
    }

    // --resume continues exactly what was started, or says why it cannot.
    void resumeRefusesWhatItCannotHonour()
    {
        // The dataset by a relative path (a link to Fashion-MNIST), run from m_dir.
        fs::create_directory_symlink(kFashionMnistDir, m_dir + "/fm");
        const std::string run = m_dir + "/inv";
        const QStringList start = {"invert", "--dataset", "fm", "-k", "1", "--iterations", "4", "--checkpoint-every", "2",
                                   "--threads", "1", "--out", "inv"};
        Cli r = runItgan(start, m_dir);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::vector<char> latents = readFileBytes(run + "/latents.pt");
        const QString out = QString::fromStdString(run);

        // From another working directory: the stored dataset path is absolute. Every resume that
        // computes runs with the first run's thread count: the thread count is not part of the run
        // (README, "Same result"), and on some CPUs (seen on an AVX-512 Intel Xeon, not on an AMD EPYC)
        // another count changes the last bits of what a resume recomputes (the per-image errors).
        r = runItgan({"invert", "--out", out, "--resume", "--threads", "1"}, "/");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // An option that disagrees with the stored settings is named, not ignored.
        r = runItgan({"invert", "--out", out, "--resume", "--lr", "0.5"}, "/");
        QVERIFY2(r.exitCode == 1 && r.err.contains("--lr 0.5") && r.err.contains("inversion.learning_rate"), qPrintable(r.err));
        r = runItgan({"invert", "--out", out, "--resume", "--dataset", "/usr/share/datasets"}, "/");
        QVERIFY2(r.exitCode == 1 && r.err.contains("--dataset"), qPrintable(r.err));
        QVERIFY(runItgan({"invert", "--out", out, "--resume", "--lr", "0.1", "--threads", "1"}, "/").exitCode == 0); // the stored value

        // An edited config.json is named by its key against the checkpoint's copy.
        const std::vector<char> config = readFileBytes(run + "/config.json");
        auto edited = nlohmann::json::parse(std::string(config.begin(), config.end()));
        edited["inversion"]["learning_rate"] = 0.2;
        std::ofstream(run + "/config.json") << edited.dump(2);
        r = runItgan({"invert", "--out", out, "--resume"}, "/");
        QVERIFY2(r.exitCode == 1 && r.err.contains("inversion.learning_rate") && r.err.contains("changed after the run started"),
                 qPrintable(r.err));
        writeBytes(run + "/config.json", config);

        // A damaged checkpoint is refused, and nothing in the folder changes.
        const std::vector<char> checkpoint = readFileBytes(run + "/checkpoint.pt");
        std::vector<char> damaged = checkpoint;
        damaged[damaged.size() / 3] ^= 0x01;
        writeBytes(run + "/checkpoint.pt", damaged);
        r = runItgan({"invert", "--out", out, "--resume"}, "/");
        QVERIFY2(r.exitCode == 1 && r.err.contains("checkpoint.pt") && r.err.contains("damaged"), qPrintable(r.err));
        QVERIFY(readFileBytes(run + "/latents.pt") == latents);

        // A deleted checkpoint starts again from 0 — saying so — without logging iterations twice,
        // and ends with the same latents.
        fs::remove(run + "/checkpoint.pt");
        fs::remove(run + "/latents.pt");
        r = runItgan({"invert", "--out", out, "--resume", "--threads", "1"}, "/");
        QVERIFY2(r.exitCode == 0 && r.err.contains("starting again from iteration 0"), qPrintable(r.err));
        QCOMPARE(iterationsLogged(run), (std::vector<int64_t>{1, 2, 3, 4}));
        QVERIFY(readFileBytes(run + "/latents.pt") == latents);

        // The same path with other content: the dataset's hash names the change.
        fs::remove(m_dir + "/fm");
        fs::create_directories(m_dir + "/fm");
        for (const auto &entry : fs::directory_iterator(kFashionMnistDir))
            fs::create_symlink(entry.path(), m_dir + "/fm/" + entry.path().filename().string());
        const Dataset real = loadDataset({"fashion-mnist"});
        const torch::Tensor test = real.test.images.contiguous().clone();
        test.view(-1)[0] += 1; // one pixel of one test image
        fs::remove(m_dir + "/fm/t10k-images-idx3-ubyte.gz");
        std::vector<char> idx = {0, 0, 0x08, 3, 0, 0, 0x27, 0x10, 0, 0, 0, 28, 0, 0, 0, 28}; // 10 000 × 28 × 28
        idx.insert(idx.end(), static_cast<const char *>(test.data_ptr()),
                   static_cast<const char *>(test.data_ptr()) + test.numel());
        writeBytes(m_dir + "/fm/t10k-images-idx3-ubyte", idx);
        r = runItgan({"invert", "--out", out, "--resume"}, "/");
        QVERIFY2(r.exitCode == 1 && r.err.contains("the content of its dataset changed"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(IntegrityTest)
#include "tst_integrity.moc"
