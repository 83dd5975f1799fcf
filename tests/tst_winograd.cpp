// Winograd convolutions (core/kernels/WinogradConv, oneDNN's or the own F(4,3) of
// core/kernels/WinogradF43) compute what LibTorch's convolution computes:
// the output, the gradient w.r.t. the input, and in training those w.r.t. the weights and
// the bias (with or without one), up to float rounding;
// the frozen ConvNet and BigGAN generator give the same outputs and latent/input gradients
// as with trainable weights (the same kernels plus the weights' gradients; tst_fused_blocks
// checks the ConvNet against LibTorch's own modules).
#include "TestSupport.h"

#include "core/nets/ConvNet.h"
#include "core/base/Errors.h"
#include "core/generators/GeneratorFile.h"
#include "core/kernels/KernelReport.h"
#include "core/kernels/WinogradConv.h"
#include "core/kernels/WinogradF43.h"

#include <QtTest>

#include <thread>

using namespace itgan;

namespace {

// Equal up to float rounding relative to the reference's largest magnitude.
bool closeAtScale(const torch::Tensor &got, const torch::Tensor &want, double relative = 1e-5)
{
    return test::closeTo(got, want, relative * want.abs().max().item<double>(), 1e-5);
}

void setTrainable(torch::nn::Module &module, bool trainable)
{
    for (auto &p : module.parameters())
        p.requires_grad_(trainable);
}

} // namespace

class WinogradTest : public QObject {
    Q_OBJECT

private slots:
    // The report names the path that runs, and the AVX2 cap (tests/CMakeLists.txt: the
    // *_avx2 copies) really takes oneDNN down to AVX2, where it has no Winograd kernel.
    void kernelReportNamesThePathInUse()
    {
        const KernelReport report = currentKernels();
        const bool winograd = WinogradConv3x3::available(128, 128);
        const bool own = WinogradConv3x3::status(128, 128) == WinogradConv3x3::Status::Own;
        QCOMPARE(report.winogradKernel, std::string(!winograd ? "" : own ? "own" : "oneDNN"));
        QCOMPARE(report.winogradDetail.rfind(!winograd ? "direct" : own ? "own F(4,3)" : "oneDNN F(4,3)", 0), size_t(0));
        QVERIFY2(report.atenCapability == "AVX2" || report.atenCapability == "AVX512" || report.atenCapability == "DEFAULT",
                 report.atenCapability.c_str());
        const std::string text = describeKernels(report);
        QVERIFY2(text.find("oneDNN ISA: " + report.onednnIsa) != std::string::npos, text.c_str());
        QVERIFY2(text.find("Winograd 3x3") != std::string::npos, text.c_str());
        const char *cap = std::getenv("ONEDNN_MAX_CPU_ISA");
        if (cap && std::string(cap) == "AVX2") { // oneDNN has no Winograd there; the own kernel takes over
            QCOMPARE(report.onednnIsa, std::string("avx2"));
            QVERIFY2(own, "capped to AVX2, the 128-channel convolutions do not take the own Winograd");
            QVERIFY(kernelSummary(report).find("own Winograd") != std::string::npos);
        }
        qInfo("%s", text.c_str());
    }

    void initTestCase()
    {
        // The CPUs these tests run on (AVX-512) have oneDNN's Winograd kernel; elsewhere the
        // networks keep LibTorch's convolution, and the comparisons below compare it with itself.
        if (!WinogradConv3x3::available(128, 128))
            qInfo("no Winograd kernel on this CPU: networks use LibTorch's convolution");
    }

    void forwardAndInputGradientMatchConv2d_data()
    {
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("padding");
        QTest::newRow("ConvNet conv2, 128 ch 16x16") << 128 << 64 << 16 << 16 << 1;
        QTest::newRow("ConvNet conv3, 128 ch 8x8") << 128 << 5 << 8 << 8 << 1;
        QTest::newRow("BigGAN G16 block, 64 ch 32x32") << 64 << 9 << 32 << 32 << 1;
        QTest::newRow("odd 7x9, no padding") << 128 << 3 << 7 << 9 << 0;
    }

