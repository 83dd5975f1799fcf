#pragma once
// GAN inversion (paper Eq. 1, core/README.md: Inversion): one latent per chosen real image,
//   min_z (1/d_f)·‖ψ(G(z,y)) − ψ(x)‖² + (λ_pixel/d_I)·‖G(z,y) − x‖²,
// with a pre-trained ConvNet ψ, images in classifier space, no augmentation, Adam.
// The loss of each class is the mean over that class's images (the reference's
// per-class batches); all classes step together since Adam acts per element.
#include "core/base/ConfigSchema.h"
#include "core/nets/ClassifierNet.h"
#include "core/runs/IterativeRun.h"
#include "core/latents/LatentSet.h"
#include "core/runs/RunSpec.h"

namespace itgan {

struct InversionConfig {
    int64_t imagesPerClass = 10; // k real images of each class, chosen by a seeded shuffle
    int64_t iterations = 5000;   // the paper's
    double learningRate = 0.1;   // Adam, the authors' code
    double lambdaPixel = 1.0;    // weight of the pixel term
    int64_t batchSize = 500;     // latents per forward pass (bounds memory; does not change the loss)
    uint64_t seed = 0;           // image choice and z initialisation
    int checkpointEvery = 100;
};

// The "inversion" section: every key, its default, range and meaning.
const ConfigSchema<InversionConfig> &inversionSchema();
nlohmann::json toJson(const InversionConfig &config);
InversionConfig inversionConfigFromJson(const nlohmann::json &json, const InversionConfig &defaults = {});

struct InversionResult {
    LatentSet latents;          // sourceIndices = the real images inverted
    torch::Tensor featureError; // per image: mean squared feature difference, [N]
    torch::Tensor pixelError;   // per image: mean squared pixel difference (classifier space), [N]
};

// Runs (or, with run.resume, continues) an inversion in run.directory and writes
// latents.pt, reconstruction.csv and a real-vs-inverted grid there. G and ψ are frozen.
InversionResult runInversion(Generator &g, ClassifierNet &featureNet, const Dataset &data, const InversionConfig &config,
                             const RunSpec &run, RunControl *control = nullptr, const JobHooks &hooks = {});

} // namespace itgan
