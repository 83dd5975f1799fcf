// biggan32 against the authors' BigGAN-CIFAR generator (shared/fixtures/biggan_g16.pt and
// biggan_g64.pt): eval output, the σ of every SN layer, train-mode output and the
// buffers a train-mode forward leaves behind; plus the generator interface's input checks.
#include "TestSupport.h"

#include "core/generators/BigGan.h"
#include "core/data/Dataset.h"
#include "core/data/DatasetLoader.h"

#include <QtTest>

using namespace itgan;

class GeneratorConformanceTest : public QObject {
    Q_OBJECT

private:
    static BigGanGenerator loadFixtureGenerator(const TensorMap &fx, const std::string &file)
    {
        BigGanGenerator g(bigGanOptionsFromWeights(fx, "param."));
        loadStateDict(*g, fx, "param.", true, file);
        return g;
    }

    void checkFile(const std::string &file, int64_t width, int64_t parameters)
    {
        const TensorMap fx = test::loadFixture(file);
        BigGanGenerator g = loadFixtureGenerator(fx, file);
        QCOMPARE(g->options().channelWidth, width);
        QCOMPARE(g->info().parameterCount, parameters);

        // Outputs and buffers go through test::checkAgainstReference (TestSupport.h): within
        // 3× our own float32 rounding (measured against a float64 twin of the generator),
        // never below the fixtures' 1e-5 + 1e-5·max|ref|. The output is tanh-bounded and
        // every conv sums at most 9·4·G_ch products, so rounding stays near 1e-6 on AVX-512
        // and AVX2 alike; the derived bound keeps that true on any CPU.
        BigGanGenerator g64 = loadFixtureGenerator(fx, file);
        g64->to(torch::kFloat64);
        g->setTraining(false);
        g64->setTraining(false);
        torch::NoGradGuard noGrad;
        const auto out = g->generate(fx.at("z"), fx.at("y"));
        ITGAN_VERIFY_REFERENCE("out", out, g64->generate(fx.at("z").to(torch::kFloat64), fx.at("y")), fx.at("out"));
        // Eval mode changes nothing: a second call is bit-identical.
        QVERIFY(torch::equal(g->generate(fx.at("z"), fx.at("y")), out));
        const Normalisation cifar = knownNormalisation("cifar10");
        QVERIFY(test::maxAbsDiff(generatorToClassifierSpace(out, cifar), fx.at("out_renorm_cifar10")) <= 1e-4);

        int sigmas = 0;
        for (const auto &[name, sigma] : g->evalSigmas()) {
            const std::string key = "eval_sigma." + name;
            QVERIFY2(fx.count(key), qPrintable(QString::fromStdString(key)));
            QVERIFY2(test::closeTo(sigma, fx.at(key), 0, 1e-5), qPrintable(test::describeDiff(key, sigma, fx.at(key))));
            ++sigmas;
        }
        QCOMPARE(sigmas, 11);

        // Train mode on a fresh copy: batch statistics, one power-iteration step.
        BigGanGenerator t = loadFixtureGenerator(fx, file);
        BigGanGenerator t64 = loadFixtureGenerator(fx, file);
        t64->to(torch::kFloat64);
        t->setTraining(true);
        t64->setTraining(true);
        const auto trainOut = t->generate(fx.at("train.z"), fx.at("train.y"));
        ITGAN_VERIFY_REFERENCE("train.out", trainOut,
                               t64->generate(fx.at("train.z").to(torch::kFloat64), fx.at("train.y")), fx.at("train.out"));
        const auto buffers64 = t64->named_buffers();
        int buffers = 0;
        for (const auto &b : t->named_buffers()) {
            const std::string key = "train_after." + b.key();
            QVERIFY2(fx.count(key), qPrintable(QString::fromStdString(key)));
            ITGAN_VERIFY_REFERENCE(key, b.value(), buffers64[b.key()], fx.at(key));
            ++buffers;
        }
        QCOMPARE(buffers, 11 * 2 + 7 * 2);
    }

private slots:
    void bigGanWidth16() { checkFile("biggan_g16.pt", 16, 375683); }
    void bigGanWidth64() { checkFile("biggan_g64.pt", 64, 4304387); }

    void gradientsFlowToTheLatents()
    {
        torch::manual_seed(0);
        BigGanGenerator g(BigGanOptions{8, 128, 10, 1});
        g->setTraining(false);
        auto z = torch::randn({4, 128}).requires_grad_(true);
        g->generate(z, torch::tensor({0, 3, 5, 9})).pow(2).sum().backward();
        QVERIFY(z.grad().defined() && z.grad().abs().sum().item<double>() > 0);
        QCOMPARE(g->generate(z, torch::tensor({0, 3, 5, 9})).sizes().vec(), (std::vector<int64_t>{4, 1, 32, 32}));
    }

    void badInputsAreRejected()
    {
        BigGanGenerator g(BigGanOptions{8, 128, 10, 3});
        g->setTraining(false);
        const auto y = torch::tensor({0, 1});
        QVERIFY_THROWS_EXCEPTION(ConfigError, g->generate(torch::randn({2, 64}), y));          // latent size
        QVERIFY_THROWS_EXCEPTION(ConfigError, g->generate(torch::randn({2, 128}), torch::tensor({0, 10}))); // class
        QVERIFY_THROWS_EXCEPTION(ConfigError, g->generate(torch::randn({2, 128}), torch::tensor({-1, 0})));
        QVERIFY_THROWS_EXCEPTION(ConfigError, g->generate(torch::randn({3, 128}), y));          // count
        QVERIFY_THROWS_EXCEPTION(ConfigError, g->generate(torch::randn({2, 128}), torch::tensor({0.0, 1.0})));
        try {
            const TensorMap fx = test::loadFixture("biggan_g16.pt");
            BigGanGenerator wrong(BigGanOptions{8, 128, 10, 3});
            loadStateDict(*wrong, fx, "param.", true, "biggan_g16.pt");
            QFAIL("a G_ch 8 generator accepted G_ch 16 weights");
        } catch (const ModelError &e) {
            QVERIFY2(QString(e.what()).contains("linear.weight") && QString(e.what()).contains("[1024, 128]"), e.what());
        }
    }

    void chunkedGenerationMatchesOneBatch()
    {
        torch::manual_seed(1);
        BigGanGenerator g(BigGanOptions{8, 128, 10, 3});
        g->setTraining(false);
        auto z = torch::randn({10, 128});
        auto y = torch::arange(10, torch::kInt64);
        torch::NoGradGuard noGrad;
        QVERIFY(test::maxAbsDiff(generateInChunks(*g, z, y, 3), g->generate(z, y)) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(GeneratorConformanceTest)
#include "tst_generator_conformance.moc"
