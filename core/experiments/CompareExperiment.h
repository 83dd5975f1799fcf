#pragma once
// `compare`: the paper's side-by-side experiment (Tab. 1/2, Fig. 3–5). Builds the
// requested training sets with the same number of images per class — GAN (z ~ N(0, I)),
// GAN inversion, IT-GAN, DM, a random real subset, and the whole real set as the upper
// bound — and evaluates each on the requested architectures × runs (core/README.md: Evaluation protocol).
// Output folder: config.json, one run directory per built method (inversion/, itgan/,
// dm/; resumable), grid_<set>.png, results.json and curves.csv (rewritten after every
// evaluated set, so a long experiment shows its progress).
#include "core/base/ConfigSchema.h"
#include "core/distributed/DistributedGroup.h"
#include "core/evaluation/Evaluation.h"
#include "core/io/StoredPrecision.h"
#include "core/runs/JobEvents.h"
#include "core/runs/RunControl.h"

#include <nlohmann/json.hpp>

namespace itgan {

// The training sets a compare builds and evaluates ("sets" in its configuration).
enum class CompareSet { Gan, Inversion, Itgan, Dm, Random, Real };
template <> const std::vector<EnumName<CompareSet>> &enumNames<CompareSet>();

// The top-level keys of a compare configuration; the sections "inversion", "itgan", "dm"
// and "evaluation" have their own tables (inversionSchema(), itganSchema(), dmSchema(),
// evaluationSchema()).
struct CompareSettings {
    std::string dataset = "fashion-mnist";
    std::string generator = "bundled";
    std::string generatorArch;            // for a plain weights file whose architecture is not stored
    std::string featureNetwork = "bundled";
    int64_t imagesPerClass = 10;
    // The training split this experiment sees: 0 = all of it; N > 0 = a seeded subset of N
    // images per class, taken before anything else, so that inversion, IT-GAN, DM, the random
    // set and the "real" set (then this subset) all draw from it — the paper's whole-set
    // learning (Tab. 1, Fig. 3/4) on a subset, with images_per_class = N: one latent per image.
    int64_t trainingSubsetPerClass = 0;
    // The pixel sets' (random, dm) storage: 0 = images_per_class images each; B > 0 = as many
    // images per class as B bytes of pixels hold; -1 = the bytes of this compare's latent sets
    // (generator file + images_per_class latents per class + labels), paper Tab. 2's equal storage.
    int64_t storageBudgetBytes = 0;
    // How the latent sets (gan, inversion, itgan) store their latents; float16 halves their
    // bytes and rounds the latents before their images are made (a float16 generator is a
    // file of its own: `itgan convert-generator`).
    StoredPrecision latentPrecision = StoredPrecision::Float32;
    std::vector<std::string> sets = enumChoices<CompareSet>();
    uint64_t seed = 0;                    // GAN latents and the random real subset
    int threads = 0;                      // LibTorch threads (0 = all cores)
    std::string device = "cpu";           // cpu | cuda | cuda:N (core/base/ComputeDevice.h)
    std::string inversionLatents;         // reuse these latents instead of inverting
    std::string itganLatents;             // reuse these latents instead of running IT-GAN
    std::string dmImages;                 // reuse these images instead of running DM
};
const ConfigSchema<CompareSettings> &compareSchema();
// The four section names, in the configuration's order.
const std::vector<std::string> &compareSections();

// Every key with the paper's defaults (GPU-scale iteration counts; see RESULTS.md for
// the CPU-scale settings used here).
nlohmann::json defaultCompareConfig();

// The defaults overlaid with `config` (objects merge key by key); unknown keys are rejected.
nlohmann::json completeCompareConfig(const nlohmann::json &config);

struct CompareHooks {
    JobHooks job; // inversion / IT-GAN / DM iterations
    std::function<void(const std::string &set, const std::string &arch, int run, const EpochRecord &)> onEvalEpoch;
    std::function<void(const SetEvaluation &)> onSetEvaluated;
    std::function<void(const std::string &)> onStage;
};

struct CompareOutcome {
    nlohmann::json results; // the results.json document
    std::vector<SetEvaluation> evaluations;
};

// Distributed (`group` of several ranks): inversion, IT-GAN and DM share their units and
// the evaluation its (set, architecture) pairs among the ranks; rank 0 writes the folder.
CompareOutcome runCompare(const nlohmann::json &config, const std::string &outDir, bool resume,
                          RunControl *control = nullptr, const CompareHooks &hooks = {},
                          std::shared_ptr<DistributedGroup> group = nullptr);

// The results table the CLI prints (set, images/class, bytes, arch, mean ± std).
std::string resultsTable(const nlohmann::json &results);

} // namespace itgan
