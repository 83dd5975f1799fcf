// Benchmark (built on demand, not registered with CTest: timings on shared machines are noise):
// the ConvNet-128 embedding of a batch of real images through the fused inference path
// (core/FusedConvBlocks) against the plain modules. It checks that both give the same
// embedding and prints both times.
//   bench_layers                                   # 500 × 1×28×28
//   ITGAN_BENCH_CHANNELS=3 ITGAN_BENCH_BATCH=256 bench_layers
#include "core/nets/ConvNet.h"
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
};

int main(int argc, char **argv)
{
    keepFreedMemoryForReuse(); // before any allocation, as the CLI and the studio do
    QCoreApplication app(argc, argv);
    LayersBenchmark benchmark;
    return QTest::qExec(&benchmark, argc, argv);
}
#include "bench_layers.moc"
