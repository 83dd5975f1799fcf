// The generative prior: DiffAugment, discriminators, generator files of every kind
// (native, imported BigGAN state dict, TorchScript), GAN training with checkpoints and an
// exact resume after a kill, and the quality metrics.
#include "TestSupport.h"

#include "core/generators/BigGan.h"
#include "core/data/DatasetLoader.h"
#include "core/augment/DiffAugment.h"
#include "core/gan/Discriminator.h"
#include "core/gan/GanMetrics.h"
#include "core/gan/GanTrainer.h"
#include "core/io/BundledModels.h"
#include "core/nets/ClassifierFile.h"
#include "core/generators/GeneratorFile.h"
#include "core/generators/TorchScriptGenerator.h"
#include "core/nets/NetworkFactory.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/script.h>

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>

namespace fs = std::filesystem;
using namespace itgan;

namespace {

// A tiny real dataset: 20 Fashion-MNIST images per class.
Dataset tinyFashionMnist()
{
    Dataset ds = loadDataset({"fashion-mnist", 32, 0});
    ds.train = subsetPerClass(ds.train, 10, 20, 0);
    ds.test = subsetPerClass(ds.test, 10, 5, 0);
    return ds;
}

GanTrainingConfig tinyConfig(int64_t steps)
{
    GanTrainingConfig c;
    c.arch = "dcgan32";
    c.width = 8;
    c.discriminatorWidth = 8;
    c.latentSize = 16;
    c.steps = steps;
    c.batchSize = 8;
    c.discriminatorSteps = 2;
    c.emaStart = 2;
    c.emaDecay = 0.9;
    c.checkpointEvery = 2;
    c.sampleEvery = 2;
    c.logEvery = 1;
    c.seed = 5;
    return c;
}

TensorMap weightsOf(const std::string &generatorFile)
{
    TensorMap w = loadTensorMap(generatorFile);
    w.erase("__itgan__");
    return w;
}

bool sameWeights(const TensorMap &a, const TensorMap &b)
{
    if (a.size() != b.size())
        return false;
    for (const auto &[k, v] : a)
        if (!b.count(k) || !torch::equal(v, b.at(k)))
            return false;
    return true;
}

} // namespace

class GanTest : public QObject {
    Q_OBJECT

private:
    std::string m_dir;

private slots:
    void init() { m_dir = test::makeTempDir("gan"); }
    void cleanup() { fs::remove_all(m_dir); }

    void diffAugmentAppliesEveryPolicyPerImage()
    {
        auto gen = at::detail::createCPUGenerator(1);
        auto x = torch::rand({6, 1, 32, 32}).mul(2).sub(1).requires_grad_(true);
        const DiffAugment all("color,translation,cutout");
        QCOMPARE(all.policy(), std::string("color,translation,cutout"));
        auto y = all.apply(x.narrow(0, 0, 1).expand({6, 1, 32, 32}), gen);
        QCOMPARE(y.sizes(), x.sizes());
        QVERIFY(test::maxAbsDiff(y[0], y[1]) > 0); // each image its own parameters
        all.apply(x, gen).sum().backward();
        QVERIFY(x.grad().defined());
        QVERIFY(torch::equal(DiffAugment("").apply(x, gen), x));
        QVERIFY_THROWS_EXCEPTION(ConfigError, DiffAugment("translation,blur"));
    }

    void discriminatorsScoreImagesPerClass()
    {
        for (const char *arch : {"dcgan32", "biggan32"}) {
            auto d = createDiscriminator(arch, 8, 10, 3);
            auto x = torch::randn({4, 3, 32, 32});
            auto out = d->forward(x, torch::tensor({0, 1, 2, 3}));
            QCOMPARE(out.sizes().vec(), std::vector<int64_t>{4});
            // The projection term makes the score depend on the class.
            auto other = d->forward(x, torch::tensor({4, 5, 6, 7}));
            QVERIFY(test::maxAbsDiff(out, other) > 0);
        }
        QVERIFY_THROWS_EXCEPTION(ConfigError, createDiscriminator("stylegan", 8, 10, 3));
    }

    void nativeGeneratorFilesRoundTrip()
    {
        for (const char *arch : {"dcgan32", "biggan32"}) {
            torch::manual_seed(2);
            LoadedGenerator g = createGenerator(arch, 8, 32, 10, 1);
            saveGenerator(g, {{"step", 7}}, m_dir + "/g.pt");
            LoadedGenerator back = loadGenerator(m_dir + "/g.pt");
            QCOMPARE(back.fileKind, std::string("native"));
            QCOMPARE(back.generator->info().arch, std::string(arch));
            QCOMPARE(back.metadata["step"].get<int>(), 7);
            g.generator->setTraining(false);
            back.generator->setTraining(false);
            auto z = torch::randn({5, 32});
            auto y = torch::tensor({0, 2, 4, 6, 9});
            torch::NoGradGuard noGrad;
            QVERIFY(torch::equal(g.generator->generate(z, y), back.generator->generate(z, y)));
        }
    }

