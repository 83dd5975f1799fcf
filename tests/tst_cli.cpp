// The `itgan` command-line tool as a user runs it: help, predict against the reference
// networks (and Python's torch.load when Debian's python3-torch is present),
// train-classifier and evaluate run directories, and clear errors with non-zero exits.
#include "TestSupport.h"

#include "core/base/ComputeDevice.h"
#include "core/base/Errors.h"
#include "core/data/DatasetLoader.h"
#include "core/io/BundledModels.h"
#include "core/io/TensorIo.h"

#include <QImage>
#include <QProcess>
#include <QtTest>

#include <sys/resource.h>

#include <limits>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace itgan;

namespace {

using Result = test::ProgramResult;

Result runItgan(const QStringList &args, int timeoutMs = 300000)
{
    return test::runProgram(ITGAN_CLI_PATH, args, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

// A fixture's reference weights as the plain dict a PyTorch user would save.
TensorMap plainWeights(const TensorMap &fx)
{
    TensorMap w;
    for (const auto &[key, value] : fx)
        if (key.rfind("param.", 0) == 0)
            w[key.substr(6)] = test::entry(fx, key);
    return w;
}

nlohmann::json readJson(const std::string &path)
{
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

} // namespace

// Every colour (0xRRGGBB) a picture holds.
static QSet<QRgb> coloursIn(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y) & 0xffffff);
    return colours;
}

class CliTest : public QObject {
    Q_OBJECT

private:
    std::string m_dir;

private slots:
    void init() { m_dir = test::makeTempDir("cli"); }
    void cleanup() { fs::remove_all(m_dir); }

