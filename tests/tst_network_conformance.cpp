// Conformance of the classifier zoo with the reference PyTorch networks
// (shared/fixtures: convnet_fmnist.pt, convnet_cifar.pt, resnet18bn_cifar.pt, vgg11_cifar.pt).
#include "TestSupport.h"

#include "core/nets/ConvNet.h"
#include "core/nets/NetworkFactory.h"
#include "core/nets/ResNet.h"
#include "core/nets/Vgg.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace itgan;

class NetworkConformanceTest : public QObject {
    Q_OBJECT

private:
    // Tolerances: every comparison with a fixture goes through test::checkAgainstReference
    // (TestSupport.h): the bound is 3× this computation's own float32 rounding error,
    // measured against the same network run in float64, never below the fixtures'
    // 1e-5 + 1e-5·max|ref|. Sums per output: ConvNet-3 K = 9·C_in per conv (9, 27 ... 1 152),
    // ResNet18 up to 4 608, VGG11 up to 4 608 after 8 convs with instance norms over planes
    // as small as 2×2 (the largest amplification: VGG's embed differs by 9.2e-5 between
    // AVX-512 and AVX2 kernels while ConvNet-3's is 3e-6 of max|ref| 2).

    // A network loaded from a fixture, in float32 and as a float64 twin.
    static std::pair<ClassifierPtr, ClassifierPtr>
    loadPair(const NetworkSpec &spec, const TensorMap &fx, const std::string &file)
    {
        auto net32 = createNetwork(spec);
        loadStateDict(*net32, fx, "param.", true, file);
        auto net64 = createNetwork(spec);
        loadStateDict(*net64, fx, "param.", true, file);
        net64->to(torch::kFloat64);
        return {net32, net64};
    }

    void checkConvNet(const std::string &file, int64_t channels, int64_t size)
    {
        const TensorMap fx = test::loadFixture(file);
        auto [net, net64] = loadPair({"convnet", channels, 10, size}, fx, file);
        net->train();
        net64->train();
        auto input = test::entry(fx, "input").clone().requires_grad_(true);
        auto input64 = test::entry(fx, "input").to(torch::kFloat64).requires_grad_(true);

        ITGAN_VERIFY_REFERENCE("embed", net->embed(input), net64->embed(input64), fx.at("embed"));
        QCOMPARE(net->embeddingSize(), int64_t(2048));

        auto logits = net->forward(input);
        auto logits64 = net64->forward(input64);
        ITGAN_VERIFY_REFERENCE("logits", logits, logits64, fx.at("logits"));
        auto loss = torch::nn::functional::cross_entropy(logits, fx.at("labels"));
        auto loss64 = torch::nn::functional::cross_entropy(logits64, fx.at("labels"));
        ITGAN_VERIFY_REFERENCE("ce_loss", loss, loss64, fx.at("ce_loss"));

        loss.backward();
        loss64.backward();
        const auto params64 = net64->named_parameters();
        int checked = 0;
        for (const auto &p : net->named_parameters()) {
            ITGAN_VERIFY_REFERENCE("grad." + p.key(), p.value().grad(), params64[p.key()].grad(), fx.at("grad." + p.key()));
            ++checked;
        }
        QCOMPARE(checked, 14); // 3 x (conv w/b, norm w/b) + classifier w/b
        ITGAN_VERIFY_REFERENCE("grad.input", input.grad(), input64.grad(), fx.at("grad.input"));

        // eval mode gives the same output (instance norm has no running statistics).
        net->eval();
        net64->eval();
        ITGAN_VERIFY_REFERENCE("eval logits", net->forward(input), net64->forward(input64), fx.at("logits"));

        int64_t count = 0;
        for (const auto &p : net->parameters())
            count += p.numel();
        QCOMPARE(count, channels == 1 ? int64_t(317706) : int64_t(320010));
    }

    // VGG11's embed (the hardest case for rounding, see above) with the fixture's weights,
    // optionally edited before both precisions run.
    static test::ReferenceCheck vggEmbedCheck(const TensorMap &fx, const std::function<void(TensorMap &)> &edit)
    {
        TensorMap weights = fx;
        for (auto &[key, value] : weights)
            if (key.rfind("param.", 0) == 0)
                value = test::entry(fx, key);
        edit(weights);
        auto [net, net64] = loadPair({"vgg11", 3, 10, 32}, weights, "vgg11_cifar.pt (edited)");
        net->eval();
        net64->eval();
        torch::NoGradGuard noGrad;
        return test::checkAgainstReference("embed", net->embed(fx.at("input")),
                                           net64->embed(fx.at("input").to(torch::kFloat64)), fx.at("embed"));
    }

private slots:
    void convNetFashionMnist() { checkConvNet("convnet_fmnist.pt", 1, 28); }
    void convNetCifar() { checkConvNet("convnet_cifar.pt", 3, 32); }

