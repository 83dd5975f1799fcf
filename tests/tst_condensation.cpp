// The IT-GAN engine on real data and the bundled models: GAN inversion (Eq. 1), IT-GAN
// (Eq. 2–4) with both objectives and both splitting strategies, the DM baseline, exact
// resume after a kill, live control (pause, λ, lr, cancel), NaN handling, bad input,
// and a miniature `compare` experiment.
#include "TestSupport.h"

#include "core/base/JsonConfig.h"
#include "core/io/BundledModels.h"
#include "core/nets/ClassifierFile.h"
#include "core/experiments/CompareExperiment.h"
#include "core/runs/EngineInputs.h"
#include "core/condensation/ConvNetPool.h"
#include "core/data/DatasetLoader.h"
#include "core/condensation/GanInversion.h"
#include "core/evaluation/EvaluationSettings.h"
#include "core/generators/GeneratorFile.h"
#include "core/condensation/LatentCondenser.h"
#include "core/condensation/PixelCondenser.h"

#include <QtTest>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

namespace fs = std::filesystem;
using namespace itgan;

namespace {

std::vector<nlohmann::json> readEvents(const std::string &dir)
{
    std::vector<nlohmann::json> events;
    std::ifstream in(fs::path(dir) / "events.jsonl");
    std::string line;
    while (std::getline(in, line))
        events.push_back(nlohmann::json::parse(line));
    return events;
}

std::vector<nlohmann::json> iterationEvents(const std::string &dir)
{
    std::vector<nlohmann::json> events;
    for (const auto &e : readEvents(dir))
        if (!e.contains("control"))
            events.push_back(e);
    return events;
}

InversionConfig tinyInversion(int64_t iterations)
{
    InversionConfig c;
    c.imagesPerClass = 2;
    c.iterations = iterations;
    c.checkpointEvery = 5;
    c.seed = 3;
    return c;
}

// `job` must throw an itgan::Error whose message contains `needle`.
void expectError(const std::function<void()> &job, const QString &needle)
{
    try {
        job();
    } catch (const Error &e) {
        QVERIFY2(QString(e.what()).contains(needle), e.what());
        return;
    }
    QFAIL(qPrintable("no error; expected one mentioning: " + needle));
}

ItganConfig tinyItgan(int64_t iterations)
{
    ItganConfig c;
    c.iterations = iterations;
    c.realBatch = 16;
    c.learningRate = 0.01;
    c.lambda = 0.01;
    c.checkpointEvery = 4;
    c.seed = 9;
    c.embeddingArch = "convnet:width=16";
    return c;
}

} // namespace

class TestCondensation : public QObject {
    Q_OBJECT

private:
    Dataset m_data;
    LoadedGenerator m_generator;
    ClassifierPtr m_featureNet;
    std::string m_root;
    LatentSet m_inverted; // from inversionLowersTheLossAndReportsErrors

    std::string dir(const std::string &name) const { return (fs::path(m_root) / name).string(); }

private slots:
    void initTestCase()
    {
        m_data = loadDataset({"fashion-mnist"});
        m_data.train = subsetPerClass(m_data.train, 10, 60, 1); // small but real
        m_data.test = subsetPerClass(m_data.test, 10, 20, 1);
        m_generator = loadGenerator(bundledModelPath(kBundledGenerator));
        m_featureNet = loadClassifier(bundledModelPath(kBundledClassifier), "convnet", 1, 28);
        m_root = test::makeTempDir("condensation");
    }

    void cleanupTestCase() { fs::remove_all(m_root); }