    // A write that cannot finish (here a file-size limit, `ulimit -f`; a full disk takes the
    // same path with "No space left on device") is reported with the file and the reason,
    // exit 1; the temporary goes and the last checkpoint stays as it was.
    void failedWritesKeepTheLastCheckpoint()
    {
        const QString out = QString::fromStdString(m_dir + "/dm");
        QProcess run;
        run.start(ITGAN_CLI_PATH, {"dm", "-k", "2", "--iterations", "100000", "--checkpoint-every", "2",
                                   "--real-batch", "16", "--threads", "1", "--out", out});
        QVERIFY(run.waitForStarted());
        const std::string checkpoint = out.toStdString() + "/checkpoint.pt";
        QTRY_VERIFY_WITH_TIMEOUT(fs::exists(checkpoint) && fs::exists(out.toStdString() + "/history"), 120000);
        run.kill();
        QVERIFY(run.waitForFinished());
        const std::vector<char> before = readFileBytes(checkpoint);
        QVERIFY(before.size() > 100 * 1024); // 20 images + their SGD momentum: over the limit below

        QProcess limited;
        limited.setChildProcessModifier([] {
            const rlimit limit{100 * 1024, 100 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        limited.start(ITGAN_CLI_PATH, {"dm", "--out", out, "--resume"});
        QVERIFY(limited.waitForFinished(120000));
        const QString err = QString::fromUtf8(limited.readAllStandardError());
        QCOMPARE(limited.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
        QCOMPARE(limited.exitCode(), 1);
        QVERIFY2(err.contains("cannot write " + out + "/checkpoint.pt") && err.contains("File too large"), qPrintable(err));
        QVERIFY(readFileBytes(checkpoint) == before);
        for (const auto &entry : fs::recursive_directory_iterator(out.toStdString()))
            QVERIFY2(entry.path().filename().string().find(".tmp") == std::string::npos, entry.path().c_str());
    }

    void helpForEveryCommand()
    {
        const Result top = runItgan({"--help"});
        QCOMPARE(top.exitCode, 0);
        for (const char *cmd : {"dataset-info", "train-classifier", "evaluate", "predict", "train-gan", "sample",
                                "generator-info", "convert-generator", "gan-metrics", "invert", "condense", "dm",
                                "make-pool", "compare", "plot", "export"}) {
            QVERIFY2(top.out.contains(cmd), cmd);
            const Result sub = runItgan({cmd, "--help"});
            QCOMPARE(sub.exitCode, 0);
            QVERIFY(sub.out.contains("--"));
        }
        QVERIFY(runItgan({}).exitCode != 0);
        QVERIFY(runItgan({"no-such-command"}).exitCode != 0);
    }

    void predictReproducesTheReferenceNetworks_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("inputKey");
        QTest::addColumn<QString>("logitsKey");
        QTest::newRow("convnet 1x28x28") << "convnet_fmnist.pt" << "convnet" << "input" << "logits";
        QTest::newRow("convnet 3x32x32") << "convnet_cifar.pt" << "convnet" << "input" << "logits";
        QTest::newRow("resnet18bn") << "resnet18bn_cifar.pt" << "resnet18bn" << "eval.input" << "eval.logits";
        QTest::newRow("vgg11") << "vgg11_cifar.pt" << "vgg11" << "input" << "logits";
    }

    void predictReproducesTheReferenceNetworks()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, arch);
        QFETCH(QString, inputKey);
        QFETCH(QString, logitsKey);
        const TensorMap fx = test::loadFixture(fixture.toStdString());
        saveTensorMap(plainWeights(fx), m_dir + "/w.pt");
        saveTensor(fx.at(inputKey.toStdString()), m_dir + "/x.pt");
        const Result r = runItgan({"predict", "--arch", arch, "--weights", QString::fromStdString(m_dir + "/w.pt"),
                                   "--input", QString::fromStdString(m_dir + "/x.pt"), "--output",
                                   QString::fromStdString(m_dir + "/y.pt")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto logits = loadTensor(m_dir + "/y.pt");
        const auto &want = fx.at(logitsKey.toStdString());
        QVERIFY2(test::closeTo(logits, want), qPrintable(test::describeDiff("logits", logits, want)));

        if (!test::pythonHasTorch()) {
            qInfo("Python check skipped: /usr/bin/python3 cannot import torch (install python3-torch)");
            return;
        }
        // Python reads our file and agrees with the reference values.
        saveTensor(want, m_dir + "/want.pt");
        QProcess py;
        py.start("/usr/bin/python3", {"-c",
                                      "import sys, torch\n"
                                      "y = torch.load(sys.argv[1]); w = torch.load(sys.argv[2])\n"
                                      "assert y.shape == w.shape, (y.shape, w.shape)\n"
                                      "d = (y - w).abs().max().item()\n"
                                      "print(d); sys.exit(0 if d <= 1e-4 else 1)\n",
                                      QString::fromStdString(m_dir + "/y.pt"), QString::fromStdString(m_dir + "/want.pt")});
        QVERIFY(py.waitForFinished(120000));
        QVERIFY2(py.exitCode() == 0, qPrintable(QString::fromUtf8(py.readAllStandardError() + py.readAllStandardOutput())));
    }

    void predictExplainsBadInputs()
    {
        const TensorMap fx = test::loadFixture("convnet_cifar.pt");
        saveTensorMap(plainWeights(fx), m_dir + "/w.pt");
        saveTensor(fx.at("input"), m_dir + "/x.pt");
        const QString w = QString::fromStdString(m_dir + "/w.pt"), x = QString::fromStdString(m_dir + "/x.pt"),
                      y = QString::fromStdString(m_dir + "/y.pt");
        Result r = runItgan({"predict", "--arch", "vgg11", "--weights", w, "--input", x, "--output", y});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("w.pt") && r.err.contains("features.0.weight"), qPrintable(r.err));
        r = runItgan({"predict", "--weights", m_dir.c_str() + QString("/absent.pt"), "--input", x, "--output", y});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("absent.pt"), qPrintable(r.err));
        // Existing outputs are kept unless --force; an output is never one of the inputs; NaN input refused.
        saveTensor(torch::zeros({1}), m_dir + "/kept.pt");
        const QString kept = QString::fromStdString(m_dir + "/kept.pt");
        r = runItgan({"predict", "--weights", w, "--input", x, "--output", kept});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("kept.pt") && r.err.contains("--force"), qPrintable(r.err));
        QCOMPARE(loadTensor(m_dir + "/kept.pt").numel(), int64_t(1));
        r = runItgan({"predict", "--weights", w, "--input", x, "--output", x, "--force"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("destroy its own source"), qPrintable(r.err));
        saveTensor(torch::full({1, 3, 32, 32}, std::numeric_limits<float>::quiet_NaN()), m_dir + "/nan.pt");
        r = runItgan({"predict", "--weights", w, "--input", QString::fromStdString(m_dir + "/nan.pt"), "--output", y});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nan.pt") && r.err.contains("NaN"), qPrintable(r.err));
        r = runItgan({"predict", "--weights", w, "--input", w, "--output", y});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("expected a tensor") || r.err.contains("input"), qPrintable(r.err));
        QVERIFY(!fs::exists(m_dir + "/y.pt"));
    }