    void resNet18BatchNormEval()
    {
        const TensorMap fx = test::loadFixture("resnet18bn_cifar.pt");
        auto [net, net64] = loadPair({"resnet18bn", 3, 10, 32}, fx, "resnet18bn_cifar.pt");
        net->eval();
        net64->eval();
        torch::NoGradGuard noGrad;
        ITGAN_VERIFY_REFERENCE("eval.logits", net->forward(fx.at("eval.input")),
                         net64->forward(fx.at("eval.input").to(torch::kFloat64)), fx.at("eval.logits"));
        int64_t count = 0;
        for (const auto &p : net->parameters())
            count += p.numel();
        QCOMPARE(count, int64_t(11173962));
    }

    void resNet18BatchNormTrain()
    {
        const TensorMap fx = test::loadFixture("resnet18bn_cifar.pt");
        auto [net, net64] = loadPair({"resnet18bn", 3, 10, 32}, fx, "resnet18bn_cifar.pt");
        net->train();
        net64->train();
        torch::NoGradGuard noGrad;
        ITGAN_VERIFY_REFERENCE("train.logits", net->forward(fx.at("train.input")),
                         net64->forward(fx.at("train.input").to(torch::kFloat64)), fx.at("train.logits"));
        // Running statistics after one train-mode pass (momentum 0.1, unbiased variance).
        const auto buffers64 = net64->named_buffers();
        int checked = 0;
        for (const auto &b : net->named_buffers()) {
            const std::string key = "train_after." + b.key();
            QVERIFY2(fx.count(key), qPrintable(QString::fromStdString("fixture lacks " + key)));
            ITGAN_VERIFY_REFERENCE(key, b.value(), buffers64[b.key()], fx.at(key));
            ++checked;
        }
        QCOMPARE(checked, 20 * 3);
    }

    void vgg11InstanceNorm()
    {
        const TensorMap fx = test::loadFixture("vgg11_cifar.pt");
        auto [net, net64] = loadPair({"vgg11", 3, 10, 32}, fx, "vgg11_cifar.pt");
        net->eval();
        net64->eval();
        torch::NoGradGuard noGrad;
        const auto input64 = fx.at("input").to(torch::kFloat64);
        ITGAN_VERIFY_REFERENCE("embed", net->embed(fx.at("input")), net64->embed(input64), fx.at("embed"));
        ITGAN_VERIFY_REFERENCE("logits", net->forward(fx.at("input")), net64->forward(input64), fx.at("logits"));
        int64_t count = 0;
        for (const auto &p : net->parameters())
            count += p.numel();
        QCOMPARE(count, int64_t(9231114));
    }

    // The verdict of test::checkAgainstReference on constructed values (reference 2.0: the
    // floor is 1e-5 + 1e-5·2 = 3e-5, the rounding guard 2^-10·2 ≈ 1.95e-3).
    void referenceCheckFollowsItsBound_data()
    {
        QTest::addColumn<double>("offset32"); // ours32 − reference
        QTest::addColumn<double>("offset64"); // ours64 − reference
        QTest::addColumn<bool>("passes");
        QTest::newRow("within 3E") << 2.5e-4 << 1.5e-4 << true;     // E = 1e-4, bound 3e-4
        QTest::newRow("beyond 3E") << 3.5e-4 << 2.5e-4 << false;    // E = 1e-4, 3.5e-4 > 3e-4
        QTest::newRow("ours64 beyond 3E") << 2.5e-4 << 3.5e-4 << false; // E = 1e-4: ours32 within, ours64 not
        QTest::newRow("within floor") << 2e-5 << 2e-5 << true;      // E = 0, bound = floor 3e-5
        QTest::newRow("beyond floor") << 4e-5 << 4e-5 << false;     // the same error in both precisions: a real one
        QTest::newRow("E is no rounding") << 3e-3 << 0.0 << false; // |Δ| ≤ 3E, but E > 2^-10·max|ref|
    }