    void inversionLowersTheLossAndReportsErrors()
    {
        const auto result = runInversion(*m_generator.generator, *m_featureNet, m_data, tinyInversion(30),
                                         {dir("inv"), false, {}});
        QCOMPARE(result.latents.size(), int64_t(20));
        QCOMPARE(result.latents.latents.size(1), int64_t(128));
        // Each latent is paired with a real image of its own class.
        QVERIFY(torch::equal(m_data.train.labels.index_select(0, result.latents.sourceIndices), result.latents.labels));
        const auto events = iterationEvents(dir("inv"));
        QCOMPARE(events.size(), size_t(30));
        const double first = events.front()["total"], last = events.back()["total"];
        QVERIFY2(last < 0.7 * first, qPrintable(QString("total loss %1 -> %2").arg(first).arg(last)));
        QVERIFY(torch::isfinite(result.featureError).all().item<bool>());
        QVERIFY(result.pixelError.min().item<double>() > 0);
        std::ifstream csv(fs::path(dir("inv")) / "reconstruction.csv");
        int lines = 0;
        for (std::string line; std::getline(csv, line);)
            ++lines;
        QCOMPARE(lines, 21);
        QVERIFY(fs::exists(fs::path(dir("inv")) / "real_vs_inverted.png"));
        QVERIFY(torch::equal(loadLatentSet(dir("inv") + "/latents.pt").latents, result.latents.latents));
        m_inverted = result.latents;
    }