    void classBlendsInterpolateTheClassEmbedding()
    {
        for (const char *arch : {"dcgan32", "biggan32"}) {
            torch::manual_seed(3);
            LoadedGenerator g = createGenerator(arch, 8, 32, 10, 1);
            g.generator->setTraining(false);
            QVERIFY(g.generator->blendsClasses());
            torch::NoGradGuard noGrad;
            const auto z = torch::randn({3, 32});
            const auto y = torch::tensor({0, 4, 9});
            // One-hot weights are the plain classes, bit for bit.
            const auto oneHot = torch::one_hot(y, 10).to(torch::kFloat32);
            QVERIFY(torch::equal(g.generator->generateWithClassWeights(z, oneHot), g.generator->generate(z, y)));
            // Halfway between classes 0 and 4: the conditional batch norms' gains and biases are the
            // means of the two classes' rows — the first norm's output is exactly between the two
            // classes', so the image is neither class's image.
            auto half = torch::zeros({1, 10});
            half[0][0] = 0.5;
            half[0][4] = 0.5;
            const auto mixed = g.generator->generateWithClassWeights(z.narrow(0, 0, 1), half);
            const auto a = g.generator->generate(z.narrow(0, 0, 1), torch::tensor({0}));
            const auto b = g.generator->generate(z.narrow(0, 0, 1), torch::tensor({4}));
            QVERIFY(!torch::allclose(mixed, a) && !torch::allclose(mixed, b));
            QVERIFY((mixed - (a + b) / 2).abs().max().item<double>() < (a - b).abs().max().item<double>());
            // Rows that are not a blend are refused by name.
            QVERIFY(test::errorOf<ConfigError>([&] { g.generator->generateWithClassWeights(z, oneHot * 2); })
                        .contains("sum to 1"));
            QVERIFY(test::errorOf<ConfigError>([&] { g.generator->generateWithClassWeights(z, torch::ones({3, 9}) / 9); })
                        .contains("[3, 10]"));
        }
    }

    void importedBigGanStateDict()
    {
        const TensorMap fx = test::loadFixture("biggan_g16.pt");
        TensorMap plain;
        for (const auto &[k, v] : fx)
            if (k.rfind("param.", 0) == 0)
                plain[k.substr(6)] = v;
        saveTensorMap(plain, m_dir + "/G.pt");
        LoadedGenerator g = loadGenerator(m_dir + "/G.pt");
        QCOMPARE(g.fileKind, std::string("state-dict"));
        QCOMPARE(g.generator->info().arch, std::string("biggan32"));
        QCOMPARE(g.generator->info().parameterCount, int64_t(375683));
        g.generator->setTraining(false);
        torch::NoGradGuard noGrad;
        QVERIFY(test::maxAbsDiff(g.generator->generate(fx.at("z"), fx.at("y")), fx.at("out")) <= 1e-5);

        // Wrong architecture: the message names the first mismatching tensor and its shape.
        plain["blocks.1.0.conv1.weight"] = torch::zeros({64, 32, 3, 3});
        saveTensorMap(plain, m_dir + "/bad.pt");
        {
            const QString e = test::errorOf<ModelError>([&] { loadGenerator(m_dir + "/bad.pt"); });
            QVERIFY2(e.contains("blocks.1.0.conv1.weight") && e.contains("[64, 32, 3, 3]"),
                     qPrintable("a mismatching state dict: " + e));
        }
        // Truncated file.
        auto bytes = readFileBytes(m_dir + "/G.pt");
        bytes.resize(bytes.size() / 2);
        writeFileAtomically(m_dir + "/half.pt", bytes);
        {
            const QString e = test::errorOf<Error>([&] { loadGenerator(m_dir + "/half.pt"); });
            QVERIFY2(e.contains("half.pt"), qPrintable("a truncated file: " + e));
        }
    }