    void referenceCheckFollowsItsBound()
    {
        QFETCH(double, offset32);
        QFETCH(double, offset64);
        QFETCH(bool, passes);
        const auto reference = torch::full({4}, 2.0, torch::kFloat64);
        const auto check = test::checkAgainstReference("constructed", reference + offset32, reference + offset64, reference);
        QVERIFY2(check.passed == passes, qPrintable(check.message));
        QVERIFY(check.message.contains("tolerance"));
        // A shape mismatch never passes.
        QVERIFY(!test::checkAgainstReference("shape", torch::zeros({3}), torch::zeros({3}), torch::zeros({4})).passed);
    }

    // The derived tolerance tells rounding from real errors: nudging every weight by one
    // ulp (a change of the size rounding makes) passes; dropping one product term of the
    // longest sum in the network (one of the 4 608 taps of VGG11's last convolution) fails.
    void toleranceSeparatesRoundingFromRealErrors()
    {
        const TensorMap fx = test::loadFixture("vgg11_cifar.pt");
        const auto unchanged = vggEmbedCheck(fx, [](TensorMap &) {});
        QVERIFY2(unchanged.passed, qPrintable(unchanged.message));

        const auto oneUlp = vggEmbedCheck(fx, [](TensorMap &w) {
            torch::manual_seed(7);
            for (auto &[key, value] : w)
                if (key.rfind("param.features.", 0) == 0 && value.dim() == 4) {
                    const auto direction = torch::where(torch::rand(value.sizes()) < 0.5, -INFINITY, INFINITY);
                    value = torch::nextafter(value, direction);
                }
        });
        QVERIFY2(oneUlp.passed, qPrintable("one ulp: " + oneUlp.message));

        // The tap of output channel 0 with the largest weight among input channels that
        // carry signal (the centre tap sees every pixel of the 2×2 plane).
        const auto dropped = vggEmbedCheck(fx, [](TensorMap &w) {
            auto weight = w.at("param.features.25.weight").clone();
            const int64_t inChannel = weight.index({0, torch::indexing::Slice(), 1, 1}).abs().argmax().item<int64_t>();
            weight.index_put_({0, inChannel, 1, 1}, 0.0);
            w["param.features.25.weight"] = weight;
        });
        QVERIFY2(!dropped.passed, qPrintable("dropped term passed: " + dropped.message));
        qInfo("%s", qPrintable("one dropped term: " + dropped.message));
    }