    void inversionResumesExactlyAfterAKill()
    {
        RunControl control;
        JobHooks hooks;
        hooks.onIteration = [&](const IterationEvent &e) {
            if (e.iteration == 12)
                control.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(CancelledError, runInversion(*m_generator.generator, *m_featureNet, m_data,
                                                              tinyInversion(30), {dir("inv-killed"), false, {}}, &control, hooks));
        QVERIFY(!fs::exists(fs::path(dir("inv-killed")) / "latents.pt"));
        const auto resumed = runInversion(*m_generator.generator, *m_featureNet, m_data, tinyInversion(30),
                                          {dir("inv-killed"), true, {}});
        QVERIFY(torch::equal(resumed.latents.latents, m_inverted.latents));
        // Iterations 11 and 12 were logged after the last checkpoint (10): dropped, then redone once.
        const auto events = iterationEvents(dir("inv-killed"));
        QCOMPARE(events.size(), size_t(30));
        for (size_t i = 0; i < events.size(); ++i)
            QCOMPARE(events[i]["iteration"].get<int64_t>(), int64_t(i + 1));
    }

    void itganMovesLatentsAndResumesExactly_data()
    {
        QTest::addColumn<QString>("objective");
        QTest::addColumn<QString>("split");
        QTest::newRow("dm-fixed") << "dm" << "fixed";
        QTest::newRow("dm-mixed") << "dm" << "mixed";
        QTest::newRow("gm-fixed") << "gm" << "fixed";
    }

    void itganMovesLatentsAndResumesExactly()
    {
        QFETCH(QString, objective);
        QFETCH(QString, split);
        ItganConfig config = tinyItgan(8);
        config.objective = enumFromString<MatchingObjective>(objective.toStdString(), "objective");
        config.splitStrategy = enumFromString<SplitStrategy>(split.toStdString(), "split");
        config.splitSize = 1;
        const std::string tag = "itgan-" + objective.toStdString() + "-" + split.toStdString();
        const auto whole = runItgan(*m_generator.generator, m_data, m_inverted, config, {dir(tag), false, {}});
        QVERIFY(!torch::equal(whole.latents, m_inverted.latents));
        QVERIFY(torch::equal(whole.sourceIndices, m_inverted.sourceIndices));
        const auto events = iterationEvents(dir(tag));
        QCOMPARE(events.size(), size_t(8));
        for (const auto &e : events) {
            QVERIFY(e.contains("l_con") && e.contains("r") && e.contains("total"));
            QCOMPARE(e["lambda"].get<double>(), 0.01);
            const double expected = 0.99 * e["l_con"].get<double>() + 0.01 * e["r"].get<double>();
            QVERIFY(std::abs(e["total"].get<double>() - expected) <= 1e-9 * std::max(1.0, std::abs(expected)));
        }
        QVERIFY(fs::exists(fs::path(dir(tag)) / "grid.png"));

        RunControl control;
        JobHooks hooks;
        hooks.onIteration = [&](const IterationEvent &e) {
            if (e.iteration == 6)
                control.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(CancelledError, runItgan(*m_generator.generator, m_data, m_inverted, config,
                                                          {dir(tag + "-killed"), false, {}}, &control, hooks));
        const auto resumed = runItgan(*m_generator.generator, m_data, m_inverted, config, {dir(tag + "-killed"), true, {}});
        QVERIFY2(torch::equal(resumed.latents, whole.latents),
                 qPrintable(test::describeDiff("resumed latents", resumed.latents, whole.latents)));
    }

    void lambdaOneOptimisesOnlyThePairTerm()
    {
        // With λ = 1, L = R: generated images are pulled towards their source images'
        // features, so R falls (averaged to smooth over the random networks).
        ItganConfig config = tinyItgan(24);
        config.lambda = 1.0;
        config.learningRate = 0.05;
        runItgan(*m_generator.generator, m_data, m_inverted, config, {dir("itgan-lambda1"), false, {}});
        const auto events = iterationEvents(dir("itgan-lambda1"));
        double early = 0, late = 0;
        for (int i = 0; i < 6; ++i) {
            early += events[static_cast<size_t>(i)]["r"].get<double>();
            late += events[events.size() - 1 - static_cast<size_t>(i)]["r"].get<double>();
        }
        QVERIFY2(late < early, qPrintable(QString("R early %1, late %2").arg(early / 6).arg(late / 6)));
    }

    void pretrainedPoolFeedsTheEmbeddingNetworks()
    {
        // Latents paired with real images of their class (no inversion needed for this test).
        LatentSet start;
        start.sourceIndices = chooseIndicesPerClass(m_data.train.labels, 10, 2, 4);
        start.labels = m_data.train.labels.index_select(0, start.sourceIndices);
        start.latents = torch::randn({20, 128});
        PoolConfig pool;
        pool.count = 1;
        pool.epochs = 2;
        pool.arch = "convnet:width=16";
        pool.trainPerClass = 20;
        pool.validationPerClass = 10;
        makeConvNetPool(m_data, pool, dir("pool"));
        auto loaded = ConvNetPool::load(dir("pool"));
        QCOMPARE(loaded.members().size(), size_t(2)); // one snapshot per epoch
        for (const auto &m : loaded.members()) {
            QVERIFY(m.validationAccuracy > 10 && m.validationAccuracy <= 100); // better than chance
            QVERIFY(fs::exists(fs::path(dir("pool")) / m.file));
        }
        QVERIFY_THROWS_EXCEPTION(ConfigError, loaded.eligible(100.5, 200));
        QVERIFY_THROWS_EXCEPTION(ConfigError, makeConvNetPool(m_data, pool, dir("pool"))); // never overwritten
        ItganConfig config = tinyItgan(2);
        config.embedding = EmbeddingSource::Pool;
        config.poolDir = dir("pool");
        const auto result = runItgan(*m_generator.generator, m_data, start, config, {dir("itgan-pool"), false, {}});
        QVERIFY(!torch::equal(result.latents, start.latents));
        config.poolMinAccuracy = 100.5;
        QVERIFY_THROWS_EXCEPTION(ConfigError, runItgan(*m_generator.generator, m_data, start, config,
                                                       {dir("itgan-pool-empty"), false, {}}));
    }

    // Each section's field table gives JSON write/read that round-trip, and describe()
    // lists every key once with the default the config struct has.
    void configSchemasRoundTripAndDescribeEveryKey()
    {
        const auto check = [](const auto &schema, auto config) {
            const nlohmann::json json = schema.toJson(config);
            QCOMPARE(schema.toJson(schema.fromJson(json)).dump(), json.dump());
            const nlohmann::json described = schema.describe();
            const nlohmann::json defaults = schema.toJson(decltype(config){});
            QCOMPARE(described.size(), json.size());
            for (const auto &field : described) {
                const std::string key = field.at("key");
                QVERIFY2(json.contains(key), key.c_str());
                QCOMPARE(field.at("default").dump(), defaults.at(key).dump());
                QVERIFY2(!field.at("help").get<std::string>().empty(), key.c_str());
            }
        };
        ItganConfig itgan;
        itgan.objective = MatchingObjective::Gradient;
        itgan.splitStrategy = SplitStrategy::Mixed;
        itgan.lambda = 0.25;
        check(itganSchema(), itgan);
        DmConfig dm;
        dm.init = DmInit::Noise;
        check(dmSchema(), dm);
        check(inversionSchema(), InversionConfig{});
        EvaluationSettings evaluation;
        evaluation.architectures = {"convnet", "resnet18"};
        evaluation.epochsPerSet = {{"dm", 30}};
        check(evaluationSchema(), evaluation);
        CompareSettings compare;
        compare.sets = {"itgan", "dm"};
        check(compareSchema(), compare);
        QCOMPARE(toJson(itgan).at("objective").get<std::string>(), std::string("gm"));
        QCOMPARE(toJson(itgan).at("split_strategy").get<std::string>(), std::string("mixed"));
        QVERIFY(itganConfigFromJson({{"embedding", "pool"}}).embedding == EmbeddingSource::Pool);
    }

    void liveControlPausesAndChangesLambdaAndLearningRate()
    {
        RunControl control;
        std::atomic<int64_t> done{0};
        JobHooks hooks;
        hooks.onIteration = [&](const IterationEvent &e) { done = e.iteration; };
        std::atomic<bool> cancelled{false};
        std::thread worker([&] {
            try {
                runItgan(*m_generator.generator, m_data, m_inverted, tinyItgan(1000), {dir("itgan-live"), false, {}},
                         &control, hooks);
            } catch (const CancelledError &) {
                cancelled = true;
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(done >= 2, 60000);
        control.pause();
        // The job acknowledges the pause by parking at the next iteration boundary.
        QTRY_VERIFY_WITH_TIMEOUT(control.isParked(), 60000);
        const int64_t pausedAt = done;
        QTest::qWait(300);
        QCOMPARE(int64_t(done), pausedAt);
        control.request(Stage::Itgan, LiveParameter::Lambda, 0.5);
        control.request(Stage::Itgan, LiveParameter::LearningRate, 0.02);
        // A request for another stage is not IT-GAN's to take; a parameter a stage lacks is refused.
        control.request(Stage::Inversion, LiveParameter::LearningRate, 0.3);
        QVERIFY_THROWS_EXCEPTION(ConfigError, control.request(Stage::Dm, LiveParameter::Lambda, 0.5));
        QVERIFY_THROWS_EXCEPTION(ConfigError, control.request(Stage::Itgan, LiveParameter::Lambda, 1.5));
        control.resume();
        QTRY_VERIFY_WITH_TIMEOUT(done >= pausedAt + 2, 60000);
        control.cancel();
        worker.join();
        QVERIFY(cancelled);
        QVERIFY(!control.take(Stage::Itgan, LiveParameter::Lambda)); // consumed by IT-GAN
        QCOMPARE(control.take(Stage::Inversion, LiveParameter::LearningRate).value_or(-1), 0.3); // still waiting

        bool sawLambda = false, sawLr = false;
        int64_t changedAt = -1;
        for (const auto &e : readEvents(dir("itgan-live"))) {
            if (e.value("control", "") == "lambda") {
                sawLambda = true;
                QCOMPARE(e["value"].get<double>(), 0.5);
                changedAt = e["iteration"].get<int64_t>();
            }
            sawLr = sawLr || e.value("control", "") == "learning_rate";
            if (!e.contains("control")) {
                const bool after = changedAt >= 0;
                QCOMPARE(e["lambda"].get<double>(), after ? 0.5 : 0.01);
                QCOMPARE(e["lr"].get<double>(), after ? 0.02 : 0.01);
            }
        }
        QVERIFY(sawLambda && sawLr);
        QCOMPARE(changedAt, pausedAt);
    }

    void dmCondensesPixelsAndResumesExactly()
    {
        DmConfig config;
        config.imagesPerClass = 2;
        config.iterations = 6;
        config.realBatch = 16;
        config.embeddingArch = "convnet:width=16";
        config.checkpointEvery = 3;
        const auto whole = runDm(m_data, config, {dir("dm"), false, {}});
        QCOMPARE(whole.pixels.size(), int64_t(20));
        QCOMPARE(whole.pixels.images.scalar_type(), torch::kUInt8);
        QCOMPARE(iterationEvents(dir("dm")).size(), size_t(6));
        const auto stored = loadTensorMap(dir("dm") + "/images.pt");
        QVERIFY(torch::equal(stored.at("images"), whole.pixels.images));

        RunControl control;
        JobHooks hooks;
        hooks.onIteration = [&](const IterationEvent &e) {
            if (e.iteration == 4)
                control.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(CancelledError, runDm(m_data, config, {dir("dm-killed"), false, {}}, &control, hooks));
        // A run folder written before a setting existed lacks its key: it resumes when the
        // setting holds its default (what the earlier version did) and is refused otherwise.
        const std::string configFile = dir("dm-killed") + "/config.json";
        const nlohmann::json written = readJsonFile(configFile);
        nlohmann::json older = written;
        older["dm"].erase("iterations"); // 6 here, 20 000 by default
        std::ofstream(configFile) << older.dump();
        expectError([&] { runDm(m_data, config, {dir("dm-killed"), true, {}}); }, "dm.iterations");
        older = written;
        older["dm"].erase("dsa_strategy"); // "auto" here and by default
        std::ofstream(configFile) << older.dump();
        const auto resumed = runDm(m_data, config, {dir("dm-killed"), true, {}});
        QVERIFY(torch::equal(resumed.images, whole.images));
    }

    void nonFiniteLossStopsAndKeepsTheLastGoodCheckpoint()
    {
        DmConfig config;
        config.imagesPerClass = 1;
        config.iterations = 50;
        config.realBatch = 8;
        // Without normalisation the features scale with the pixels, and so does the
        // gradient: with this step size the pixels grow geometrically until the loss overflows.
        config.learningRate = 1e6;
        config.embeddingArch = "convnet:width=16,norm=none";
        config.checkpointEvery = 1;
        try {
            runDm(m_data, config, {dir("dm-nan"), false, {}});
            QFAIL("an exploding run must stop");
        } catch (const Error &e) {
            const QString message = e.what();
            QVERIFY2(message.contains("last good checkpoint"), e.what());
            QVERIFY2(message.contains("Lower the learning rate"), e.what());
        }
        QVERIFY(fs::exists(fs::path(dir("dm-nan")) / "checkpoint.pt"));
        QVERIFY(iterationEvents(dir("dm-nan")).size() < 50);
        QVERIFY(!fs::exists(fs::path(dir("dm-nan")) / "images.pt"));
    }

    void badInputGivesClearErrors()
    {
        auto &g = *m_generator.generator;
        // k larger than a class holds.
        auto tooMany = tinyInversion(1);
        tooMany.imagesPerClass = 61;
        expectError([&] { runInversion(g, *m_featureNet, m_data, tooMany, {dir("bad-k"), false, {}}); }, "60 images");
        // Generator and dataset disagree (channels).
        auto rgb = createGenerator("dcgan32", 8, 128, 10, 3);
        expectError([&] { runInversion(*rgb.generator, *m_featureNet, m_data, tinyInversion(1), {dir("bad-ch"), false, {}}); },
                    "channels");
        // Latents of the wrong size, labels out of range, λ > 0 without source images.
        expectError([&] { runItgan(g, m_data, LatentSet{}, tinyItgan(1), {dir("bad-empty"), false, {}}); },
                    "N > 0");
        LatentSet wrong = m_inverted;
        wrong.latents = torch::zeros({20, 64});
        expectError([&] { runItgan(g, m_data, wrong, tinyItgan(1), {dir("bad-z"), false, {}}); }, "latents have size 64");
        LatentSet noSources = m_inverted;
        noSources.sourceIndices = torch::full({20}, -1, torch::kInt64);
        expectError([&] { runItgan(g, m_data, noSources, tinyItgan(1), {dir("bad-src"), false, {}}); }, "lambda");
        // A class without latents.
        LatentSet missing{m_inverted.latents.narrow(0, 0, 18), m_inverted.labels.narrow(0, 0, 18),
                          m_inverted.sourceIndices.narrow(0, 0, 18)};
        expectError([&] { runItgan(g, m_data, missing, tinyItgan(1), {dir("bad-class"), false, {}}); }, "none of class 9");
        // Unknown option values, unknown keys, values of the wrong type and out of range, each named.
        expectError([] { itganConfigFromJson({{"objective", "kl"}}); }, "itgan.objective: expected one of \"dm\", \"gm\"");
        expectError([] { itganConfigFromJson({{"lamda", 0.1}}); }, "itgan.lamda: unknown key");
        expectError([] { dmConfigFromJson({{"init", "zeros"}}); }, "dm.init");
        expectError([] { inversionConfigFromJson({{"iterations", "many"}}); }, "inversion.iterations");
        auto badLambda = tinyItgan(1);
        badLambda.lambda = 1.5;
        expectError([&] { runItgan(g, m_data, m_inverted, badLambda, {dir("bad-lambda"), false, {}}); },
                    "itgan.lambda must lie in [0, 1]");
        // An output folder that cannot be created.
        expectError([&] { runInversion(g, *m_featureNet, m_data, tinyInversion(1), {"/proc/itgan-test/run", false, {}}); },
                    "/proc/itgan-test");
        // A finished run is not overwritten; resuming with other settings is refused.
        expectError([&] { runInversion(g, *m_featureNet, m_data, tinyInversion(30), {dir("inv"), false, {}}); },
                    "config.json");
        expectError([&] { runInversion(g, *m_featureNet, m_data, tinyInversion(31), {dir("inv"), true, {}}); },
                    "inversion.iterations");
        // A truncated checkpoint.
        fs::copy(dir("inv"), dir("inv-corrupt"), fs::copy_options::recursive);
        fs::resize_file(fs::path(dir("inv-corrupt")) / "checkpoint.pt", 100);
        expectError([&] { runInversion(g, *m_featureNet, m_data, tinyInversion(30), {dir("inv-corrupt"), true, {}}); },
                    "damaged or truncated file");
    }

    void compareBuildsAndEvaluatesEverySet()
    {
        nlohmann::json config = {
            {"dataset", "fashion-mnist"},
            {"images_per_class", 2},
            {"sets", {"gan", "inversion", "itgan", "dm", "random"}},
            {"inversion", {{"iterations", 3}}},
            {"itgan", {{"iterations", 2}, {"real_batch", 8}, {"embedding_arch", "convnet:width=16"}}},
            {"dm", {{"iterations", 2}, {"real_batch", 8}, {"embedding_arch", "convnet:width=16"}}},
            {"evaluation", {{"runs", 2}, {"epochs", 2}, {"architectures", {"convnet:width=16"}}}}};
        const auto outcome = runCompare(config, dir("compare"), false);
        const auto &results = outcome.results;
        QCOMPARE(results["dataset"].get<std::string>(), std::string("fashion-mnist"));
        QCOMPARE(results["sets"].size(), size_t(5));
        int64_t ganBytes = 0, dmBytes = 0;
        for (const auto &set : results["sets"]) {
            QCOMPARE(set["images_per_class"].get<int64_t>(), int64_t(2));
            const auto &ev = set["evaluations"][0];
            QCOMPARE(ev["accuracies"].size(), size_t(2));
            QVERIFY(ev["mean"].get<double>() > 0 && ev["mean"].get<double>() <= 100);
            QVERIFY(ev.contains("std"));
            const std::string name = set["name"];
            QVERIFY(fs::exists(fs::path(dir("compare")) / ("grid_" + name + ".png")));
            if (name == "gan")
                ganBytes = set["bytes"];
            if (name == "dm")
                dmBytes = set["bytes"];
        }
        QCOMPARE(dmBytes, int64_t(20 * 784 + 20));
        QCOMPARE(ganBytes, int64_t(fs::file_size(bundledModelPath(kBundledGenerator))) + 20 * 128 * 4 + 20);
        std::ifstream curves(fs::path(dir("compare")) / "curves.csv");
        int lines = 0;
        for (std::string line; std::getline(curves, line);)
            ++lines;
        QCOMPARE(lines, 1 + 5 * 2 * 2); // header + sets × runs × epochs
        QVERIFY(fs::exists(fs::path(dir("compare")) / "itgan" / "latents.pt"));
        QVERIFY(resultsTable(results).find("itgan") != std::string::npos);
        // An experiment folder of an earlier version, before latent_precision existed, resumes
        // (adding an evaluation is what resuming a finished compare is for); one whose missing
        // key held another value than its default is refused.
        const std::string configFile = dir("compare") + "/config.json";
        const nlohmann::json written = readJsonFile(configFile);
        nlohmann::json older = written;
        older["compare"].erase("images_per_class"); // 2 here, 10 by default
        std::ofstream(configFile) << older.dump();
        expectError([&] { runCompare(config, dir("compare"), true); }, "\"images_per_class\" differs");
        older = written;
        older["compare"].erase("latent_precision");
        std::ofstream(configFile) << older.dump();
        const auto again = runCompare(config, dir("compare"), true).results;
        QCOMPARE(again["sets"], results["sets"]); // every stage and evaluation taken from the folder
        // The default configuration names every section and the paper's values.
        const auto defaults = defaultCompareConfig();
        QCOMPARE(defaults["itgan"]["lambda"].get<double>(), 0.001);
        QCOMPARE(defaults["inversion"]["learning_rate"].get<double>(), 0.1);
        QCOMPARE(defaults["dm"]["iterations"].get<int64_t>(), int64_t(20000));
        // Equal storage (paper Tab. 2): the pixel sets hold what the latent set's bytes hold.
        nlohmann::json equalBytes = {
            {"dataset", "fashion-mnist"},
            {"images_per_class", 2},
            {"storage_budget_bytes", -1},
            {"sets", {"gan", "random"}},
            {"evaluation", {{"runs", 1}, {"epochs", 1}, {"architectures", {"convnet:width=16"}}}}};
        const auto equal = runCompare(equalBytes, dir("compare-equal-bytes"), false).results;
        const int64_t latentBytes = equal["sets"][0]["bytes"], randomBytes = equal["sets"][1]["bytes"];
        const int64_t perClass = equal["sets"][1]["images_per_class"];
        QCOMPARE(latentBytes, ganBytes); // the same 2 latents per class as above
        QCOMPARE(perClass, latentBytes / (10 * 785));
        QVERIFY(randomBytes <= latentBytes && randomBytes + 10 * 785 > latentBytes);
        equalBytes["storage_budget_bytes"] = 3 * 10 * 785 + 7849;
        equalBytes["sets"] = {"random"};
        QCOMPARE(runCompare(equalBytes, dir("compare-budget"), false).results["sets"][0]["images_per_class"].get<int64_t>(),
                 int64_t(3));
        equalBytes["storage_budget_bytes"] = 7849;
        expectError([&] { runCompare(equalBytes, dir("compare-small-budget"), false); }, "one per class needs 7850");
        QVERIFY(!fs::exists(dir("compare-small-budget") + "/config.json"));
        equalBytes["storage_budget_bytes"] = -1;
        expectError([&] { runCompare(equalBytes, dir("compare-no-latents"), false); }, "builds none");
        expectError([] { completeCompareConfig({{"storage_budget_bytes", -2}}); }, "compare.storage_budget_bytes");
        // float16 latents: 2 bytes per value; an unknown precision is refused.
        equalBytes["latent_precision"] = "float16";
        equalBytes["sets"] = {"gan"};
        const auto half = runCompare(equalBytes, dir("compare-float16"), false).results;
        QCOMPARE(half["sets"][0]["bytes"].get<int64_t>(), ganBytes - 20 * 128 * 2);
        expectError([] { completeCompareConfig({{"latent_precision", "float8"}}); }, "compare.latent_precision");
        QCOMPARE(roundedThrough(torch::tensor({1.0f / 3.0f}), StoredPrecision::Float16).item<float>(),
                 static_cast<float>(c10::Half(1.0f / 3.0f)));
        QVERIFY(torch::equal(roundedThrough(torch::tensor({7}), StoredPrecision::Float16), torch::tensor({7})));
        expectError([] { completeCompareConfig({{"sets", {"gan", "vae"}}}); }, "compare.sets: unknown entry \"vae\"");
        expectError([] { completeCompareConfig({{"images_per_class", 0}}); }, "compare.images_per_class must lie in [1");
        expectError([] { completeCompareConfig({{"evaluation", {{"runs", "three"}}}}); }, "evaluation.runs");
        expectError([] { completeCompareConfig({{"evalution", {}}}); }, "unknown key \"evalution\"");
        // No silent conversions or empty selections.
        expectError([] { inversionConfigFromJson({{"iterations", 2.5}}); }, "inversion.iterations: expected an integer, got 2.5");
        expectError([] { itganConfigFromJson({{"seed", -1}}); }, "itgan.seed: expected a non-negative integer");
        expectError([] { dmConfigFromJson({{"learning_rate", "1"}}); }, "dm.learning_rate: expected a number");
        expectError([] { completeCompareConfig({{"sets", nlohmann::json::array()}}); }, "compare.sets: needs at least 1");
        const std::string duplicated = dir("duplicated.json");
        std::ofstream(duplicated) << R"({"itgan": {"lambda": 0.1, "lambda": 0.5}})";
        expectError([&] { readJsonFile(duplicated); }, "\"lambda\" appears twice");
    }

    // Whole-set learning on a training subset (paper Tab. 1, Fig. 3/4): one latent per image
    // of a seeded subset, and the "real" set is that subset.
    void compareLearnsAWholeSubset()
    {
        const nlohmann::json config = {
            {"dataset", "fashion-mnist"},
            {"images_per_class", 3},
            {"training_subset_per_class", 3},
            {"sets", {"inversion", "random", "real"}},
            {"inversion", {{"iterations", 2}}},
            {"evaluation", {{"runs", 1}, {"epochs", 1}, {"architectures", {"convnet:width=16"}}}}};
        const auto results = runCompare(config, dir("compare-subset"), false).results;
        QCOMPARE(results["sets"].size(), size_t(3));
        const int64_t generatorBytes = fs::file_size(bundledModelPath(kBundledGenerator));
        QCOMPARE(results["sets"][0]["bytes"].get<int64_t>(), generatorBytes + 30 * 128 * 4 + 30); // 30 latents
        QCOMPARE(results["sets"][1]["bytes"].get<int64_t>(), int64_t(30 * 785));                 // 30 images
        QCOMPARE(results["sets"][2]["bytes"].get<int64_t>(), int64_t(30 * 785)); // "real" = the subset
        // Every image of the subset was inverted once; the run names the subset, so reopening it
        // (resume, the studio) sees the same 30 images.
        const LatentSet inverted = loadLatentSet(dir("compare-subset") + "/inversion/latents.pt");
        QCOMPARE(std::get<0>(at::_unique(inverted.sourceIndices)).numel(), int64_t(30));
        QCOMPARE(inverted.sourceIndices.max().item<int64_t>(), int64_t(29));
        const auto identity = readJsonFile(dir("compare-subset") + "/inversion/config.json");
        const EngineInputRequest reopened = engineRequestFromIdentity(identity);
        QCOMPARE(reopened.trainingSubsetPerClass, int64_t(3));
        const EngineInputs inputs = loadEngineInputs(reopened);
        QCOMPARE(inputs.data.train.size(), int64_t(30));
        const auto expected = subsetPerClass(loadDataset({"fashion-mnist"}).train, 10, 3, 0);
        QVERIFY(torch::equal(inputs.data.train.images, expected.images));
        // The inverted images are the subset's: each latent's source matches its label.
        QVERIFY(torch::equal(inputs.data.train.labels.index_select(0, inverted.sourceIndices), inverted.labels));
        // More latents than the subset, or a subset larger than a class: refused before anything is written.
        expectError([] { completeCompareConfig({{"images_per_class", 4}, {"training_subset_per_class", 3}}); },
                    "compare.images_per_class 4 is larger than compare.training_subset_per_class 3");
        nlohmann::json tooLarge = config;
        tooLarge["images_per_class"] = 7000;
        tooLarge["training_subset_per_class"] = 7000;
        expectError([&] { runCompare(tooLarge, dir("compare-subset-too-large"), false); }, "has 6000 images but 7000");
        QVERIFY(!fs::exists(dir("compare-subset-too-large") + "/config.json"));
        nlohmann::json tooMany = {{"dataset", "fashion-mnist"}, {"images_per_class", 7000}, {"sets", {"random"}}};
        expectError([&] { runCompare(tooMany, dir("compare-too-many"), false); },
                    "need 7000 images per class, but class 0 of fashion-mnist's training split has 6000");
        QVERIFY(!fs::exists(dir("compare-too-many") + "/config.json"));
    }
};

QTEST_GUILESS_MAIN(TestCondensation)
#include "tst_condensation.moc"
