#pragma once
// IT-GAN condensation (paper Eq. 2–4, Algorithm 1; core/README.md: IT-GAN): optimise the inverted
// latents of a frozen generator so that the generated images match the real data's
// feature distribution under random embedding networks, regularised towards the images
// they were inverted from:
//   L = (1 − λ)·L_con + λ·R                                            (Eq. 4)
//   L_con = ‖mean ψ(A(G(z))) − mean ψ(A(x̃))‖²   (distribution matching, Eq. 2)
//   R = mean_i ‖ψ(A(x_i)) − ψ(A(G(z_i)))‖²                             (Eq. 3)
// Per iteration and class: one ψ_ϑ (fresh, or from a pre-trained pool), one Siamese
// augmentation A shared by the synthetic batch, its paired real images and a larger
// independent real batch x̃; Adam on the latents.
#include "core/base/ConfigSchema.h"
#include "core/condensation/ConvNetPool.h"
#include "core/runs/IterativeRun.h"
#include "core/latents/LatentSet.h"
#include "core/runs/RunSpec.h"

namespace itgan {

// The matching term L_con: distribution matching (Eq. 2) or gradient matching (Tab. T4).
enum class MatchingObjective { Distribution, Gradient };
// Latent-vector ensemble (Tab. T5/T6): fixed subsets, or re-split at random every iteration.
enum class SplitStrategy { Fixed, Mixed };
// Where the embedding networks ψ_ϑ come from: a fresh random network per class and
// iteration, or a pool of pre-trained ones (Tab. T7).
enum class EmbeddingSource { Random, Pool };
template <> const std::vector<EnumName<MatchingObjective>> &enumNames<MatchingObjective>();
template <> const std::vector<EnumName<SplitStrategy>> &enumNames<SplitStrategy>();
template <> const std::vector<EnumName<EmbeddingSource>> &enumNames<EmbeddingSource>();

struct ItganConfig {
    MatchingObjective objective = MatchingObjective::Distribution;
    double lambda = 0.001;               // weight of R in Eq. 4 (the authors' command)
    double learningRate = 0.001;         // Adam on the latents (the paper's)
    int64_t iterations = 5000;           // the paper's
    int64_t realBatch = 500;             // independent real images per class and iteration (x̃)
    int64_t splitSize = 0;               // latents per independently trained subset; 0 = a class's whole set
    SplitStrategy splitStrategy = SplitStrategy::Fixed;
    EmbeddingSource embedding = EmbeddingSource::Random;
    std::string embeddingArch = "convnet";
    std::string poolDir;                 // for embedding = pool
    double poolMinAccuracy = 0;          // pool members with validation accuracy in [min, max] (percent)
    double poolMaxAccuracy = 100;
    std::string dsaStrategy = "auto";    // auto: no flip for digits; "none" disables augmentation
    uint64_t seed = 0;
    int checkpointEvery = 100;
};

// The "itgan" section: every key, its default, range and meaning.
const ConfigSchema<ItganConfig> &itganSchema();
nlohmann::json toJson(const ItganConfig &config);
ItganConfig itganConfigFromJson(const nlohmann::json &json, const ItganConfig &defaults = {});
// Ranges and choices of every key, and the rules between keys (pool needs pool_dir).
void validateItganConfig(const ItganConfig &config);

// Runs (or continues) IT-GAN from `initial` (usually inverted latents; with λ > 0 every
// latent needs its source image). Writes latents.pt and a real | initial | IT-GAN grid.
LatentSet runItgan(Generator &g, const Dataset &data, const LatentSet &initial, const ItganConfig &config,
                   const RunSpec &run, RunControl *control = nullptr, const JobHooks &hooks = {});

} // namespace itgan
