#pragma once
// The tiny IT-GAN run the studio's tests build through the main window (tst_studio_worker,
// tst_latent_map): IT-GAN only (inversion first), 2 latents per class, small real batches —
// well under a second per iteration on 2 cores — with a history snapshot every 2 iterations.
#include "engine/StudioWorker.h"

#include <QJsonArray>
#include <QJsonObject>

namespace itgan::test {

// LibTorch's threads inside a job. Under ThreadSanitizer (the `tsan` preset) one: OpenMP's
// threads hand work over through libgomp's barriers, which TSan cannot see, and what is
// under test there is the worker, explorer and GUI threads.
#if defined(__SANITIZE_THREAD__)
constexpr int kJobThreads = 1;
#else
constexpr int kJobThreads = 2;
#endif

inline QJsonObject tinyStudioConfig(int itganIterations)
{
    QJsonObject config = StudioWorker::defaultConfig();
    config["images_per_class"] = 2;
    config["sets"] = QJsonArray{"itgan"};
    config["threads"] = kJobThreads;
    QJsonObject inversion = config["inversion"].toObject();
    inversion["iterations"] = 3;
    inversion["batch_size"] = 20;
    config["inversion"] = inversion;
    QJsonObject itgan = config["itgan"].toObject();
    itgan["iterations"] = itganIterations;
    itgan["real_batch"] = 16;
    itgan["checkpoint_every"] = 2;
    itgan["lambda"] = 0.001;
    config["itgan"] = itgan;
    return config;
}

} // namespace itgan::test
