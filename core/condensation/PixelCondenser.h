#pragma once
// The DM baseline (core/README.md: DM, ref. [63] of the paper): condensation in pixel space.
// Synthetic images start as random real images of each class; every iteration one fresh
// random ConvNet embeds, per class, a Siamese-augmented real batch and the class's
// synthetic images; loss Σ_c ‖mean ψ(A(real_c)) − mean ψ(A(syn_c))‖²; one SGD step.
#include "core/base/ConfigSchema.h"
#include "core/data/Dataset.h"
#include "core/runs/IterativeRun.h"
#include "core/runs/RunSpec.h"

namespace itgan {

// How the synthetic images start: random real images of each class, or N(0, 1) noise in
// classifier space.
enum class DmInit { Real, Noise };
template <> const std::vector<EnumName<DmInit>> &enumNames<DmInit>();

struct DmConfig {
    int64_t imagesPerClass = 10;
    int64_t iterations = 20000;         // the reference's
    double learningRate = 1.0;          // SGD on pixels (reference)
    double momentum = 0.5;
    int64_t realBatch = 256;            // real images per class and iteration
    DmInit init = DmInit::Real;
    std::string embeddingArch = "convnet";
    std::string dsaStrategy = "auto";
    uint64_t seed = 0;
    int checkpointEvery = 100;
};

// The "dm" section: every key, its default, range and meaning.
const ConfigSchema<DmConfig> &dmSchema();
nlohmann::json toJson(const DmConfig &config);
DmConfig dmConfigFromJson(const nlohmann::json &json, const DmConfig &defaults = {});

struct DmResult {
    torch::Tensor images; // classifier space, float [N,C,H,W]
    DatasetSplit pixels;  // the same as uint8 pixels (what is stored and exported)
};

// Runs (or continues) DM; writes images.pt ({images uint8, labels}) and grid.png.
DmResult runDm(const Dataset &data, const DmConfig &config, const RunSpec &run, RunControl *control = nullptr,
               const JobHooks &hooks = {});

} // namespace itgan
