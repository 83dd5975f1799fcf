// The evaluation engine on real Fashion-MNIST data with small real networks: it learns,
// follows the protocol's schedule, repeats with a seed, reports progress, and cancels.
#include "TestSupport.h"

#include "core/evaluation/ClassifierTrainer.h"
#include "core/data/DatasetLoader.h"
#include "core/experiments/CompareExperiment.h"
#include "core/base/DurationText.h"
#include "core/evaluation/Evaluation.h"
#include "core/evaluation/EvaluationEstimate.h"
#include "core/nets/NetworkFactory.h"

#include <QtTest>

#include <cmath>

using namespace itgan;

namespace {

constexpr const char *kSmallConvNet = "convnet:width=32"; // fast on 2 cores, same family

} // namespace

class EvaluationTest : public QObject {
    Q_OBJECT

private:
    DatasetSplit m_pixels; // 20 real images per class, uint8
    Normalisation m_normalisation;
    TensorDataset m_train; // the same in classifier space
    TensorDataset m_test;  // 2000 real test images
    TrainingConfig m_config;

private slots:
    void initTestCase()
    {
        const Dataset ds = loadDataset({"fashion-mnist", 32, 0});
        const DatasetSplit subset = subsetPerClass(ds.train, 10, 20, 1);
        m_pixels = subset;
        m_normalisation = ds.normalisation;
        m_train = {toClassifierSpace(subset.images, ds.normalisation), subset.labels};
        m_test = {toClassifierSpace(ds.test.images.narrow(0, 0, 2000), ds.normalisation), ds.test.labels.narrow(0, 0, 2000)};
        m_config.arch = kSmallConvNet;
        m_config.epochs = 12;
        m_config.batchSize = 64;
        m_config.seed = 7;
        m_config.testEvery = 4;
    }

    void learnsFromFewRealImages()
    {
        int epochsSeen = 0, batchesSeen = 0;
        TrainingCallbacks cb;
        cb.onEpoch = [&](const EpochRecord &, int total) {
            ++epochsSeen;
            QCOMPARE(total, 12);
        };
        cb.onBatch = [&](int, int, int perEpoch) {
            ++batchesSeen;
            QCOMPARE(perEpoch, 4); // 200 images, batch 64
        };
        const TrainingResult r = trainClassifier(m_config, m_train, m_test, 10, nullptr, cb);
        QCOMPARE(epochsSeen, 12);
        QCOMPARE(batchesSeen, 48);
        QCOMPARE(int(r.epochs.size()), 12);
        // Far above chance (10 %) after a few epochs on 200 images.
        QVERIFY2(r.finalTestAccuracy > 55.0, qPrintable(QString("accuracy %1").arg(r.finalTestAccuracy)));
        QVERIFY(r.epochs.back().trainLoss < r.epochs.front().trainLoss);
        // lr 0.01 for the first half, x0.1 for the second.
        QCOMPARE(r.epochs[5].learningRate, 0.01);
        QVERIFY(std::abs(r.epochs[6].learningRate - 0.001) < 1e-12);
        // Tested every 4th epoch and at the end.
        QVERIFY(std::isnan(r.epochs[0].testAccuracy));
        QVERIFY(!std::isnan(r.epochs[3].testAccuracy));
        QCOMPARE(r.finalTestAccuracy, r.epochs[11].testAccuracy);
        QCOMPARE(testAccuracy(*r.model, m_test), r.finalTestAccuracy);
    }

    void seedsMakeRunsRepeatable()
    {
        TrainingConfig c = m_config;
        c.epochs = 2;
        const auto a = trainClassifier(c, m_train, m_test, 10);
        const auto b = trainClassifier(c, m_train, m_test, 10);
        c.seed = 8;
        const auto other = trainClassifier(c, m_train, m_test, 10);
        QCOMPARE(a.epochs[1].trainLoss, b.epochs[1].trainLoss);
        QCOMPARE(a.finalTestAccuracy, b.finalTestAccuracy);
        QVERIFY(a.epochs[1].trainLoss != other.epochs[1].trainLoss);
    }

