// The fused path of the ConvNet (core/FusedConvBlocks) computes what the unfused modules
// compute: embeddings, with frozen weights the gradient w.r.t. the input images, and in
// training every parameter's gradient, agree to float rounding for 1- and 3-channel inputs, odd
// sizes, and trained (non-trivial) affine weights. Also BigGAN's fused eval BN + ReLU
// (core/ScaleShiftRelu) against its definition.
#include "TestSupport.h"

#include "core/nets/ConvNet.h"
#include "core/kernels/FusedConvBlocks.h"
#include "core/kernels/ScaleShiftRelu.h"

#include <QtTest>

using namespace itgan;

namespace {

// The embedding through LibTorch's own modules (the net's "features" Sequential: Conv2d,
// GroupNorm, ReLU, AvgPool2d), i.e. the unfused computation the fused path replaces.
torch::Tensor moduleEmbedding(ConvNet &net, const torch::Tensor &x)
{
    auto features = std::dynamic_pointer_cast<torch::nn::SequentialImpl>(net->named_children()["features"]);
    return features->forward(x).flatten(1);
}

// The embedding through the modules and through the fused path (no autograd).
std::pair<torch::Tensor, torch::Tensor> bothPaths(ConvNet &net, const torch::Tensor &x)
{
    torch::NoGradGuard off;
    return {moduleEmbedding(net, x), net->embed(x)};
}

} // namespace