    // Options come from the configurations' field tables: named errors for bad values,
    // choices and ranges in --help; presets are the shared data files.
    void optionsFromTheFieldTablesAndPresets()
    {
        Result r = runItgan({"condense", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("--split-strategy") && r.out.contains("one of: fixed mixed") && r.out.contains("Eq. 4"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("--pool-min-acc") && r.out.contains("--lr"), qPrintable(r.out));
        const QString out = QString::fromStdString(m_dir + "/never");
        r = runItgan({"condense", "--from", out, "--out", out, "--objective", "kl"});
        QCOMPARE(r.exitCode == 0, false);
        QVERIFY2(r.err.contains("--objective") && r.err.contains("\"dm\", \"gm\""), qPrintable(r.err));
        r = runItgan({"invert", "--out", out, "--iterations", "12abc"});
        QCOMPARE(r.exitCode == 0, false);
        QVERIFY2(r.err.contains("--iterations") && r.err.contains("12abc"), qPrintable(r.err));
        r = runItgan({"invert", "--out", out, "--threads", "-3"});
        QCOMPARE(r.exitCode == 0, false);
        QVERIFY2(r.err.contains("--threads"), qPrintable(r.err));
        r = runItgan({"compare", "--preset", "nosuch", "--out", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nosuch") && r.err.contains("cpu") && r.err.contains("paper"), qPrintable(r.err));
        QVERIFY(!fs::exists(m_dir + "/never"));
        r = runItgan({"compare", "--help"});
        QVERIFY2(r.out.contains("quick = Quick look"), qPrintable(r.out));
    }

    void trainClassifierWritesARunDirectory()
    {
        const QString out = QString::fromStdString(m_dir + "/run");
        const Result r = runItgan({"train-classifier", "--arch", "convnet:width=16", "--subset", "5", "--epochs", "2",
                                   "--runs", "2", "--test-every", "1", "--save-models", "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("random"));
        const auto results = readJson(m_dir + "/run/results.json");
        QCOMPARE(results["dataset"].get<std::string>(), std::string("fashion-mnist"));
        const auto &ev = results["sets"][0]["evaluations"][0];
        QCOMPARE(ev["accuracies"].size(), size_t(2));
        QVERIFY(ev["mean"].get<double>() > 10.0); // 50 real images beat chance
        QCOMPARE(results["sets"][0]["images_per_class"].get<int>(), 5);
        const auto config = readJson(m_dir + "/run/config.json");
        QCOMPARE(config["training"]["epochs"].get<int>(), 2);
        std::ifstream events(m_dir + "/run/events.jsonl");
        int lines = 0;
        for (std::string line; std::getline(events, line); ++lines)
            QVERIFY(nlohmann::json::parse(line).contains("train_loss"));
        QCOMPARE(lines, 4); // 2 runs x 2 epochs
        QVERIFY(fs::exists(m_dir + "/run/curves.csv"));
        QVERIFY(fs::exists(m_dir + "/run/model_random_convnet-width-16_run1.pt"));

        // A finished run is never overwritten.
        const Result again = runItgan({"train-classifier", "--subset", "5", "--epochs", "1", "--out", out});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds a run"), qPrintable(again.err));
    }

    void evaluateTrainsOnAnImageSet()
    {
        const Dataset ds = loadDataset({"fashion-mnist", 32, 0});
        const DatasetSplit subset = subsetPerClass(ds.train, 10, 5, 3);
        saveTensorMap({{"images", subset.images}, {"labels", subset.labels}}, m_dir + "/set.pt");
        const Result r = runItgan({"evaluate", "--images", QString::fromStdString(m_dir + "/set.pt"), "--arch",
                                   "convnet:width=16", "--epochs", "2", "--runs", "1"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("set") && r.out.contains("±"), qPrintable(r.out));
        // An evaluation folder written before a training setting existed resumes when the setting
        // holds its default; a missing key that held another value is refused.
        const QStringList kept = {"evaluate", "--images", QString::fromStdString(m_dir + "/set.pt"), "--arch",
                                  "convnet:width=16", "--epochs", "2", "--runs", "1", "--out",
                                  QString::fromStdString(m_dir + "/evaluation")};
        QCOMPARE(runItgan(kept).exitCode, 0);
        const std::string configFile = m_dir + "/evaluation/config.json";
        const nlohmann::json written = readJson(configFile);
        nlohmann::json older = written;
        older["training"].erase("epochs"); // 2 here, 300 by default
        std::ofstream(configFile) << older.dump();
        const Result refused = runItgan(kept + QStringList{"--resume"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("\"training.epochs\" is 300 there"), qPrintable(refused.err));
        older = written;
        older["training"].erase("test_probe");
        std::ofstream(configFile) << older.dump();
        const Result resumed = runItgan(kept + QStringList{"--resume"});
        QVERIFY2(resumed.exitCode == 0 && resumed.out.contains("±"), qPrintable(resumed.err));

        std::ofstream(m_dir + "/bad.pt") << "not a tensor file";
        const Result bad = runItgan({"evaluate", "--images", QString::fromStdString(m_dir + "/bad.pt"), "--epochs", "1"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("bad.pt"), qPrintable(bad.err));
        const Result badArch = runItgan({"evaluate", "--images", QString::fromStdString(m_dir + "/set.pt"), "--arch",
                                         "alexnet", "--epochs", "1"});
        QCOMPARE(badArch.exitCode, 1);
        QVERIFY2(badArch.err.contains("unknown architecture 'alexnet'"), qPrintable(badArch.err));
    }

    void ganCommandsEndToEnd()
    {
        const QString run = QString::fromStdString(m_dir + "/gan");
        const QStringList tiny = {"train-gan", "--out", run, "--width", "8", "--d-width", "8", "--batch", "8",
                                  "--d-steps", "1", "--checkpoint-every", "1", "--sample-every", "1", "--classifier", "none"};
        Result r = runItgan(tiny + QStringList{"--steps", "2"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runItgan(tiny + QStringList{"--steps", "3", "--resume"});
        QVERIFY2(r.exitCode == 0 && r.err.contains("resuming") && r.err.contains("at step 2"), qPrintable(r.err));
        const QString generator = run + "/generator_latest.pt";

        r = runItgan({"generator-info", generator});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("dcgan32") && r.out.contains("native") && r.out.contains("trained steps 3"), qPrintable(r.out));

        const QString grid = QString::fromStdString(m_dir + "/grid.png");
        r = runItgan({"sample", "--generator", generator, "--n", "4", "--classes", "0,9", "--seed", "3", "--out", grid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(grid);
        QVERIFY(!image.isNull());
        QCOMPARE(image.height(), 2 * (2 * 33 + 1)); // 2 rows of 32-pixel tiles with 1-pixel gaps, scaled x2

        const QString tensors = QString::fromStdString(m_dir + "/images.pt");
        r = runItgan({"sample", "--generator", generator, "--n", "3", "--truncation", "1.5", "--out", tensors});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto images = loadTensor(tensors.toStdString());
        QCOMPARE(images.sizes().vec(), (std::vector<int64_t>{30, 1, 32, 32}));
        QVERIFY(images.min().item<float>() >= -1.0f && images.max().item<float>() <= 1.0f);

        r = runItgan({"sample", "--generator", generator, "--classes", "3,11", "--out", grid});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("class '11'"), qPrintable(r.err));
        r = runItgan({"sample", "--generator", generator, "--out", "/nonexistent-dir/x.png"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("/nonexistent-dir"), qPrintable(r.err));
        std::ofstream(m_dir + "/junk.pt") << "junk";
        r = runItgan({"generator-info", QString::fromStdString(m_dir + "/junk.pt")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("junk.pt"), qPrintable(r.err));
    }

    void computeDeviceNames()
    {
        QCOMPARE(parseComputeDevice("cpu"), torch::Device(torch::kCPU));
        for (const std::string bad : {"", "CPU", "gpu", "cuda:", "cuda:x", "cuda:-1", "cuda:0 ", " cpu", "cuda:1234"}) {
            try {
                parseComputeDevice(bad, "--device");
                QFAIL(qPrintable(QString::fromStdString("accepted \"" + bad + "\"")));
            } catch (const ConfigError &e) {
                const QString message = e.what();
                QVERIFY2(message.contains("--device \"" + QString::fromStdString(bad) + "\""), e.what());
            }
        }
        // A GPU this machine does not have is refused, saying what it has.
        const int64_t gpus = torch::cuda::is_available() ? static_cast<int64_t>(torch::cuda::device_count()) : 0;
        try {
            parseComputeDevice("cuda:" + std::to_string(gpus));
            QFAIL("accepted a GPU beyond the machine's");
        } catch (const ConfigError &e) {
            QVERIFY2(QString(e.what()).contains("CUDA"), e.what());
        }
        if (gpus > 0)
            QCOMPARE(parseComputeDevice("cuda"), torch::Device(torch::kCUDA, 0));
        QCOMPARE(static_cast<int64_t>(availableComputeDevices().size()), gpus + 1);
        const Result version = runItgan({"--version"});
        QVERIFY2(version.exitCode == 0 && version.out.contains("Compute devices: cpu"), qPrintable(version.out));
    }

    // --device cpu is the default: the same run with and without it gives the same bits.
    void deviceCpuIsTheDefault()
    {
        const QString plain = QString::fromStdString(m_dir + "/plain"), cpu = QString::fromStdString(m_dir + "/cpu");
        const QStringList invert = {"invert", "-k", "1", "--iterations", "2", "--threads", "1"};
        Result r = runItgan(invert + QStringList{"--out", plain});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runItgan(invert + QStringList{"--device", "cpu", "--out", cpu});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto a = loadTensorMap(m_dir + "/plain/latents.pt"), b = loadTensorMap(m_dir + "/cpu/latents.pt");
        QVERIFY(torch::equal(a.at("latents"), b.at("latents")));
        QVERIFY(torch::equal(a.at("feature_error"), b.at("feature_error")));
    }

    // A float16 generator file: about half the bytes, the same images up to float16 rounding.
    void convertGeneratorToFloat16()
    {
        const QString g16 = QString::fromStdString(m_dir + "/g16.pt");
        Result r = runItgan({"convert-generator", "--generator", "bundled", "--precision", "float16", "--out", g16});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto bundledBytes = fs::file_size(bundledModelPath(kBundledGenerator));
        QVERIFY(fs::file_size(g16.toStdString()) < bundledBytes * 55 / 100);
        r = runItgan({"convert-generator", "--generator", "bundled", "--out", g16});
        QVERIFY2(r.exitCode != 0 && r.err.contains("--force"), qPrintable(r.err));
        r = runItgan({"convert-generator", "--generator", "bundled", "--precision", "bfloat8", "--out", g16, "--force"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("--precision"), qPrintable(r.err));
        const QString half = QString::fromStdString(m_dir + "/half.pt"), full = QString::fromStdString(m_dir + "/full.pt");
        QCOMPARE(runItgan({"sample", "--generator", g16, "--n", "2", "--out", half}).exitCode, 0);
        QCOMPARE(runItgan({"sample", "--generator", "bundled", "--n", "2", "--out", full}).exitCode, 0);
        const auto difference = (loadTensor(half.toStdString()) - loadTensor(full.toStdString())).abs();
        // float16 keeps 11 significant bits: weights change by ≤ 2^-11 relative, images by a few thousandths.
        QVERIFY(difference.max().item<double>() > 0);
        QVERIFY2(difference.max().item<double>() < 0.02, qPrintable(QString::number(difference.max().item<double>())));
    }

    // Fig. 5 and the storage frontier from committed compare results, drawn by the project itself.
    void plotDrawsResultsAcrossExperiments()
    {
        const QString results = QStringLiteral(ITGAN_RESULTS_DIR "/");
        const QStringList files = {results + "tab1_k10_1205/results.json", results + "tab1_k50/results.json",
                                   results + "tab1_real/results.json"};
        const QString png = QString::fromStdString(m_dir + "/fig5.png");
        Result r = runItgan(QStringList{"plot", "--results"} + files + QStringList{"--out", png});
        QVERIFY2(r.exitCode == 0 && r.out.contains("5 lines, 9 points"), qPrintable(r.err + r.out));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(960, 600));
        // Each line's colour is there (gan blue, itgan green, random red) on a white background.
        const QSet<QRgb> colours = coloursIn(image);
        for (const QRgb colour : {0x1f77b4u, 0x2ca02cu, 0xd62728u, 0xffffffu})
            QVERIFY2(colours.contains(colour), qPrintable(QString::number(colour, 16)));
        r = runItgan(QStringList{"plot", "--results"} + files + QStringList{"--out", png});
        QVERIFY2(r.exitCode != 0 && r.err.contains("--force"), qPrintable(r.err));
        r = runItgan({"plot", "--results", files[0], "--arch", "resnet18bn", "--out", png, "--force"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("resnet18bn") && r.err.contains("tab1_k10_1205"), qPrintable(r.err));
        r = runItgan({"plot", "--results", results + "nothing.json", "--out", png, "--force"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("nothing.json"), qPrintable(r.err));
        r = runItgan({"plot", "--x", "bytes", "--results", files[0], "--out", png, "--force"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Fig. 3/4: train (dashed) and test accuracy per epoch, mean over the runs, from a curves.csv.
    void plotDrawsCurvesPerEpoch()
    {
        const QString csv = QString::fromStdString(m_dir + "/curves.csv"), png = QString::fromStdString(m_dir + "/fig3.png");
        {
            std::ofstream out(csv.toStdString());
            out << "set,arch,run,epoch,lr,train_loss,train_acc,test_acc,seconds,test_images\n";
            for (const char *set : {"itgan", "real"})
                for (int run = 0; run < 2; ++run)
                    for (int epoch = 1; epoch <= 3; ++epoch) {
                        // Epoch 1 is tested in run 0 only: no test point there (not a mean over every run).
                        const bool tested = epoch > 1 || run == 0;
                        out << set << ",\"convnet\"," << run << "," << epoch << ",0.01,1.0," << 40 + 10 * epoch << ","
                            << (tested ? std::to_string(50 + 5 * epoch + run) : std::string()) << ",1.0,"
                            << (tested ? 10000 : 0) << "\n";
                    }
        }
        Result r = runItgan({"plot", "--curves", csv, "--out", png});
        // 2 sets × (test, train): train at 3 epochs, test at 2, per set.
        QVERIFY2(r.exitCode == 0 && r.out.contains("4 lines, 10 points"), qPrintable(r.err + r.out));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(960, 600));
        const QSet<QRgb> colours = coloursIn(image);
        for (const QRgb colour : {0x1f77b4u, 0xff7f0eu}) // itgan blue, real orange (train and test share it)
            QVERIFY2(colours.contains(colour), qPrintable(QString::number(colour, 16)));
        QVERIFY(!colours.contains(0x2ca02cu)); // no third colour
        r = runItgan({"plot", "--curves", csv, "--arch", "vgg11", "--out", png, "--force"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("vgg11") && r.err.contains("curves.csv"), qPrintable(r.err));
        r = runItgan({"plot", "--curves", csv + ".missing", "--out", png, "--force"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("curves.csv.missing"), qPrintable(r.err));
        r = runItgan({"plot", "--out", png, "--force"});
        QVERIFY2(r.exitCode != 0 && r.err.contains("--results") && r.err.contains("--curves"), qPrintable(r.err));
    }

    // A compare on a training subset: its stage folders resume on the same subset, standalone too.
    void stageOfASubsetCompareResumes()
    {
        const QString config = QString::fromStdString(m_dir + "/subset.json"), out = QString::fromStdString(m_dir + "/subset");
        std::ofstream(config.toStdString())
            << R"({"images_per_class": 3, "training_subset_per_class": 5, "sets": ["dm"], "threads": 1,
                  "dm": {"iterations": 4, "real_batch": 5, "embedding_arch": "convnet:width=16"},
                  "evaluation": {"runs": 1, "epochs": 1, "architectures": ["convnet:width=16"]}})";
        Result r = runItgan({"compare", "--config", config, "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runItgan({"dm", "--out", out + "/dm", "--resume", "--threads", "1"});
        QVERIFY2(r.exitCode == 0 && r.err.contains("30 images"), qPrintable(r.err + r.out));
    }

    void condensationCommandsEndToEnd()
    {
        const QString inv = QString::fromStdString(m_dir + "/inv"), it = QString::fromStdString(m_dir + "/itgan");
        Result r = runItgan({"invert", "-k", "2", "--iterations", "4", "--checkpoint-every", "2", "--out", inv});
        QVERIFY2(r.exitCode == 0 && r.err.contains("reconstruction error"), qPrintable(r.err));
        // --resume of a finished run needs only --out and changes nothing.
        r = runItgan({"invert", "--out", inv, "--resume"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList condense = {"condense", "--from", inv, "--iterations", "2", "--real-batch", "8",
                                      "--embedding-arch", "convnet:width=16", "--out", it};
        r = runItgan(condense);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto config = readJson(m_dir + "/itgan/config.json");
        QCOMPARE(config["itgan"]["real_batch"].get<int64_t>(), int64_t(8));
        QVERIFY(config["generator"]["hash"].get<std::string>().rfind("fnv1a64:", 0) == 0);
        // A second run into the same folder is refused; export refuses to overwrite.
        r = runItgan(condense);
        QVERIFY2(r.exitCode != 0 && r.err.contains("config.json"), qPrintable(r.err));
        const QString exported = QString::fromStdString(m_dir + "/itgan.pt");
        QCOMPARE(runItgan({"export", "--from", it, "--format", "torch", "--out", exported}).exitCode, 0);
        r = runItgan({"export", "--from", it, "--format", "torch", "--out", exported});
        QVERIFY2(r.exitCode != 0 && r.err.contains("--force"), qPrintable(r.err));
        QCOMPARE(runItgan({"export", "--from", it, "--format", "torch", "--out", exported, "--force"}).exitCode, 0);
        // Bad values are named.
        r = runItgan({"condense", "--from", inv, "--lambda", "2", "--out", QString::fromStdString(m_dir + "/bad")});
        QVERIFY2(r.exitCode != 0 && r.err.contains("itgan.lambda"), qPrintable(r.err));
        r = runItgan({"compare", "--print-default-config"});
        QVERIFY2(r.exitCode == 0 && nlohmann::json::parse(r.out.toStdString()).contains("itgan"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
