// Benchmark (built on demand, not registered with CTest: timings on shared machines are noise):
// the ConvNet-128 embedding of a batch of real images through the fused inference path
// (core/FusedConvBlocks) against the plain modules. It checks that both give the same
// embedding and prints both times.
//   bench_layers                                   # 500 × 1×28×28
//   ITGAN_BENCH_CHANNELS=3 ITGAN_BENCH_BATCH=256 bench_layers
// and (ownWinogradAgainstDirect) the 3×3 convolutions of that embedding one by one through
// LibTorch's convolution, the own Winograd F(4,3) and oneDNN's Winograd where this CPU has it,
// as images/s and the rate of useful (direct-convolution) FLOPs; run it capped to AVX2 with
// ONEDNN_MAX_CPU_ISA=AVX2 ATEN_CPU_CAPABILITY=avx2 to see an AVX2 CPU's choice.
#include "core/nets/ConvNet.h"
#include "core/kernels/WinogradConv.h"
#include "core/kernels/WinogradF43.h"
#include "core/base/DurationText.h"
#include "core/base/MemoryTuning.h"
#include "core/base/Threads.h"

#include <QtTest>

#include <chrono>
#include <cstdio>
#include <map>

using namespace itgan;

class LayersBenchmark : public QObject {
    Q_OBJECT

private slots:
    void fusedEmbeddingAgreesAndIsTimed()
    {
        const int64_t batch = qEnvironmentVariableIntValue("ITGAN_BENCH_BATCH") > 0
                                  ? qEnvironmentVariableIntValue("ITGAN_BENCH_BATCH") : 500;
        const int64_t channels = qEnvironmentVariableIntValue("ITGAN_BENCH_CHANNELS") == 3 ? 3 : 1;
        configureTorchThreads(2);
        torch::manual_seed(0);
        ConvNetOptions options;
        options.channels = channels;
        options.imageSize = channels == 1 ? 28 : 32;
        ConvNet net(options);
        const auto x = torch::randn({batch, channels, options.imageSize, options.imageSize});
        auto clock = [] { return std::chrono::steady_clock::now(); };
        const int reps = 5;
        double unfused = 0, fused = 0;
        for (int r = 0; r <= reps; ++r) {
            auto a = clock();
            {
                torch::AutoGradMode on(true); // the modules, as on the synthetic path
                net->embed(x);
            }
            auto b = clock();
            {
                torch::NoGradGuard off; // the fused path, as on the real path
                net->embed(x);
            }
            auto c = clock();
            if (r > 0) {
                unfused += itgan::secondsBetween(a, b) / reps;
                fused += itgan::secondsBetween(b, c) / reps;
            }
        }
        // Once more, keeping the outputs: both paths must give the same embedding.
        torch::Tensor viaModules, viaFused;
        {
            torch::AutoGradMode on(true);
            viaModules = net->embed(x).detach();
        }
        {
            torch::NoGradGuard off;
            viaFused = net->embed(x);
        }
        QVERIFY2(torch::allclose(viaFused, viaModules, 1e-4, 1e-4),
                 qPrintable(QStringLiteral("fused and module embeddings differ by %1")
                                .arg((viaFused - viaModules).abs().max().item<double>())));
        std::printf("ConvNet-128 embed of %lld %lldx%lldx%lld images, 2 threads: modules %.1f ms, fused %.1f ms (%.2fx)\n",
                    static_cast<long long>(batch), static_cast<long long>(channels),
                    static_cast<long long>(options.imageSize), static_cast<long long>(options.imageSize),
                    unfused * 1e3, fused * 1e3, unfused / fused);
    }

    void ownWinogradAgainstDirect()
    {
        configureTorchThreads(2);
        torch::NoGradGuard off;
        const int64_t batch = qEnvironmentVariableIntValue("ITGAN_BENCH_BATCH") > 0
                                  ? qEnvironmentVariableIntValue("ITGAN_BENCH_BATCH") : 500;
        struct Shape {
            const char *name;
            int64_t channels, size;
        };
        for (const Shape shape : {Shape{"ConvNet conv2 128 ch 14x14", 128, 14}, Shape{"ConvNet conv3 128 ch 7x7", 128, 7},
                                  Shape{"BigGAN G16 32 ch 32x32", 32, 32}, Shape{"64 ch 16x16", 64, 16},
                                  Shape{"ResNet18 layer1 64 ch 28x28", 64, 28}, Shape{"ResNet18 layer3 256 ch 7x7", 256, 7},
                                  Shape{"ResNet18 layer4 512 ch 4x4", 512, 4}}) {
            torch::manual_seed(1);
            const auto weight = torch::randn({shape.channels, shape.channels, 3, 3}) * 0.05;
            const auto bias = torch::randn({shape.channels});
            const auto x = torch::randn({batch, shape.channels, shape.size, shape.size});
            const auto transformed = winogradF43Weights(weight);
            auto time = [&](const std::function<torch::Tensor()> &conv) {
                conv(); // warm-up
                const int reps = 5;
                auto start = std::chrono::steady_clock::now();
                for (int r = 0; r < reps; ++r)
                    conv();
                return itgan::secondsBetween(start, std::chrono::steady_clock::now()) / reps;
            };
            const double direct = time([&] { return torch::conv2d(x, weight, bias, 1, 1); });
            const double own = time([&] { return winogradF43Forward(x, transformed, bias, 1); });
            const bool oneDnn = WinogradConv3x3::status(shape.channels, shape.channels) == WinogradConv3x3::Status::OneDnn;
            WinogradConv3x3 conv(weight, bias, 1);
            const double viaOneDnn = oneDnn ? time([&] { return conv.forward(x); }) : 0;
            const double flops = 2.0 * batch * shape.size * shape.size * shape.channels * shape.channels * 9;
            const double difference = (winogradF43Forward(x, transformed, bias, 1) - torch::conv2d(x, weight, bias, 1, 1))
                                          .abs().max().item<double>();
            std::printf("%-28s batch %lld: LibTorch %.1f ms (%.0f img/s, %.0f GFLOP/s); own F(4,3) %.1f ms (%.0f img/s, "
                        "%.0f direct-GFLOP/s, %.2fx)",
                        shape.name, static_cast<long long>(batch), direct * 1e3, batch / direct, flops / direct / 1e9,
                        own * 1e3, batch / own, flops / own / 1e9, direct / own);
            if (oneDnn)
                std::printf("; oneDNN Winograd %.1f ms (%.2fx)", viaOneDnn * 1e3, direct / viaOneDnn);
            std::printf("; max |own - LibTorch| %.2g\n", difference);
        }
    }
};

int main(int argc, char **argv)
{
    keepFreedMemoryForReuse(); // before any allocation, as the CLI and the studio do
    QCoreApplication app(argc, argv);
    LayersBenchmark benchmark;
    return QTest::qExec(&benchmark, argc, argv);
}
#include "bench_layers.moc"