    void forwardAndInputGradientMatchConv2d()
    {
        QFETCH(int, channels);
        QFETCH(int, batch);
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(int, padding);
        if (!WinogradConv3x3::available(channels, channels)) {
            QVERIFY(!winogradApplies(torch::zeros({1, channels, 8, 8}), torch::zeros({channels, channels, 3, 3}),
                                      torch::zeros({channels}), 1));
            return;
        }
        torch::manual_seed(3);
        const auto weight = torch::randn({channels, channels, 3, 3}) * 0.03, bias = torch::randn({channels});
        const auto x = torch::randn({batch, channels, height, width});
        const auto expected = torch::conv2d(x, weight, bias, 1, padding);
        const auto got = WinogradConv3x3(weight, bias, padding).forward(x);
        QCOMPARE(got.sizes(), expected.sizes());
        QVERIFY2(closeAtScale(got, expected), qPrintable(test::describeDiff("forward", got, expected)));

        // Through autograd: d(Σ r·conv(x))/dx with a random r.
        const auto r = torch::randn(expected.sizes());
        auto xa = x.clone().requires_grad_(true), xb = x.clone().requires_grad_(true);
        (torch::conv2d(xa, weight, bias, 1, padding) * r).sum().backward();
        QVERIFY(winogradApplies(xb, weight, bias, 1));
        (winogradConv2d(xb, weight, bias, padding) * r).sum().backward();
        QVERIFY2(closeAtScale(xb.grad(), xa.grad()), qPrintable(test::describeDiff("input gradient", xb.grad(), xa.grad())));

        // Trained weights (a classifier in training): every gradient, with a bias and without
        // one (ResNet's convolutions have none).
        for (const bool withBias : {true, false}) {
            auto wa = weight.clone().requires_grad_(true), wb = weight.clone().requires_grad_(true);
            auto ba = bias.clone().requires_grad_(true), bb = bias.clone().requires_grad_(true);
            auto xc = x.clone().requires_grad_(true), xd = x.clone().requires_grad_(true);
            const torch::Tensor biasA = withBias ? ba : torch::Tensor(), biasB = withBias ? bb : torch::Tensor();
            (torch::conv2d(xc, wa, biasA, 1, padding) * r).sum().backward();
            QVERIFY(winogradApplies(xd, wb, biasB, 1));
            (winogradConv2d(xd, wb, biasB, padding) * r).sum().backward();
            QVERIFY2(closeAtScale(xd.grad(), xc.grad()), qPrintable(test::describeDiff("input gradient", xd.grad(), xc.grad())));
            QVERIFY2(closeAtScale(wb.grad(), wa.grad()), qPrintable(test::describeDiff("weight gradient", wb.grad(), wa.grad())));
            if (withBias)
                QVERIFY2(closeAtScale(bb.grad(), ba.grad()), qPrintable(test::describeDiff("bias gradient", bb.grad(), ba.grad())));
            else
                QVERIFY(!bb.grad().defined());
        }
    }

    // The own F(4,3) (the AVX2 path) on every CPU that can run it, whichever kernel this CPU
    // otherwise uses: the same convolution as LibTorch's up to float rounding, for tiles cut by
    // the image's edge, odd sizes, paddings 0–2, no bias, and few channels.
    void ownWinogradMatchesConv2d_data()
    {
        QTest::addColumn<int>("inChannels");
        QTest::addColumn<int>("outChannels");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("padding");
        QTest::addColumn<bool>("withBias");
        QTest::newRow("ConvNet conv2, 128 ch 14x14") << 128 << 128 << 37 << 14 << 14 << 1 << true;
        QTest::newRow("ConvNet conv3, 128 ch 7x7") << 128 << 128 << 5 << 7 << 7 << 1 << true;
        QTest::newRow("ResNet layer3, 256 ch 7x7 (blocks of 128 tiles, the last partial)") << 256 << 256 << 40 << 7 << 7 << 1 << false;
        QTest::newRow("BigGAN block, 64 -> 32 ch 32x32, no bias") << 64 << 32 << 3 << 32 << 32 << 1 << false;
        QTest::newRow("odd 9x5, no padding") << 24 << 40 << 2 << 9 << 5 << 0 << true;
        QTest::newRow("padding 2 (the input gradient of padding 0)") << 16 << 16 << 2 << 6 << 11 << 2 << true;
        QTest::newRow("3 channels, 1 tile") << 3 << 5 << 1 << 3 << 3 << 0 << true;
    }

