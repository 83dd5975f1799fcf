// Distributed runs as a user starts them: real `itgan` processes over loopback, through
// `itgan launch` and through the torchrun-style environment variables by hand. Each
// distributed result is compared with the single-process run of the same configuration
// at the same threads per process: latents and images must be equal bit for bit, a
// compare's results the same; a killed rank is named and its run resumes to the same
// result; bad rendezvous settings fail fast with a message that says what is wrong.
#include "TestSupport.h"

#include "core/distributed/WorkShare.h"
#include "core/evaluation/ClassifierTrainer.h"
#include "core/evaluation/EvaluationLoop.h"
#include "core/generators/GeneratorFile.h"
#include "core/latents/LatentSet.h"
#include "core/io/StateDict.h"
#include "core/io/TensorIo.h"

#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>

namespace fs = std::filesystem;
using namespace itgan;

namespace {

using Result = test::ProgramResult;

Result runItgan(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                int timeoutMs = 600000)
{
    return test::runProgram(ITGAN_CLI_PATH, args, env, timeoutMs);
}

QStringList launch(int ranks, const QStringList &command)
{
    return QStringList{"launch", "-n", QString::number(ranks), "--threads-per-rank", "1", "--"} + command;
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Every tensor of two .pt files equal bit for bit (same keys, shapes, dtypes, values).
QString differenceBetween(const std::string &a, const std::string &b)
{
    const TensorMap x = loadTensorMap(a), y = loadTensorMap(b);
    if (x.size() != y.size())
        return q(a + " and " + b + " hold different keys");
    for (const auto &[key, tensor] : x) {
        if (!y.count(key))
            return q(b + " lacks " + key);
        const auto &other = y.at(key);
        if (tensor.sizes() != other.sizes() || tensor.dtype() != other.dtype() || !torch::equal(tensor, other))
            return q(key + " differs between " + a + " and " + b + " (max |diff| "
                     + std::to_string(test::maxAbsDiff(tensor.to(torch::kFloat64), other.to(torch::kFloat64))) + ")");
    }
    return {};
}

nlohmann::json readJson(const std::string &path)
{
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

QProcessEnvironment rankEnvironment(int rank, int worldSize, int port, int timeoutSeconds)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("RANK", QString::number(rank));
    env.insert("WORLD_SIZE", QString::number(worldSize));
    env.insert("MASTER_ADDR", "127.0.0.1");
    env.insert("MASTER_PORT", QString::number(port));
    env.insert("ITGAN_DIST_TIMEOUT", QString::number(timeoutSeconds));
    env.insert("OMP_NUM_THREADS", "1");
    return env;
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// One SGD step of the protocol on a fixed batch of 64 images, without augmentation and
// with instance norm (no statistics across the batch), so the data-parallel step must
// give the single-process parameters up to float rounding. lr 1: the parameters move
// by the gradient itself.
TrainingConfig oneStepConfig()
{
    TrainingConfig c;
    c.arch = "convnet";
    c.epochs = 1;
    c.batchSize = 64;
    c.learningRate = 1.0;
    c.dsaStrategy = "none";
    c.seed = 5;
    return c;
}

TensorDataset oneStepData()
{
    torch::manual_seed(1);
    return {torch::randn({64, 1, 28, 28}), torch::arange(64, torch::kInt64).remainder(10)};
}

// The worker side of dataParallelStepEqualsTheSingleProcessStep: this test binary started
// again as one rank (ITGAN_TEST_DP_OUT names its output file).
int runDataParallelWorker(const char *outFile)
{
    const auto group = DistributedGroup::fromProcessEnvironment();
    torch::set_num_threads(1);
    const auto data = oneStepData();
    const auto result = trainClassifier(oneStepConfig(), data, data, 10, nullptr, {}, group.get());
    if (group->writesOutputs())
        saveTensorMap(stateDictOf(*result.model), outFile);
    return 0;
}

// A small inversion: 4 images of each class, chunks of 8 latents (5 units of work).
const QStringList kInvert{"invert", "-k", "4", "--batch", "8", "--iterations", "6", "--checkpoint-every", "3"};

} // namespace

class DistributedTest : public QObject {
    Q_OBJECT

private:
    std::string m_dir;
    std::string m_smallDataset; // 20 train + 50 test images per class of Fashion-MNIST
    std::string path(const std::string &name) const { return (fs::path(m_dir) / name).string(); }

private slots:
    // The single-process inversion: the reference of the inversion test and the starting
    // latents of the IT-GAN tests.
    void initTestCase()
    {
        m_dir = test::makeTempDir("distributed");
        // The compare tests' evaluations test on 500 images instead of 10 000: what they check
        // is how ranks share and keep evaluation runs, not the accuracy.
        m_smallDataset = test::writeFashionMnistSubset(path("fashion-mnist-small"), 20, 50);
        const Result single = runItgan(kInvert + QStringList{"--threads", "1", "--out", q(path("inv1"))});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
    }
    void cleanupTestCase() { fs::remove_all(m_dir); }

    void unitsAreBalancedByLatentCount()
    {
        // 10 classes of 10 on 3 ranks: 4/3/3 classes; uneven sizes: the big ones spread out.
        auto owners = assignUnitsToRanks(std::vector<int64_t>(10, 10), 3);
        std::vector<int> count(3, 0);
        for (int o : owners)
            ++count[static_cast<size_t>(o)];
        QCOMPARE(count, (std::vector<int>{4, 3, 3}));
        owners = assignUnitsToRanks({50, 10, 10, 10, 10, 10, 40}, 2);
        std::vector<int64_t> load(2, 0);
        const std::vector<int64_t> sizes{50, 10, 10, 10, 10, 10, 40};
        for (size_t u = 0; u < sizes.size(); ++u)
            load[static_cast<size_t>(owners[u])] += sizes[u];
        QCOMPARE(load, (std::vector<int64_t>{70, 70}));
        QCOMPARE(assignUnitsToRanks({5, 5, 5}, 2), assignUnitsToRanks({5, 5, 5}, 2)); // every rank computes the same
        const WorkShare one; // one process owns everything
        QVERIFY(one.owns(0) && one.owns(7));
    }

    void inversionEqualsTheSingleProcessRun()
    {
        for (int ranks : {2, 3}) {
            const std::string out = path("inv" + std::to_string(ranks) + "ranks");
            const Result r = runItgan(launch(ranks, kInvert + QStringList{"--out", q(out)}));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString diff = differenceBetween(path("inv1/latents.pt"), out + "/latents.pt");
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            // The same logged losses, and only rank 0 wrote the folder.
            std::ifstream a(path("inv1/events.jsonl")), b(out + "/events.jsonl");
            std::string la, lb;
            int lines = 0;
            while (std::getline(a, la) && std::getline(b, lb)) {
                auto ja = nlohmann::json::parse(la), jb = nlohmann::json::parse(lb);
                for (const char *clock : {"elapsed", "seconds"}) {
                    ja.erase(clock);
                    jb.erase(clock);
                }
                QCOMPARE(q(jb.dump()), q(ja.dump()));
                ++lines;
            }
            QCOMPARE(lines, 6);
        }
    }

    void itganFixedAndMixedSplitsEqualTheSingleProcessRun()
    {
        const QStringList condense{"condense", "--from", q(path("inv1")), "--iterations", "4", "--real-batch", "16",
                                   "--split-size", "2", "--checkpoint-every", "2", "--lambda", "0.1"};
        for (const char *strategy : {"fixed", "mixed"}) {
            const QStringList args = condense + QStringList{"--split-strategy", strategy};
            const std::string one = path(std::string("itgan1_") + strategy), many = path(std::string("itgan3_") + strategy);
            Result r = runItgan(args + QStringList{"--threads", "1", "--out", q(one)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            r = runItgan(launch(3, args + QStringList{"--out", q(many)}));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString diff = differenceBetween(one + "/latents.pt", many + "/latents.pt");
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            // The latents really moved (the comparison is not between two copies of the start).
            QVERIFY(!torch::equal(loadLatentSet(one + "/latents.pt").latents, loadLatentSet(path("inv1/latents.pt")).latents));
        }
    }

    void itganWithMoreRanksThanClassesSharesTheClassesChunks()
    {
        // Two classes of 300 latents (subsets of 10: forward chunks of 250 + 50, so 4 units)
        // on 3 ranks: the classes' chunks are the units. A small 2-class generator and image
        // folder made here; no inversion (λ 0).
        const std::string root = path("two_classes");
        torch::manual_seed(3);
        for (const char *name : {"a", "b"}) {
            fs::create_directories(root + "/" + name);
            for (int i = 0; i < 12; ++i) {
                QImage image(32, 32, QImage::Format_Grayscale8);
                const auto pixels = torch::randint(0, 256, {32 * 32}, torch::kUInt8);
                for (int y = 0; y < 32; ++y)
                    std::memcpy(image.scanLine(y), pixels.data_ptr<uint8_t>() + y * 32, 32);
                QVERIFY(image.save(q(root + "/" + name + "/" + std::to_string(i) + ".png")));
            }
        }
        saveGenerator(createGenerator("dcgan32", 8, 16, 2, 1), {}, path("two_classes_g.pt"));
        LatentSet latents;
        latents.latents = torch::randn({600, 16});
        latents.labels = torch::cat({torch::zeros({300}, torch::kInt64), torch::ones({300}, torch::kInt64)});
        latents.sourceIndices = torch::full({600}, -1, torch::kInt64);
        saveLatentSet(latents, path("two_classes_z.pt"));
        const QStringList condense{"condense", "--from", q(path("two_classes_z.pt")), "--dataset", q(root), "--generator",
                                   q(path("two_classes_g.pt")), "--iterations", "2", "--split-size", "10",
                                   "--real-batch", "8", "--lambda", "0", "--checkpoint-every", "2"};
        Result r = runItgan(condense + QStringList{"--threads", "1", "--out", q(path("chunks1"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runItgan(launch(3, condense + QStringList{"--out", q(path("chunks3"))}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString diff = differenceBetween(path("chunks1/latents.pt"), path("chunks3/latents.pt"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(!torch::equal(loadLatentSet(path("chunks1/latents.pt")).latents, latents.latents)); // they moved
    }

    void dmEqualsTheSingleProcessRun()
    {
        const QStringList dm{"dm", "-k", "2", "--iterations", "4", "--real-batch", "16", "--checkpoint-every", "2"};
        Result r = runItgan(dm + QStringList{"--threads", "1", "--out", q(path("dm1"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runItgan(launch(2, dm + QStringList{"--out", q(path("dm2"))}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString diff = differenceBetween(path("dm1/images.pt"), path("dm2/images.pt"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void compareSharesEvaluationsAndWritesTheSameResults()
    {
        const nlohmann::json config{{"dataset", m_smallDataset},
                                    {"images_per_class", 2},
                                    {"sets", {"random", "dm", "gan"}},
                                    {"seed", 3},
                                    {"threads", 1},
                                    {"dm", {{"iterations", 3}, {"real_batch", 16}}},
                                    {"evaluation", {{"architectures", {"convnet"}}, {"runs", 2}, {"epochs", 2}}}};
        {
            std::ofstream(path("compare.json")) << config.dump();
        }
        Result r = runItgan({"compare", "--config", q(path("compare.json")), "--out", q(path("cmp1"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runItgan(launch(2, {"compare", "--config", q(path("compare.json")), "--out", q(path("cmp2"))}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(q(readJson(path("cmp2/results.json")).dump(1)), q(readJson(path("cmp1/results.json")).dump(1)));
        // curves.csv: the same rows apart from the wall time of each epoch (the column before
        // the last, test_images).
        auto withoutSeconds = [](const std::string &file) {
            std::ifstream in(file);
            QStringList rows;
            for (std::string line; std::getline(in, line);) {
                const size_t last = line.rfind(','), secondsStart = line.rfind(',', last - 1);
                rows << q(line.substr(0, secondsStart) + line.substr(last));
            }
            return rows;
        };
        QCOMPARE(withoutSeconds(path("cmp2/curves.csv")), withoutSeconds(path("cmp1/curves.csv")));
        QVERIFY(differenceBetween(path("cmp1/dm/images.pt"), path("cmp2/dm/images.pt")).isEmpty());

        // Rank 0 kept every run the ranks trained; a resumed evaluation with another number
        // of ranks trains only what is missing and ends with the same numbers.
        std::map<std::string, fs::file_time_type> keptRuns;
        for (const char *set : {"random", "dm", "gan"})
            for (int run = 0; run < 2; ++run) {
                const std::string file = path("cmp2/" + evaluationRunFile(set, "convnet", run));
                QVERIFY2(fs::exists(file), file.c_str());
                keptRuns[file] = fs::last_write_time(file);
            }
        const std::string lost = path("cmp2/" + evaluationRunFile("dm", "convnet", 1));
        fs::remove(lost);
        keptRuns.erase(lost);
        fs::remove(path("cmp2/results.json"));
        r = runItgan(launch(3, {"compare", "--config", q(path("compare.json")), "--out", q(path("cmp2")), "--resume"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(q(readJson(path("cmp2/results.json")).dump(1)), q(readJson(path("cmp1/results.json")).dump(1)));
        QVERIFY(fs::exists(lost));
        for (const auto &[file, written] : keptRuns) // read back, not trained and written again
            QVERIFY2(fs::last_write_time(file) == written, file.c_str());
    }

    // Rank 1's short evaluation ends long before rank 0's: rank 0 keeps it while still
    // training its own, so killing the run then loses only rank 0's run in progress, and
    // one process resumes it to the uninterrupted numbers without training rank 1's again.
    void killedEvaluationKeepsWhatOtherRanksFinished()
    {
        const nlohmann::json config{
            {"dataset", m_smallDataset},
            {"images_per_class", 2},
            {"sets", {"random", "gan"}},
            {"seed", 4},
            {"threads", 1},
            {"evaluation", {{"architectures", {"convnet"}}, {"runs", 1}, {"epochs", 2}, {"epochs_per_set", {{"random", 60}}}}}};
        {
            std::ofstream(path("uneven.json")) << config.dump();
        }
        Result r = runItgan({"compare", "--config", q(path("uneven.json")), "--out", q(path("uneven1"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const std::string out = path("uneven2");
        const std::string ganRun = out + "/" + evaluationRunFile("gan", "convnet", 0);
        const std::string randomRun = out + "/" + evaluationRunFile("random", "convnet", 0);
        QProcess launcher;
        launcher.start(ITGAN_CLI_PATH, launch(2, {"compare", "--config", q(path("uneven.json")), "--out", q(out)}));
        QVERIFY(launcher.waitForStarted());
        QString err;
        qint64 rank0 = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < test::scaledTimeout(300000) && launcher.state() == QProcess::Running
               && (rank0 == 0 || !fs::exists(ganRun))) {
            launcher.waitForReadyRead(200);
            err += QString::fromUtf8(launcher.readAllStandardError());
            const auto match = QRegularExpression("rank 0 is pid (\\d+)").match(err);
            if (match.hasMatch())
                rank0 = match.captured(1).toLongLong();
        }
        QVERIFY2(fs::exists(ganRun), qPrintable(err)); // rank 1's run, kept by rank 0 mid-way
        QVERIFY2(!fs::exists(randomRun) && !fs::exists(out + "/results.json"), qPrintable(err));
        QCOMPARE(::kill(static_cast<pid_t>(rank0), SIGKILL), 0);
        QVERIFY(launcher.waitForFinished(test::scaledTimeout(120000)));
        QVERIFY(launcher.exitCode() != 0);
        const auto ganWritten = fs::last_write_time(ganRun);

        r = runItgan({"compare", "--config", q(path("uneven.json")), "--out", q(out), "--resume"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(q(readJson(out + "/results.json").dump(1)), q(readJson(path("uneven1/results.json")).dump(1)));
        QVERIFY(fs::last_write_time(ganRun) == ganWritten); // read back, not trained again
    }

    void killedRankIsNamedAndTheRunResumesToTheSameResult()
    {
        const QStringList longer{"invert", "-k", "4", "--batch", "8", "--iterations", "80", "--checkpoint-every", "4"};
        Result r = runItgan(longer + QStringList{"--threads", "1", "--out", q(path("long1"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const std::string out = path("long2");
        QProcess launcher;
        launcher.start(ITGAN_CLI_PATH, launch(2, longer + QStringList{"--out", q(out)}));
        QVERIFY(launcher.waitForStarted());
        // The launcher names each rank's pid; rank 1 dies after the first checkpoint.
        QString err;
        qint64 rank1 = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < test::scaledTimeout(300000) && (rank1 == 0 || !fs::exists(out + "/history/iteration_000004.pt"))) {
            launcher.waitForReadyRead(200);
            err += QString::fromUtf8(launcher.readAllStandardError());
            const auto match = QRegularExpression("rank 1 is pid (\\d+)").match(err);
            if (match.hasMatch())
                rank1 = match.captured(1).toLongLong();
        }
        QVERIFY2(rank1 > 0, qPrintable(err));
        QVERIFY2(fs::exists(out + "/history/iteration_000004.pt"), qPrintable(err));
        QCOMPARE(::kill(static_cast<pid_t>(rank1), SIGKILL), 0);
        QVERIFY(launcher.waitForFinished(test::scaledTimeout(120000)));
        err += QString::fromUtf8(launcher.readAllStandardError());
        QVERIFY(launcher.exitCode() != 0);
        QVERIFY2(err.contains(QString("rank 1 (pid %1) was killed by signal 9").arg(rank1)), qPrintable(err));
        QVERIFY(!fs::exists(out + "/latents.pt"));

        // Any number of ranks continues it from rank 0's checkpoint.
        r = runItgan(launch(3, {"invert", "--out", q(out), "--resume"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("resumed at iteration"), qPrintable(r.err));
        const QString diff = differenceBetween(path("long1/latents.pt"), out + "/latents.pt");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        for (const auto &entry : fs::recursive_directory_iterator(out)) // no temporaries left behind
            QVERIFY2(entry.path().filename().string().find(".tmp") == std::string::npos, entry.path().c_str());
    }

    void dataParallelStepEqualsTheSingleProcessStep()
    {
        torch::set_num_threads(1);
        const auto data = oneStepData();
        const auto single = trainClassifier(oneStepConfig(), data, data, 10);
        const int port = freePort();
        const std::string out = path("dp_step.pt");
        std::vector<std::unique_ptr<QProcess>> ranks;
        for (int r = 0; r < 2; ++r) {
            auto env = rankEnvironment(r, 2, port, 60);
            env.insert("ITGAN_TEST_DP_OUT", q(out));
            ranks.push_back(std::make_unique<QProcess>());
            ranks.back()->setProcessEnvironment(env);
            ranks.back()->start(QCoreApplication::applicationFilePath(), {});
        }
        for (auto &rank : ranks) {
            QVERIFY(rank->waitForFinished(test::scaledTimeout(120000)));
            QVERIFY2(rank->exitCode() == 0, rank->readAllStandardError().constData());
        }
        const TensorMap parallel = loadTensorMap(out), reference = stateDictOf(*single.model);
        QCOMPARE(parallel.size(), reference.size());
        double largest = 0;
        for (const auto &[key, tensor] : reference)
            largest = std::max(largest, test::maxAbsDiff(parallel.at(key), tensor));
        // The parameters moved by the gradient (lr 1): equal gradients to 1e-6.
        QVERIFY2(largest < 1e-6, qPrintable(QString("max |parameter difference| %1").arg(largest)));
        // ... and the step really moved them (the comparison is not between initial weights).
        auto untrained = oneStepConfig();
        untrained.learningRate = 1e-12;
        const TensorMap before = stateDictOf(*trainClassifier(untrained, data, data, 10).model);
        QVERIFY(test::maxAbsDiff(reference.at("classifier.weight"), before.at("classifier.weight")) > 1e-3);
    }

    void dataParallelTrainingReachesTheSingleProcessAccuracy()
    {
        // 2 000 real images (200/class), 3 epochs, the protocol with DSA: one classifier, so
        // the two ranks train it together.
        const QStringList train{"train-classifier", "--arch", "convnet", "--subset", "200", "--epochs", "3",
                                "--runs", "1"};
        Result single = runItgan(train + QStringList{"--threads", "2", "--out", q(path("dp1"))});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        Result parallel = runItgan(launch(2, train + QStringList{"--out", q(path("dp2"))}));
        QVERIFY2(parallel.exitCode == 0, qPrintable(parallel.err));
        QVERIFY2(parallel.err.contains("data-parallel"), qPrintable(parallel.err));
        const double a = readJson(path("dp1/results.json")).at("sets")[0].at("evaluations")[0].at("mean").get<double>();
        const double b = readJson(path("dp2/results.json")).at("sets")[0].at("evaluations")[0].at("mean").get<double>();
        // Different augmentation draws and per-rank batch halves: the same accuracy within
        // the spread of runs of this size (about one point; three allowed).
        QVERIFY2(std::abs(a - b) < 3.0 && b > 60.0, qPrintable(QString("single %1 %, data-parallel %2 %").arg(a).arg(b)));
    }

    void badRendezvousFailsFastWithAClearMessage()
    {
        const QStringList quick{"dm", "-k", "1", "--iterations", "1", "--real-batch", "4"};
        // A rank that never starts: rank 0 names it within the timeout.
        const int port = freePort();
        Result r = runItgan(quick + QStringList{"--out", q(path("never"))}, rankEnvironment(0, 2, port, 3), 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("rank(s) 1 of 2 did not join the rendezvous at 127.0.0.1:" + QString::number(port)),
                 qPrintable(r.err));
        QVERIFY2(r.milliseconds < 45000, qPrintable(QString::number(r.milliseconds)));
        QVERIFY(!fs::exists(path("never/config.json")));

        // Nobody serves the rendezvous: a rank other than 0 names the address it could not reach.
        r = runItgan(quick + QStringList{"--out", q(path("unreachable"))}, rankEnvironment(1, 2, freePort(), 3), 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot reach the rendezvous at 127.0.0.1:"), qPrintable(r.err));

        // The port is taken: rank 0 says so.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        r = runItgan(QStringList{"launch", "-n", "2", "--master-port", QString::number(squatter.serverPort()), "--"} + quick
                         + QStringList{"--out", q(path("busy"))},
                     [] {
                         auto env = QProcessEnvironment::systemEnvironment();
                         env.insert("ITGAN_DIST_TIMEOUT", "5");
                         return env;
                     }(),
                     120000);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("cannot serve the rendezvous on 127.0.0.1:" + QString::number(squatter.serverPort())),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("itgan launch: rank 0"), qPrintable(r.err));

        // Ranks that disagree on WORLD_SIZE.
        const int port2 = freePort();
        QProcess rank0;
        rank0.setProcessEnvironment(rankEnvironment(0, 2, port2, 10));
        rank0.start(ITGAN_CLI_PATH, quick + QStringList{"--out", q(path("mismatch"))});
        r = runItgan(quick + QStringList{"--out", q(path("mismatch"))}, rankEnvironment(1, 3, port2, 10), 60000);
        QVERIFY(rank0.waitForFinished(test::scaledTimeout(60000)));
        const QString rank0Err = QString::fromUtf8(rank0.readAllStandardError());
        QCOMPARE(rank0.exitCode(), 1);
        QVERIFY2(rank0Err.contains("rank 1") && rank0Err.contains("WORLD_SIZE=3 but rank 0 has 2"), qPrintable(rank0Err));
        QCOMPARE(r.exitCode, 1);

        // A variable missing or malformed: named before anything starts.
        auto env = rankEnvironment(0, 2, 0, 3);
        env.remove("MASTER_ADDR");
        r = runItgan(quick + QStringList{"--out", q(path("noaddr"))}, env, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("MASTER_ADDR is not set"), qPrintable(r.err));
        env = rankEnvironment(2, 2, 1234, 3);
        r = runItgan(quick + QStringList{"--out", q(path("badrank"))}, env, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("RANK=\"2\"") && r.err.contains("[0, 1]"), qPrintable(r.err));
    }
};

int main(int argc, char **argv)
{
    if (const char *out = std::getenv("ITGAN_TEST_DP_OUT"))
        return runDataParallelWorker(out);
    QCoreApplication app(argc, argv);
    DistributedTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_distributed.moc"