class FusedBlocksTest : public QObject {
    Q_OBJECT

private slots:
    void fusedEmbeddingMatchesTheModules_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("batch");
        QTest::newRow("fashion-mnist 1x28x28, ConvNet-128") << 1 << 28 << 128 << 3 << 7;
        QTest::newRow("cifar 3x32x32, ConvNet-128") << 3 << 32 << 128 << 3 << 7;
        // More images than one chunk: the batch goes through in pieces, the last one smaller.
        QTest::newRow("fashion-mnist, 150 images") << 1 << 28 << 128 << 3 << 150;
        QTest::newRow("odd 1x27x27, width 16") << 1 << 27 << 16 << 2 << 7;
        QTest::newRow("odd 3x30x30, width 8") << 3 << 30 << 8 << 3 << 7;
    }

    void fusedEmbeddingMatchesTheModules()
    {
        QFETCH(int, channels);
        QFETCH(int, size);
        QFETCH(int, width);
        QFETCH(int, depth);
        QFETCH(int, batch);
        torch::manual_seed(7);
        ConvNetOptions options;
        options.channels = channels;
        options.imageSize = size;
        options.width = width;
        options.depth = depth;
        ConvNet net(options);
        // Non-trivial norm affine parameters, as after training.
        {
            torch::NoGradGuard noGrad;
            for (auto &p : net->named_parameters())
                if (p.key().find("features.1") != std::string::npos || p.key().find("features.5") != std::string::npos)
                    p.value().uniform_(-1.5, 1.5);
        }
        const auto x = torch::randn({batch, channels, size, size}) * 2 + 0.3;
        const auto [unfused, fused] = bothPaths(net, x);
        QCOMPARE(fused.sizes(), unfused.sizes());
        QCOMPARE(fused.size(1), net->embeddingSize());
        QVERIFY2(test::closeTo(fused, unfused, 1e-5, 1e-5), qPrintable(test::describeDiff("embedding", fused, unfused)));

        // With frozen weights the backward is fused too; the input gradient of a loss that
        // weighs every embedding entry differently must match the modules' autograd.
        const auto weights = torch::randn_like(unfused);
        for (auto &p : net->parameters())
            p.requires_grad_(false);
        auto inputGradient = [&](bool fused) {
            auto leaf = x.clone().requires_grad_(true);
            ((fused ? net->embed(leaf) : moduleEmbedding(net, leaf)) * weights).sum().backward();
            return leaf.grad();
        };
        const auto modulesGrad = inputGradient(false), fusedGrad = inputGradient(true);
        // ReLU's gradient jumps at 0: a pre-activation within float rounding of 0 (the
        // paths round differently, Winograd included) flips one mask entry and changes that
        // image's gradient locally. So: the whole gradient within 0.2 % (norm), and at
        // least 98 % of the images exactly to float rounding.
        const double relative = ((fusedGrad - modulesGrad).norm() / modulesGrad.norm()).item<double>();
        QVERIFY2(relative < 2e-3, qPrintable(QString("input gradient: relative error %1").arg(relative)));
        const auto imagesOff = ((fusedGrad - modulesGrad).abs() > 1e-4 + 1e-4 * modulesGrad.abs()).flatten(1).any(1);
        QVERIFY2(imagesOff.sum().item<int64_t>() <= batch / 50,
                 qPrintable(test::describeDiff("input gradient", fusedGrad, modulesGrad)));
    }

    void backwardKernelsMatchAutograd_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("padding");
        QTest::newRow("even 8x8, padding 1") << 8 << 1;
        QTest::newRow("odd 9x7 (last row/column unpooled), padding 1") << 9 << 1;
        QTest::newRow("1-channel 28x28 padding 3 (Fashion-MNIST)") << 28 << 3;
    }

    void backwardKernelsMatchAutograd()
    {
        QFETCH(int, size);
        QFETCH(int, padding);
        torch::manual_seed(11);
        const int64_t h = size, w = size == 9 ? 7 : size;
        const auto gamma = torch::randn({5}), beta = torch::randn({5});
        auto reference = [&](const torch::Tensor &in, const torch::Tensor &gradOut) {
            auto leaf = in.clone().requires_grad_(true);
            (torch::avg_pool2d(torch::relu(torch::group_norm(leaf, 5, gamma, beta, 1e-5)), 2) * gradOut).sum().backward();
            return leaf.grad();
        };
        const auto x = torch::randn({3, 5, h, w}) * 3 + 0.5;
        torch::Tensor statistics;
        const auto out = instanceNormReluAvgPool(x, gamma, beta, 1e-5, &statistics);
        const auto gradOut = torch::randn_like(out);
        const auto got = instanceNormReluAvgPoolBackward(gradOut, x, gamma, beta, statistics);
        const auto expected = reference(x, gradOut);
        QVERIFY2(test::closeTo(got, expected, 1e-4, 1e-5), qPrintable(test::describeDiff("norm-relu-pool grad", got, expected)));

        for (int64_t channels : {1, 3}) {
            const auto image = torch::randn({2, channels, h, w});
            const auto weight = torch::randn({5, channels, 3, 3}), bias = torch::randn({5});
            torch::Tensor stats;
            const auto fused = firstConvBlock(image, weight, bias, padding, gamma, beta, 1e-5, &stats);
            const auto g = torch::randn_like(fused);
            const auto fusedGrad = firstConvBlockBackward(g, image, weight, bias, padding, gamma, beta, stats);
            auto leaf = image.clone().requires_grad_(true);
            (torch::avg_pool2d(torch::relu(torch::group_norm(torch::conv2d(leaf, weight, bias, 1, padding), 5, gamma, beta,
                                                              1e-5)),
                               2)
             * g)
                .sum()
                .backward();
            QVERIFY2(test::closeTo(fusedGrad, leaf.grad(), 1e-4, 1e-5),
                     qPrintable(test::describeDiff("first block grad", fusedGrad, leaf.grad())));

            // In training: the convolution's weight and bias gradients and the norm's γ and β
            // ones, without the input's.
            const FirstBlockGradients trained =
                firstConvBlockGradients(g, image, weight, bias, padding, gamma, beta, stats, false, true);
            QVERIFY(!trained.input.defined());
            std::vector<torch::Tensor> parameters{weight.clone().requires_grad_(true), bias.clone().requires_grad_(true),
                                                  gamma.clone().requires_grad_(true), beta.clone().requires_grad_(true)};
            (torch::avg_pool2d(torch::relu(torch::group_norm(torch::conv2d(image, parameters[0], parameters[1], 1, padding), 5,
                                                              parameters[2], parameters[3], 1e-5)),
                               2)
             * g)
                .sum()
                .backward();
            const std::vector<std::pair<const char *, torch::Tensor>> got{
                {"weight", trained.weight}, {"bias", trained.bias}, {"gamma", trained.gamma}, {"beta", trained.beta}};
            for (size_t i = 0; i < got.size(); ++i) {
                const auto &want = parameters[i].grad();
                const double scale = want.abs().max().item<double>();
                QVERIFY2(test::closeTo(got[i].second, want, 1e-5 + 1e-4 * scale, 1e-4),
                         qPrintable(test::describeDiff(std::string("first block ") + got[i].first + " grad", got[i].second, want)));
            }
        }
        // A gradient of the wrong shape, or statistics of another batch, are refused.
        QVERIFY_EXCEPTION_THROWN(instanceNormReluAvgPoolBackward(gradOut.narrow(0, 0, 2), x, gamma, beta, statistics),
                                 ModelError);
        QVERIFY_EXCEPTION_THROWN(instanceNormReluAvgPoolBackward(gradOut, x, gamma, beta, statistics.narrow(0, 0, 2)),
                                 ModelError);
        // Trainable γ and β (a classifier in training) get their gradients from the same
        // backward: Σ da·x̂ and Σ da over images and positions.
        {
            auto leafX = x.clone().requires_grad_(true), leafGamma = gamma.clone().requires_grad_(true),
                 leafBeta = beta.clone().requires_grad_(true);
            (fusedInstanceNormReluAvgPool(leafX, leafGamma, leafBeta, 1e-5) * gradOut).sum().backward();
            auto refX = x.clone().requires_grad_(true), refGamma = gamma.clone().requires_grad_(true),
                 refBeta = beta.clone().requires_grad_(true);
            (torch::avg_pool2d(torch::relu(torch::group_norm(refX, 5, refGamma, refBeta, 1e-5)), 2) * gradOut).sum().backward();
            QVERIFY2(test::closeTo(leafX.grad(), refX.grad(), 1e-4, 1e-5), qPrintable(test::describeDiff("x grad", leafX.grad(), refX.grad())));
            QVERIFY2(test::closeTo(leafGamma.grad(), refGamma.grad(), 1e-4, 1e-5),
                     qPrintable(test::describeDiff("gamma grad", leafGamma.grad(), refGamma.grad())));
            QVERIFY2(test::closeTo(leafBeta.grad(), refBeta.grad(), 1e-4, 1e-5),
                     qPrintable(test::describeDiff("beta grad", leafBeta.grad(), refBeta.grad())));
        }
    }

    // Training a classifier (trainable weights, the evaluation protocol's step) goes through
    // the fused norm + ReLU + pooling too: the loss and every parameter's gradient equal the
    // modules' to float rounding.
    void trainingGradientsMatchTheModules_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("size");
        QTest::newRow("fashion-mnist 1x28x28") << 1 << 28;
        QTest::newRow("cifar 3x32x32") << 3 << 32;
    }

    void trainingGradientsMatchTheModules()
    {
        QFETCH(int, channels);
        QFETCH(int, size);
        torch::manual_seed(3);
        ConvNetOptions options;
        options.channels = channels;
        options.imageSize = size;
        options.width = 32;
        ConvNet net(options);
        net->train();
        const auto x = torch::randn({12, channels, size, size});
        const auto y = torch::randint(0, 10, {12}, torch::kInt64);
        auto gradients = [&](bool fused) {
            net->zero_grad();
            const auto embedding = fused ? net->embed(x) : moduleEmbedding(net, x);
            const auto logits = std::dynamic_pointer_cast<torch::nn::LinearImpl>(net->named_children()["classifier"])
                                    ->forward(embedding);
            auto loss = torch::nn::functional::cross_entropy(logits, y);
            loss.backward();
            std::vector<torch::Tensor> grads{loss.detach()};
            for (const auto &p : net->parameters())
                grads.push_back(p.grad().clone());
            return grads;
        };
        const auto modules = gradients(false), fused = gradients(true);
        QCOMPARE(fused.size(), modules.size());
        for (size_t i = 0; i < fused.size(); ++i) {
            const double scale = modules[i].abs().max().item<double>();
            QVERIFY2(test::closeTo(fused[i], modules[i], 1e-5 + 1e-4 * scale, 1e-4),
                     qPrintable(test::describeDiff(i == 0 ? "loss" : "parameter " + std::to_string(i - 1) + " grad",
                                                   fused[i], modules[i])));
        }
    }

    // BigGAN's eval BN + ReLU as one op (core/ScaleShiftRelu): relu(x·s + b) and its input
    // gradient, against LibTorch's ops; bad shapes and trainable scales are refused.
    void scaleShiftReluMatchesItsDefinition()
    {
        torch::manual_seed(5);
        const auto x = torch::randn({3, 4, 6, 5});
        const auto scale = torch::randn({3, 4}), shift = torch::randn({3, 4});
        const auto gradOut = torch::randn({3, 4, 6, 5});
        auto reference = [&](bool fused) {
            auto leaf = x.clone().requires_grad_(true);
            const auto out = fused ? frozenScaleShiftRelu(leaf, scale, shift)
                                   : torch::relu(leaf * scale.view({3, 4, 1, 1}) + shift.view({3, 4, 1, 1}));
            (out * gradOut).sum().backward();
            return std::make_pair(out.detach(), leaf.grad());
        };
        const auto [fusedOut, fusedGrad] = reference(true);
        const auto [out, grad] = reference(false);
        QVERIFY2(test::closeTo(fusedOut, out, 1e-6, 1e-6), qPrintable(test::describeDiff("output", fusedOut, out)));
        QVERIFY2(test::closeTo(fusedGrad, grad, 1e-6, 1e-6), qPrintable(test::describeDiff("gradient", fusedGrad, grad)));
        try {
            frozenScaleShiftRelu(x, scale.narrow(0, 0, 2), shift);
            QFAIL("a scale for 2 images was accepted for 3");
        } catch (const ModelError &e) {
            QVERIFY2(QString(e.what()).contains("[2, 4]"), e.what());
        }
        QVERIFY_EXCEPTION_THROWN(frozenScaleShiftRelu(x, scale.clone().requires_grad_(true), shift), ModelError);
    }

    void kernelsMatchTheirDefinitions()
    {
        torch::manual_seed(3);
        const auto x = torch::randn({3, 5, 8, 6}) * 4;
        const auto gamma = torch::randn({5}), beta = torch::randn({5});
        const auto reference = torch::avg_pool2d(torch::relu(torch::group_norm(x, 5, gamma, beta, 1e-5)), 2);
        const auto got = instanceNormReluAvgPool(x, gamma, beta, 1e-5);
        QVERIFY2(test::closeTo(got, reference, 1e-5, 1e-5), qPrintable(test::describeDiff("norm-relu-pool", got, reference)));
        // Non-contiguous input (channels-last strides, as DSA may produce) gives the same.
        const auto strided = x.contiguous(at::MemoryFormat::ChannelsLast);
        QVERIFY(test::closeTo(instanceNormReluAvgPool(strided, gamma, beta, 1e-5), reference, 1e-5, 1e-5));

        const auto image = torch::randn({2, 3, 9, 9});
        const auto weight = torch::randn({4, 3, 3, 3}), bias = torch::randn({4});
        const auto g4 = torch::randn({4}), b4 = torch::randn({4});
        const auto conv = torch::conv2d(image, weight, bias, 1, 2);
        const auto expected = torch::avg_pool2d(torch::relu(torch::group_norm(conv, 4, g4, b4, 1e-5)), 2);
        const auto fused = firstConvBlock(image, weight, bias, 2, g4, b4, 1e-5);
        QVERIFY2(test::closeTo(fused, expected, 1e-5, 1e-5), qPrintable(test::describeDiff("first block", fused, expected)));
        // Bad shapes are refused with the shapes in the message.
        try {
            firstConvBlock(image, torch::randn({4, 2, 3, 3}), bias, 1, g4, b4, 1e-5);
            QFAIL("mismatching weights were accepted");
        } catch (const ModelError &e) {
            QVERIFY2(QString(e.what()).contains("[4, 2, 3, 3]"), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(FusedBlocksTest)
#include "tst_fused_blocks.moc"