    void torchScriptGenerators()
    {
        // A scripted generator written with LibTorch's own TorchScript front end.
        torch::jit::Module m("TinyGenerator");
        m.register_parameter("w", torch::randn({8, 3 * 32 * 32}) * 0.01, false);
        m.register_parameter("emb", torch::randn({10, 8}), false);
        m.register_attribute("latent_size", c10::IntType::get(), int64_t(8));
        m.register_attribute("num_classes", c10::IntType::get(), int64_t(10));
        m.define(R"JIT(
def forward(self, z, y):
    h = z + self.emb[y]
    return torch.tanh(torch.matmul(h, self.w)).view(-1, 3, 32, 32)
)JIT");
        m.save(m_dir + "/ts.pt");
        LoadedGenerator g = loadGenerator(m_dir + "/ts.pt");
        QCOMPARE(g.fileKind, std::string("torchscript"));
        const GeneratorInfo info = g.generator->info();
        QCOMPARE(info.latentSize, int64_t(8));
        QCOMPARE(info.channels, int64_t(3));
        QCOMPARE(info.resolution, int64_t(32));
        auto z = torch::randn({4, 8}).requires_grad_(true);
        g.generator->generate(z, torch::tensor({1, 2, 3, 9})).pow(2).sum().backward();
        QVERIFY(z.grad().defined() && z.grad().abs().sum().item<double>() > 0);
        QVERIFY_THROWS_EXCEPTION(ConfigError, g.generator->generate(torch::randn({4, 8}), torch::tensor({1, 2, 3, 10})));
        // Whole classes only: a blend of classes is refused with the reason.
        QVERIFY(!g.generator->blendsClasses());
        QVERIFY(test::errorOf<ConfigError>([&] {
                    g.generator->generateWithClassWeights(torch::randn({1, 8}), torch::full({1, 10}, 0.1));
                }).contains("whole classes only"));

        // The wrong signature is refused when the file is opened.
        torch::jit::Module bad("BadGenerator");
        bad.register_attribute("latent_size", c10::IntType::get(), int64_t(8));
        bad.register_attribute("num_classes", c10::IntType::get(), int64_t(10));
        bad.define(R"JIT(
def forward(self, z, y):
    return z
)JIT");
        bad.save(m_dir + "/bad_ts.pt");
        {
            const QString e = test::errorOf<ModelError>([&] { loadGenerator(m_dir + "/bad_ts.pt"); });
            QVERIFY2(e.contains("bad_ts.pt"), qPrintable("a TorchScript module returning latents was accepted? " + e));
        }
    }

    void trainingWritesCheckpointsSamplesAndEvents()
    {
        const Dataset ds = tinyFashionMnist();
        GanTrainer trainer(tinyConfig(4), ds, m_dir + "/run", false);
        int steps = 0, checkpoints = 0;
        GanTrainingCallbacks cb;
        cb.onStep = [&](const GanStepEvent &e, int64_t total) {
            ++steps;
            QCOMPARE(total, int64_t(4));
            QVERIFY(std::isfinite(e.lossD) && std::isfinite(e.lossG));
        };
        cb.onCheckpoint = [&](const GanCheckpointEvent &) { ++checkpoints; };
        trainer.run(nullptr, cb);
        QCOMPARE(steps, 4);
        QCOMPARE(checkpoints, 2);
        for (const char *f : {"config.json", "events.jsonl", "checkpoint.pt", "generator_latest.pt", "samples/latest.png",
                              "samples/step_0000002.png"})
            QVERIFY2(fs::exists(m_dir + "/run/" + f), f);
        QVERIFY_THROWS_EXCEPTION(IoError, GanTrainer(tinyConfig(4), ds, m_dir + "/run", false)); // no overwrite
        // An output folder that cannot be created is named in the error.
        {
            const QString e = test::errorOf<IoError>(
                [&] { GanTrainer unwritable(tinyConfig(4), ds, m_dir + "/run/config.json/sub", false); });
            QVERIFY2(e.contains("config.json/sub"), qPrintable("a run directory inside a file was accepted? " + e));
        }
        // A corrupt checkpoint is reported, not crashed on.
        std::ofstream(m_dir + "/run/checkpoint.pt") << "garbage";
        {
            const QString e = test::errorOf<IoError>([&] { GanTrainer again(tinyConfig(6), ds, m_dir + "/run", true); });
            QVERIFY2(e.contains("checkpoint.pt") && e.contains("not a file written by torch.save"),
                     qPrintable("a corrupt checkpoint was accepted? " + e));
        }
    }