    // The deep networks' 3×3 convolutions run through Winograd (core/kernels/WinogradConv.h) in
    // float32; their float64 twins run LibTorch's direct convolutions. Their logits, in training
    // mode (batch statistics) and evaluation mode, must agree up to float32 rounding: 2^-10 of
    // the largest logit, checkAgainstReference's bound for plausible rounding. (Each Winograd
    // pass, the gradients included, is checked against conv2d layer by layer in tst_winograd;
    // this checks how the networks wire them: padding, stride, which weights.) The bound is not
    // loose: dropping the centre tap of one wide convolution's kernels fails it. Gradients are
    // not compared here: backward through batch norm cancels to 1 % of tiny values even with
    // direct float32 convolutions (measured: ResNet18BN's first-layer weight gradient).
    void deepNetworksMatchTheirDirectConvolutions_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::newRow("resnet18bn") << "resnet18bn";
        QTest::newRow("vgg11") << "vgg11";
        QTest::newRow("wrn-16-8") << "wrn-16-8";
    }

    void deepNetworksMatchTheirDirectConvolutions()
    {
        QFETCH(QString, arch);
        torch::manual_seed(0);
        auto net = createNetwork({arch.toStdString(), 1, 10, 28});
        auto net64 = createNetwork({arch.toStdString(), 1, 10, 28});
        torch::NoGradGuard noGrad;
        const auto params = net->named_parameters();
        for (auto &p : net64->named_parameters())
            p.value().copy_(params[p.key()]);
        net64->to(torch::kFloat64);
        const auto x = torch::randn({8, 1, 28, 28});
        auto roundingOnly = [&](ClassifierNet &single) {
            const auto got = single.forward(x), exact = net64->forward(x.to(torch::kFloat64));
            const double scale = exact.abs().max().item<double>(), diff = test::maxAbsDiff(got, exact);
            qInfo("max |float32 - float64| = %g at max |logit| %g", diff, scale);
            return diff <= scale / 1024.0;
        };
        for (const bool training : {true, false}) {
            net->train(training);
            net64->train(training);
            QVERIFY2(roundingOnly(*net), training ? "training mode" : "evaluation mode");
        }
        // One wide 3×3 convolution without its kernels' centre taps.
        for (auto &p : net->named_parameters()) {
            torch::Tensor w = p.value();
            if (w.dim() == 4 && w.size(2) == 3 && w.size(1) >= 64) {
                w.index_put_({torch::indexing::Slice(), torch::indexing::Slice(), 1, 1}, 0.0);
                break;
            }
        }
        QVERIFY(!roundingOnly(*net));
    }

    void factoryBuildsEveryArchitectureForBothInputShapes_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<int>("embedding");
        QTest::newRow("convnet") << "convnet" << 2048;
        QTest::newRow("convnet-bn") << "convnet-bn" << 2048;
        QTest::newRow("convnet-ln") << "convnet-ln" << 2048;
        QTest::newRow("convnet-gn") << "convnet-gn" << 2048;
        QTest::newRow("convnet-nn") << "convnet-nn" << 2048;
        QTest::newRow("convnet w64 d4 max") << "convnet:width=64,depth=4,norm=batch,act=leakyrelu,pool=max" << 256;
        QTest::newRow("resnet18") << "resnet18" << 512;
        QTest::newRow("resnet18bn") << "resnet18bn" << 512;
        QTest::newRow("vgg11") << "vgg11" << 512;
        QTest::newRow("vgg11bn") << "vgg11bn" << 512;
    }

    void factoryBuildsEveryArchitectureForBothInputShapes()
    {
        QFETCH(QString, arch);
        QFETCH(int, embedding);
        for (auto [channels, size] : {std::pair<int64_t, int64_t>{1, 28}, {3, 32}}) {
            torch::manual_seed(0);
            auto net = createNetwork({arch.toStdString(), channels, 7, size});
            net->train();
            auto x = torch::randn({4, channels, size, size});
            auto logits = net->forward(x);
            QCOMPARE(logits.size(0), int64_t(4));
            QCOMPARE(logits.size(1), int64_t(7));
            QCOMPARE(net->embed(x).size(1), int64_t(embedding));
            QCOMPARE(net->embeddingSize(), int64_t(embedding));
        }
    }

    void factoryRejectsUnknownNames()
    {
        QVERIFY_THROWS_EXCEPTION(ConfigError, createNetwork({"alexnet", 3, 10, 32}));
        QVERIFY_THROWS_EXCEPTION(ConfigError, createNetwork({"convnet:width=abc", 3, 10, 32}));
        QVERIFY_THROWS_EXCEPTION(ConfigError, createNetwork({"convnet:colour=red", 3, 10, 32}));
        QVERIFY_THROWS_EXCEPTION(ConfigError, createNetwork({"convnet", 2, 10, 32}));
    }

    void stateDictErrorsNameTheKey()
    {
        const TensorMap fx = test::loadFixture("convnet_cifar.pt");
        auto wrongShape = createNetwork({"convnet:width=64", 3, 10, 32});
        try {
            loadStateDict(*wrongShape, fx, "param.", true, "convnet_cifar.pt");
            QFAIL("a width-64 ConvNet accepted width-128 weights");
        } catch (const ModelError &e) {
            QVERIFY2(QString(e.what()).contains("features.0.weight"), e.what());
        }
        auto missing = createNetwork({"convnet:depth=4", 3, 10, 32});
        QVERIFY_THROWS_EXCEPTION(ModelError, loadStateDict(*missing, fx, "param.", true, "convnet_cifar.pt"));
        // A round trip through our own writer restores identical outputs.
        auto net = createNetwork({"convnet", 3, 10, 32});
        loadStateDict(*net, fx, "param.", true, "convnet_cifar.pt");
        const std::string dir = test::makeTempDir("statedict");
        saveTensorMap(stateDictOf(*net), dir + "/w.pt");
        auto again = createNetwork({"convnet", 3, 10, 32});
        loadStateDict(*again, loadTensorMap(dir + "/w.pt"));
        QVERIFY(test::closeTo(again->forward(fx.at("input")), fx.at("logits")));
        std::filesystem::remove_all(dir);
    }
};

QTEST_GUILESS_MAIN(NetworkConformanceTest)
#include "tst_network_conformance.moc"