    void ownWinogradMatchesConv2d()
    {
        if (!ownWinogradSupported())
            QSKIP("this CPU has no AVX2 + FMA");
        QFETCH(int, inChannels);
        QFETCH(int, outChannels);
        QFETCH(int, batch);
        QFETCH(int, height);
        QFETCH(int, width);
        QFETCH(int, padding);
        QFETCH(bool, withBias);
        torch::manual_seed(12);
        const auto weight = torch::randn({outChannels, inChannels, 3, 3}) * 0.05;
        const auto bias = withBias ? torch::randn({outChannels}) : torch::Tensor();
        const auto x = torch::randn({batch, inChannels, height, width});
        const auto expected = torch::conv2d(x, weight, bias, 1, padding);
        const auto got = winogradF43Forward(x, winogradF43Weights(weight), bias, padding);
        QCOMPARE(got.sizes(), expected.sizes());
        QVERIFY(got.is_contiguous());
        QVERIFY2(closeAtScale(got, expected), qPrintable(test::describeDiff("own Winograd", got, expected)));
        // A real error is caught: one weight's tap dropped moves the output far beyond rounding.
        auto broken = weight.clone();
        broken[0][0][1][1] = 0;
        const auto wrong = winogradF43Forward(x, winogradF43Weights(broken), bias, padding);
        QVERIFY(!closeAtScale(wrong, expected));
        // The weights' gradient (training): Σ over tiles in the Winograd domain, transformed back.
        const auto gradOutput = torch::randn(expected.sizes());
        const auto wantWeightGrad = std::get<1>(at::convolution_backward(gradOutput, x, weight, c10::nullopt, {1, 1},
                                                                          {padding, padding}, {1, 1}, false, {0, 0}, 1,
                                                                          {false, true, false}));
        const auto weightGrad = winogradF43WeightGradient(x, gradOutput, padding);
        QCOMPARE(weightGrad.sizes(), weight.sizes());
        QVERIFY2(closeAtScale(weightGrad, wantWeightGrad),
                 qPrintable(test::describeDiff("own weight gradient", weightGrad, wantWeightGrad)));
        auto brokenGrad = gradOutput.clone();
        brokenGrad[0][0][0][0] += 10; // one output pixel's gradient changed
        QVERIFY(!closeAtScale(winogradF43WeightGradient(x, brokenGrad, padding), wantWeightGrad));
        // Channels-last and non-contiguous inputs give the same result.
        const auto channelsLast = x.contiguous(at::MemoryFormat::ChannelsLast);
        QVERIFY(torch::equal(winogradF43Forward(channelsLast, winogradF43Weights(weight), bias, padding), got));
    }

    void ownWinogradRefusesWhatItCannotDo()
    {
        const auto u = winogradF43Weights(torch::randn({8, 4, 3, 3}));
        QCOMPARE(u.sizes(), (c10::IntArrayRef{36, 4, 8}));
        for (const auto &[x, padding] : std::vector<std::pair<torch::Tensor, int64_t>>{
                 {torch::randn({1, 5, 8, 8}), 1},                      // wrong channel count
                 {torch::randn({1, 4, 8, 8}, torch::kDouble), 1},      // not float
                 {torch::randn({1, 4, 2, 2}), 0},                      // smaller than the kernel
                 {torch::randn({1, 4, 8, 8}), -1}}) {                  // negative padding
            try {
                winogradF43Forward(x, u, torch::Tensor(), padding);
                QFAIL(qPrintable(QString("accepted ") + c10::str(x.sizes()).c_str()));
            } catch (const ModelError &e) {
                QVERIFY2(QString(e.what()).contains("Winograd F(4,3)"), e.what());
            }
        }
        try {
            winogradF43Weights(torch::randn({8, 4, 5, 5}));
            QFAIL("5x5 weights were accepted");
        } catch (const ModelError &e) {
            QVERIFY2(QString(e.what()).contains("[8, 4, 5, 5]"), e.what());
        }
    }

    void shapesWithoutAKernelFallBackToLibTorch()
    {
        // oneDNN's Winograd kernel takes padding ≤ 1: the ConvNet's first Fashion-MNIST conv
        // (1 → 128 channels, padding 3) runs through LibTorch, forward and input gradient.
        torch::manual_seed(4);
        const auto weight = torch::randn({128, 1, 3, 3}), bias = torch::randn({128});
        const auto x = torch::randn({6, 1, 28, 28});
        WinogradConv3x3 conv(weight, bias, 3);
        const auto expected = torch::conv2d(x, weight, bias, 1, 3);
        QVERIFY(closeAtScale(conv.forward(x), expected));
        const auto r = torch::randn(expected.sizes());
        auto xa = x.clone().requires_grad_(true);
        (torch::conv2d(xa, weight, bias, 1, 3) * r).sum().backward();
        const auto viaBackward = conv.backwardData(r, 28, 28);
        QVERIFY2(closeAtScale(viaBackward, xa.grad()), qPrintable(test::describeDiff("input gradient", viaBackward, xa.grad())));
    }