    void aKilledRunResumesExactly()
    {
        const Dataset ds = tinyFashionMnist();
        {
            GanTrainer straight(tinyConfig(6), ds, m_dir + "/straight", false);
            straight.run();
        }
        {
            // Cancelled after step 3: a checkpoint is written at the next step boundary.
            GanTrainer first(tinyConfig(6), ds, m_dir + "/resumed", false);
            CancellationToken token;
            GanTrainingCallbacks cb;
            cb.onStep = [&](const GanStepEvent &e, int64_t) {
                if (e.step == 3)
                    token.cancel();
            };
            QVERIFY_THROWS_EXCEPTION(CancelledError, first.run(&token, cb));
            QCOMPARE(first.step(), int64_t(3));
        }
        GanTrainer second(tinyConfig(6), ds, m_dir + "/resumed", true);
        QCOMPARE(second.step(), int64_t(3));
        second.run();
        QVERIFY(sameWeights(weightsOf(m_dir + "/straight/generator_latest.pt"),
                            weightsOf(m_dir + "/resumed/generator_latest.pt")));
    }

    void aResumedRunKeepsItsBestGeneratorAndItsSettings()
    {
        const Dataset ds = tinyFashionMnist();
        // A small real-data-shaped probe: its Fréchet distances only need to differ between checkpoints.
        auto probeNet = [] {
            torch::manual_seed(3);
            return createNetwork({"convnet:width=4", 1, 10, 28});
        };
        const GanQualityOptions probe{20, 0, 1};
        const std::string dir = m_dir + "/extended";
        {
            GanTrainer first(tinyConfig(6), ds, dir, false);
            first.setQualityProbe(probeNet(), probe);
            first.run();
        }
        // Other networks than the run started with: refused, naming the setting.
        GanTrainingConfig wider = tinyConfig(8);
        wider.width = 16;
        const QString e = test::errorOf<ConfigError>([&] { GanTrainer refused(wider, ds, dir, true); });
        QVERIFY2(e.contains("config.json") && e.contains("\"width\" is 8 there, 16 now"), qPrintable(e));
        // The refusal says which options a resume may change, as train-gan spells them.
        QVERIFY2(e.contains("only --steps, --lr-decay-start, --checkpoint-every and --sample-every may change"),
                 qPrintable(e));
        // A config.json written before a setting existed (here "flip_reals") is compared with that
        // setting's default, which the run then had, instead of being refused.
        {
            nlohmann::json older = readJsonFile(dir + "/config.json");
            QVERIFY(older.erase("flip_reals") == 1);
            QCOMPARE(tinyConfig(8).flipReals, GanTrainingConfig{}.flipReals);
            std::ofstream(dir + "/config.json") << older.dump(2);
        }
        // More steps: the run continues from step 6.
        {
            GanTrainer second(tinyConfig(8), ds, dir, true);
            QCOMPARE(second.step(), int64_t(6));
            second.setQualityProbe(probeNet(), probe);
            second.run();
        }
        // Every checkpoint's generator is kept; generator_best.pt is the lowest Fréchet distance of
        // all four checkpoints, before and after the resume, and only improvements were marked best
        // (with these seeds step 6 is the best and step 8, the first after the resume, is worse).
        std::ifstream events(dir + "/events.jsonl");
        double lowest = std::numeric_limits<double>::infinity();
        int64_t bestStep = -1;
        int checkpoints = 0;
        for (std::string line; std::getline(events, line);) {
            const auto event = nlohmann::json::parse(line);
            if (!event.value("checkpoint", false))
                continue;
            ++checkpoints;
            const double fd = event["metrics"]["frechet_distance"].get<double>();
            QCOMPARE(event["best"].get<bool>(), fd < lowest);
            if (fd < lowest) {
                lowest = fd;
                bestStep = event["step"].get<int64_t>();
            }
            char kept[64];
            std::snprintf(kept, sizeof kept, "/generators/generator_step_%07lld.pt",
                          static_cast<long long>(event["step"].get<int64_t>()));
            QVERIFY2(fs::exists(dir + kept), kept);
        }
        QCOMPARE(checkpoints, 4);
        char best[64];
        std::snprintf(best, sizeof best, "/generators/generator_step_%07lld.pt", static_cast<long long>(bestStep));
        QVERIFY(sameWeights(weightsOf(dir + "/generator_best.pt"), weightsOf(dir + best)));
    }

