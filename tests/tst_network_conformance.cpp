// Conformance of the classifier zoo with the reference PyTorch networks
// (shared/fixtures: convnet_fmnist.pt, convnet_cifar.pt, resnet18bn_cifar.pt, vgg11_cifar.pt).
#include "TestSupport.h"

#include "core/ConvNet.h"
#include "core/NetworkFactory.h"
#include "core/ResNet.h"
#include "core/Vgg.h"

#include <QtTest>

using namespace itgan;

class NetworkConformanceTest : public QObject {
    Q_OBJECT

private:
    void checkConvNet(const std::string &file, int64_t channels, int64_t size)
    {
        const TensorMap fx = test::loadFixture(file);
        auto net = createNetwork({"convnet", channels, 10, size});
        loadStateDict(*net, fx, "param.", true, file);
        net->train();
        auto input = test::entry(fx, "input").clone().requires_grad_(true);

        auto embed = net->embed(input);
        QVERIFY2(test::closeTo(embed, fx.at("embed")), qPrintable(test::describeDiff("embed", embed, fx.at("embed"))));
        QCOMPARE(net->embeddingSize(), int64_t(2048));

        auto logits = net->forward(input);
        QVERIFY2(test::closeTo(logits, fx.at("logits")), qPrintable(test::describeDiff("logits", logits, fx.at("logits"))));
        auto loss = torch::nn::functional::cross_entropy(logits, fx.at("labels"));
        QVERIFY2(test::closeTo(loss, fx.at("ce_loss")), qPrintable(test::describeDiff("ce_loss", loss, fx.at("ce_loss"))));

        loss.backward();
        int checked = 0;
        for (const auto &p : net->named_parameters()) {
            const auto &want = fx.at("grad." + p.key());
            QVERIFY2(test::closeTo(p.value().grad(), want),
                     qPrintable(test::describeDiff("grad." + p.key(), p.value().grad(), want)));
            ++checked;
        }
        QCOMPARE(checked, 14); // 3 x (conv w/b, norm w/b) + classifier w/b
        QVERIFY2(test::closeTo(input.grad(), fx.at("grad.input")),
                 qPrintable(test::describeDiff("grad.input", input.grad(), fx.at("grad.input"))));

        // eval mode gives the same output (instance norm has no running statistics).
        net->eval();
        QVERIFY(test::closeTo(net->forward(input), fx.at("logits")));

        int64_t count = 0;
        for (const auto &p : net->parameters())
            count += p.numel();
        QCOMPARE(count, channels == 1 ? int64_t(317706) : int64_t(320010));
    }

private slots:
    void convNetFashionMnist() { checkConvNet("convnet_fmnist.pt", 1, 28); }
    void convNetCifar() { checkConvNet("convnet_cifar.pt", 3, 32); }

    void resNet18BatchNormEval()
    {
        const TensorMap fx = test::loadFixture("resnet18bn_cifar.pt");
        auto net = createNetwork({"resnet18bn", 3, 10, 32});
        loadStateDict(*net, fx, "param.", true, "resnet18bn_cifar.pt");
        net->eval();
        torch::NoGradGuard noGrad;
        auto logits = net->forward(fx.at("eval.input"));
        QVERIFY2(test::closeTo(logits, fx.at("eval.logits")),
                 qPrintable(test::describeDiff("eval.logits", logits, fx.at("eval.logits"))));
        int64_t count = 0;
        for (const auto &p : net->parameters())
            count += p.numel();
        QCOMPARE(count, int64_t(11173962));
    }

    void resNet18BatchNormTrain()
    {
        const TensorMap fx = test::loadFixture("resnet18bn_cifar.pt");
        auto net = createNetwork({"resnet18bn", 3, 10, 32});
        loadStateDict(*net, fx, "param.", true, "resnet18bn_cifar.pt");
        net->train();
        torch::NoGradGuard noGrad;
        auto logits = net->forward(fx.at("train.input"));
        QVERIFY2(test::closeTo(logits, fx.at("train.logits")),
                 qPrintable(test::describeDiff("train.logits", logits, fx.at("train.logits"))));
        // Running statistics after one train-mode pass (momentum 0.1, unbiased variance).
        int checked = 0;
        for (const auto &b : net->named_buffers()) {
            const std::string key = "train_after." + b.key();
            QVERIFY2(fx.count(key), qPrintable(QString::fromStdString("fixture lacks " + key)));
            QVERIFY2(test::closeTo(b.value(), fx.at(key)), qPrintable(test::describeDiff(key, b.value(), fx.at(key))));
            ++checked;
        }
        QCOMPARE(checked, 20 * 3);
    }

    void vgg11InstanceNorm()
    {
        const TensorMap fx = test::loadFixture("vgg11_cifar.pt");
        auto net = createNetwork({"vgg11", 3, 10, 32});
        loadStateDict(*net, fx, "param.", true, "vgg11_cifar.pt");
        net->eval();
        torch::NoGradGuard noGrad;
        auto embed = net->embed(fx.at("input"));
        QVERIFY2(test::closeTo(embed, fx.at("embed")), qPrintable(test::describeDiff("embed", embed, fx.at("embed"))));
        auto logits = net->forward(fx.at("input"));
        QVERIFY2(test::closeTo(logits, fx.at("logits")), qPrintable(test::describeDiff("logits", logits, fx.at("logits"))));
        int64_t count = 0;
        for (const auto &p : net->parameters())
            count += p.numel();
        QCOMPARE(count, int64_t(9231114));
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