    void anotherThreadGetsTheSameResults()
    {
        // The studio runs convolutions on its worker and explorer threads: each builds its
        // own primitives (sharing them crashed inside oneDNN) and gets the same results.
        torch::manual_seed(6);
        const auto weight = torch::randn({16, 16, 3, 3}), bias = torch::randn({16});
        const auto x = torch::randn({16, 16, 8, 8}), r = torch::randn({16, 16, 8, 8});
        WinogradConv3x3 conv(weight, bias, 1);
        const auto out = conv.forward(x), grad = conv.backwardData(r, 8, 8);
        torch::Tensor otherOut, otherGrad;
        std::thread other([&] {
            WinogradConv3x3 again(weight, bias, 1);
            otherOut = again.forward(x);
            otherGrad = again.backwardData(r, 8, 8);
        });
        other.join();
        QVERIFY(torch::equal(otherOut, out));
        QVERIFY(torch::equal(otherGrad, grad));
        QVERIFY(closeAtScale(out, torch::conv2d(x, weight, bias, 1, 1)));
    }

    void refusesWhatItCannotDo()
    {
        const auto weight = torch::randn({128, 128, 3, 3}), bias = torch::randn({128});
        const auto x = torch::randn({1, 128, 8, 8});
        QVERIFY(!winogradApplies(x, weight, bias, 2));                                // strided
        QVERIFY(!winogradApplies(x, torch::randn({128, 128, 1, 1}), bias, 1));        // 1×1
        QVERIFY(!winogradApplies(x.to(torch::kDouble), weight, bias, 1));              // not float
        QVERIFY(!winogradApplies(torch::randn({1, 128, 2, 2}), weight, bias, 1));     // less than one tile
        if (WinogradConv3x3::available(128, 128)) {
            WinogradConv3x3 conv(weight, bias, 1);
            try {
                conv.forward(torch::randn({2, 64, 8, 8}));
                QFAIL("64 input channels were accepted by a 128-channel convolution");
            } catch (const ModelError &e) {
                QVERIFY2(QString(e.what()).contains("[2, 64, 8, 8]"), e.what());
            }
            try {
                conv.backwardData(torch::randn({2, 128, 8, 8}), 9, 9);
                QFAIL("an output gradient of the wrong size was accepted");
            } catch (const ModelError &e) {
                QVERIFY2(QString(e.what()).contains("[2, 128, 8, 8]"), e.what());
            }
        }
    }

    void frozenConvNetMatchesTrainable()
    {
        torch::manual_seed(5);
        ConvNetOptions options;
        options.channels = 1;
        options.imageSize = 28;
        ConvNet net(options);
        const auto images = torch::randn({6, 1, 28, 28});
        auto run = [&](bool trainable) {
            setTrainable(*net, trainable);
            auto x = images.clone().requires_grad_(true);
            const auto embedding = net->embed(x);
            embedding.pow(2).sum().backward();
            return std::make_pair(embedding.detach(), x.grad());
        };
        const auto [trainableOut, trainableGrad] = run(true);
        const auto [frozenOut, frozenGrad] = run(false);
        QVERIFY2(closeAtScale(frozenOut, trainableOut), qPrintable(test::describeDiff("embedding", frozenOut, trainableOut)));
        QVERIFY2(closeAtScale(frozenGrad, trainableGrad, 1e-4),
                 qPrintable(test::describeDiff("image gradient", frozenGrad, trainableGrad)));
    }

    void frozenBigGanMatchesTrainable()
    {
        torch::manual_seed(11);
        LoadedGenerator g = createGenerator("biggan32", 16, 128, 10, 1);
        g.generator->setTraining(false);
        const auto z0 = torch::randn({4, 128});
        const auto y = torch::tensor({0, 3, 7, 9}, torch::kInt64);
        auto run = [&](bool trainable) {
            g.generator->setWeightsRequireGrad(trainable);
            auto z = z0.clone().requires_grad_(true);
            const auto images = g.generator->generate(z, y);
            images.pow(2).sum().backward();
            return std::make_pair(images.detach(), z.grad());
        };
        const auto [trainableImages, trainableGrad] = run(true);
        const auto [frozenImages, frozenGrad] = run(false);
        QVERIFY2(closeAtScale(frozenImages, trainableImages),
                 qPrintable(test::describeDiff("generated images", frozenImages, trainableImages)));
        QVERIFY2(closeAtScale(frozenGrad, trainableGrad, 1e-4),
                 qPrintable(test::describeDiff("latent gradient", frozenGrad, trainableGrad)));
    }
};

QTEST_GUILESS_MAIN(WinogradTest)
#include "tst_winograd.moc"