    void aLearningRateDecayFinishesARunAndMayBeAddedOnResume()
    {
        const Dataset ds = tinyFashionMnist();
        GanTrainer(tinyConfig(4), ds, m_dir + "/constant", false).run();
        // Started with constant rates for 2 steps, then extended to 4 with a decay from step 2:
        // the rates are 1× at steps 0-2 and 0.5× at step 3 (linear to 0 at step 4).
        const std::string dir = m_dir + "/decayed";
        GanTrainer(tinyConfig(2), ds, dir, false).run();
        GanTrainingConfig decayed = tinyConfig(4);
        decayed.learningRateDecayStart = 2;
        GanTrainer(decayed, ds, dir, true).run();
        std::ifstream events(dir + "/events.jsonl");
        std::map<int64_t, double> scaleOfStep; // the event of step s reports the step that made it
        for (std::string line; std::getline(events, line);) {
            const auto event = nlohmann::json::parse(line);
            if (event.contains("lr_scale"))
                scaleOfStep[event["step"].get<int64_t>()] = event["lr_scale"].get<double>();
        }
        QCOMPARE(scaleOfStep, (std::map<int64_t, double>{{1, 1.0}, {2, 1.0}, {3, 1.0}, {4, 0.5}}));
        QCOMPARE(readJsonFile(dir + "/config.json")["lr_decay_start"].get<int64_t>(), int64_t(2));
        // The optimisers take the rate: identical to the constant run until the decay, not after.
        const auto kept = [](const std::string &run, const char *step) {
            return weightsOf(run + "/generators/generator_step_000000" + step + ".pt");
        };
        QVERIFY(sameWeights(kept(dir, "2"), kept(m_dir + "/constant", "2")));
        QVERIFY(!sameWeights(kept(dir, "4"), kept(m_dir + "/constant", "4")));
        // A decay that would start at or after the last step is refused, naming the value.
        decayed.learningRateDecayStart = 4;
        const QString e = test::errorOf<ConfigError>([&] { GanTrainer refused(decayed, ds, m_dir + "/late", false); });
        QVERIFY2(e.contains("decay start 4") && e.contains("steps = 4"), qPrintable(e));
    }

    void qualityMetrics()
    {
        auto a = torch::randn({400, 6}, torch::kFloat64);
        QVERIFY(std::abs(frechetDistance(a, a)) < 1e-6);
        // Shifting every feature by 1 adds |shift|^2 = 6.
        QVERIFY(std::abs(frechetDistance(a, a + 1) - 6.0) < 1e-6);
        // A collapsed class has no within-class distance.
        DatasetSplit same{torch::full({10, 1, 4, 4}, 7, torch::kUInt8), torch::arange(10, torch::kInt64) % 2};
        QCOMPARE(withinClassDistance(same, 2), 0.0);
        // Padding to the generator's 32x32 and cropping back are inverse.
        auto pixels = torch::randint(0, 256, {3, 1, 28, 28}, torch::kInt64).to(torch::kUInt8);
        auto g = pixelsToGeneratorSpace(pixels, 32);
        QCOMPARE(g.sizes().vec(), (std::vector<int64_t>{3, 1, 32, 32}));
        QCOMPARE(g[0][0][0][0].item<float>(), -1.0f); // background
        QVERIFY(torch::equal(generatorToPixels(g, 28, 28), pixels));
    }

    void heldOutRealImagesAreTheFrechetReference()
    {
        // 20 real training and 20 held-out test images per class in the bundled ConvNet's embedding.
        Dataset ds = loadDataset({"fashion-mnist", 32, 0});
        ds.train = subsetPerClass(ds.train, 10, 20, 0);
        ds.test = subsetPerClass(ds.test, 10, 20, 0);
        auto classifier = loadClassifier(bundledModelPath(kBundledClassifier), "convnet", 1, 28);
        GanQualityOptions options;
        options.samplesPerClass = 20;

        LoadedGenerator bundled = loadGenerator(bundledModelPath(kBundledGenerator));
        QCOMPARE(measureGanQuality(*bundled.generator, *classifier, ds, options).heldOutRealFrechetDistance, -1.0);
        options.heldOutRealReference = true;
        const GanQuality trained = measureGanQuality(*bundled.generator, *classifier, ds, options);

        torch::manual_seed(4);
        LoadedGenerator untrained = createGenerator("dcgan32", 8, 32, 10, 1);
        const GanQuality noise = measureGanQuality(*untrained.generator, *classifier, ds, options);

        // A property of the data, not of the generator; real images are closer to real images
        // than the trained generator's, and those closer than an untrained generator's.
        QCOMPARE(noise.heldOutRealFrechetDistance, trained.heldOutRealFrechetDistance);
        QVERIFY2(trained.heldOutRealFrechetDistance > 0 && trained.heldOutRealFrechetDistance < trained.frechetDistance,
                 qPrintable(QString("held-out real %1, bundled generator %2")
                                .arg(trained.heldOutRealFrechetDistance)
                                .arg(trained.frechetDistance)));
        QVERIFY2(trained.frechetDistance < noise.frechetDistance,
                 qPrintable(QString("bundled %1, untrained %2").arg(trained.frechetDistance).arg(noise.frechetDistance)));
    }
};

QTEST_GUILESS_MAIN(GanTest)
#include "tst_gan.moc"