    void everyZooNetworkTrains_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::newRow("resnet18bn") << "resnet18bn";
        QTest::newRow("vgg11") << "vgg11";
        QTest::newRow("convnet-bn") << "convnet-bn";
        QTest::newRow("vgg19bn") << "vgg19bn";
        QTest::newRow("wrn-16-8") << "wrn-16-8";
        QTest::newRow("mobilenetv2") << "mobilenetv2";
    }

    void everyZooNetworkTrains()
    {
        QFETCH(QString, arch);
        TrainingConfig c = m_config;
        c.arch = arch.toStdString();
        c.epochs = 1;
        // One step on 2 images per class (m_train is class-major, 20 per class) and a test
        // pass on 200: enough to run every layer forward and backward; WRN-16-8 took 19 s
        // with all 200 images.
        const torch::Tensor twoPerClass = torch::arange(0, m_train.size(), 10, torch::kInt64);
        const TensorDataset train{m_train.images.index_select(0, twoPerClass), m_train.labels.index_select(0, twoPerClass)};
        const TensorDataset test{m_test.images.narrow(0, 0, 200), m_test.labels.narrow(0, 0, 200)};
        const auto r = trainClassifier(c, train, test, 10);
        QCOMPARE(r.epochs.size(), size_t(1));
        QVERIFY(std::isfinite(r.epochs[0].trainLoss));
        QVERIFY(r.finalTestAccuracy >= 0.0 && r.finalTestAccuracy <= 100.0);
    }

    void crossArchitectureNetworksHaveTheirPublishedSizes_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<double>("millions"); // parameters for 10 classes, 3x32x32 input, as published
        QTest::addColumn<int>("embedding");
        QTest::newRow("wrn-16-8") << "wrn-16-8" << 11.0 << 512;    // Zagoruyko & Komodakis, Tab. 1
        QTest::newRow("mobilenetv2") << "mobilenetv2" << 2.30 << 1280; // the common CIFAR form, ~2.3 M
        QTest::newRow("vgg19bn") << "vgg19bn" << 20.0 << 512;       // CIFAR VGG19-BN, ~20.0 M
    }

    void crossArchitectureNetworksHaveTheirPublishedSizes()
    {
        QFETCH(QString, arch);
        QFETCH(double, millions);
        QFETCH(int, embedding);
        const auto net = createNetwork({arch.toStdString(), 3, 10, 32});
        int64_t count = 0;
        for (const auto &p : net->parameters())
            count += p.numel();
        QVERIFY2(std::abs(count / 1e6 - millions) / millions < 0.02, qPrintable(QString("%1 parameters").arg(count)));
        QCOMPARE(net->architecture(), arch.toStdString());
        net->eval();
        torch::NoGradGuard noGrad;
        QCOMPARE(net->embed(torch::randn({2, 3, 32, 32})).sizes().vec(), (std::vector<int64_t>{2, embedding}));
        QCOMPARE(net->forward(torch::randn({2, 3, 32, 32})).sizes().vec(), (std::vector<int64_t>{2, 10}));
        // 1x28x28 data (Fashion-MNIST) works too: global pooling absorbs the size.
        const auto gray = createNetwork({arch.toStdString(), 1, 10, 28});
        gray->eval();
        QCOMPARE(gray->forward(torch::randn({2, 1, 28, 28})).sizes().vec(), (std::vector<int64_t>{2, 10}));
    }

    void cancellationStopsAtTheNextBatch()
    {
        CancellationToken token;
        int batches = 0;
        TrainingCallbacks cb;
        cb.onBatch = [&](int, int, int) {
            if (++batches == 3)
                token.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(CancelledError, trainClassifier(m_config, m_train, m_test, 10, &token, cb));
        QCOMPARE(batches, 3);
    }

    void inconsistentInputsAreRejected()
    {
        TensorDataset bad{m_train.images, m_train.labels.narrow(0, 0, 10)};
        QVERIFY_THROWS_EXCEPTION(ConfigError, trainClassifier(m_config, bad, m_test, 10));
        TensorDataset outOfRange{m_train.images, m_train.labels + 3};
        QVERIFY_THROWS_EXCEPTION(ConfigError, trainClassifier(m_config, outOfRange, m_test, 10));
        TrainingConfig c = m_config;
        c.arch = "lenet";
        QVERIFY_THROWS_EXCEPTION(ConfigError, trainClassifier(c, m_train, m_test, 10));
    }

    void repeatedRunsGiveResultsAndCurves()
    {
        TrainingConfig c = m_config;
        c.epochs = 2;
        c.testEvery = 1;
        SetEvaluation ev = evaluateSet("random", c, 2, m_train, m_test, 10);
        ev.imagesPerClass = 20;
        QCOMPARE(int(ev.accuracies.size()), 2);
        QVERIFY(ev.accuracies[0] != ev.accuracies[1]); // seeds 7 and 8
        QVERIFY(std::abs(ev.mean - (ev.accuracies[0] + ev.accuracies[1]) / 2) < 1e-9);
        QVERIFY(std::abs(ev.std - std::abs(ev.accuracies[0] - ev.accuracies[1]) / 2) < 1e-9);
        QCOMPARE(ev.bytes, int64_t(200 * 28 * 28));

        const auto json = resultsJson("fashion-mnist", trainingConfigJson(c), {ev});
        QCOMPARE(json["dataset"].get<std::string>(), std::string("fashion-mnist"));
        const auto &set = json["sets"][0];
        QCOMPARE(set["name"].get<std::string>(), std::string("random"));
        QCOMPARE(set["images_per_class"].get<int>(), 20);
        QCOMPARE(set["evaluations"][0]["arch"].get<std::string>(), std::string(kSmallConvNet));
        QCOMPARE(set["evaluations"][0]["accuracies"].size(), size_t(2));
        QCOMPARE(set["evaluations"][0]["mean"].get<double>(), ev.mean);

        const QString csv = QString::fromStdString(curvesCsv({ev}));
        const QStringList lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2 * 2); // header + runs x epochs
        QVERIFY(lines[0].startsWith("set,arch,run,epoch"));
        QVERIFY(lines[4].startsWith("random,\"convnet:width=32\",1,2,"));
    }

    // The epochs that are tested: every testEvery-th and the last; 0 = about ten per run.
    void testedEpochsFollowTheSchedule()
    {
        TrainingConfig c;
        c.epochs = 300;
        QCOMPARE(testedEpochs(c), 10);
        c.epochs = 7; // 7 / 10 rounds to an interval of 1
        QCOMPARE(testedEpochs(c), 7);
        c.epochs = 12;
        c.testEvery = 5; // 5, 10 and the last
        QCOMPARE(testedEpochs(c), 3);
        QVERIFY(isTestEpoch(c, 5) && isTestEpoch(c, 12) && !isTestEpoch(c, 11));
        // trainClassifier tests exactly those epochs.
        TrainingConfig t = m_config;
        t.epochs = 5;
        t.testEvery = 2;
        const auto result = trainClassifier(t, m_train, m_test, 10);
        int tested = 0;
        for (const auto &e : result.epochs) {
            QCOMPARE(!std::isnan(e.testAccuracy), isTestEpoch(t, e.epoch));
            tested += std::isnan(e.testAccuracy) ? 0 : 1;
        }
        QCOMPARE(tested, testedEpochs(t));
        // The curve's earlier points on the probe (class-balanced, the same images every
        // time), the last epoch — the reported accuracy — on the whole test set.
        t.testProbe = 500;
        const auto probed = trainClassifier(t, m_train, m_test, 10);
        for (const auto &e : probed.epochs)
            QCOMPARE(e.testImages, !isTestEpoch(t, e.epoch) ? int64_t(0) : e.epoch == t.epochs ? m_test.size() : int64_t(500));
        QCOMPARE(probed.finalTestAccuracy, testAccuracy(*probed.model, m_test));
        const TensorDataset probe = testProbeSubset(m_test, 10, 500);
        QCOMPARE(probe.size(), int64_t(500));
        QVERIFY(torch::equal(torch::bincount(probe.labels, {}, 10), torch::full({10}, 50, torch::kInt64)));
        QVERIFY(torch::equal(testProbeSubset(m_test, 10, 500).images, probe.images));
        QCOMPARE(testProbeSubset(m_test, 10, 0).size(), m_test.size());
        QCOMPARE(testProbeSubset(m_test, 10, 50000).size(), m_test.size());
    }

    // The estimate is epochs × images / measured throughput, summed over runs and plans;
    // measuring leaves the global random generator as it was (results do not change).
    void evaluationEstimateFromMeasuredThroughput()
    {
        PlannedEvaluation plan;
        plan.config.epochs = 10;
        plan.config.testEvery = 5; // epochs 5 and 10 tested
        plan.runs = 3;
        plan.trainImages = 1000;
        plan.testImages = 2000;
        EvaluationThroughput throughput;
        throughput.trainImagesPerSecond = 500;
        throughput.testImagesPerSecond = 4000;
        plan.config.testProbe = 0; // every test on the whole test set
        QCOMPARE(estimatedSeconds(plan, throughput), 3 * (10 * 1000 / 500.0 + 2 * 2000 / 4000.0));
        plan.config.testProbe = 500; // epoch 5 on the probe, the last on the whole set
        QCOMPARE(estimatedSeconds(plan, throughput), 3 * (10 * 1000 / 500.0 + (500 + 2000) / 4000.0));

        torch::manual_seed(11);
        const auto expected = torch::randn({4});
        torch::manual_seed(11);
        const auto measured = measureThroughput(m_config, 64, m_train, m_test, 10);
        QVERIFY(torch::equal(torch::randn({4}), expected));
        QVERIFY(std::isfinite(measured.trainImagesPerSecond) && measured.trainImagesPerSecond > 0);
        QVERIFY(std::isfinite(measured.testImagesPerSecond) && measured.testImagesPerSecond > 0);
        // A batch larger than the set repeats its images.
        QVERIFY(measureThroughput(m_config, 300, m_train, m_test, 10).trainImagesPerSecond > 0);

        PlannedEvaluation small{m_config, 2, m_train.size(), m_test.size()};
        const QString text = QString::fromStdString(describeEvaluationEstimate({small, small}, m_pixels, m_normalisation, m_test, 10));
        QVERIFY2(text.startsWith("estimated ") && text.contains("for 4 classifier(s)")
                     && text.contains(QString(kSmallConvNet) + ", batch 64: "),
                 qPrintable(text));
        QCOMPARE(QString::fromStdString(formatDuration(42)), QString("42s"));
        QCOMPARE(QString::fromStdString(formatDuration(3 * 86400 + 5 * 3600)), QString("3d05h"));
        QCOMPARE(QString::fromStdString(formatDuration(-1)), QString("--"));
    }

    // The whole real set is evaluated for a few epochs by default, not the synthetic sets' 200.
    void wholeRealSetGetsFewEpochsByDefault()
    {
        const auto config = completeCompareConfig(nlohmann::json::object());
        QCOMPARE(config.at("evaluation").at("epochs_per_set").at("real").get<int>(), 8);
        QCOMPARE(config.at("evaluation").at("epochs").get<int>(), 200);
    }
};

QTEST_GUILESS_MAIN(EvaluationTest)
#include "tst_evaluation.moc"
