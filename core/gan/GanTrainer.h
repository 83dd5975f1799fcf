#pragma once
// Conditional GAN pre-training (core/README.md: GAN training): hinge loss, DiffAugment on everything D
// sees, Adam (2e-4, betas 0/0.999; optionally decaying linearly to 0 over the last steps),
// several D steps per G step, an EMA copy of G used
// for sampling, horizontal flips of reals where the data allows. Checkpoints (G, D,
// EMA, optimisers, step, RNG state) are written atomically every N steps, and a killed
// run resumes exactly from its last checkpoint.
#include "core/base/Cancellation.h"
#include "core/data/Dataset.h"
#include "core/gan/GanMetrics.h"
#include "core/generators/GeneratorFile.h"

#include <functional>
#include <optional>
#include <string>

namespace itgan {

struct GanTrainingConfig {
    std::string arch = "dcgan32";          // biggan32 | dcgan32
    int64_t width = 64;                    // G width (G_ch for biggan32)
    int64_t discriminatorWidth = 64;
    int64_t latentSize = 128;
    int64_t steps = 10000;                 // generator steps
    int64_t batchSize = 64;
    double learningRateG = 2e-4;
    double learningRateD = 2e-4;
    // From this generator step on, both learning rates fall linearly to 0 at `steps` (0: constant).
    int64_t learningRateDecayStart = 0;
    double beta1 = 0.0;
    double beta2 = 0.999;
    double adamEps = 1e-6;                 // the BigGAN code's adam_eps
    int discriminatorSteps = 4;            // D steps per G step (the paper's recipe)
    double emaDecay = 0.9999;
    int64_t emaStart = 1000;               // before this step the EMA copies G
    std::string diffAugment = "translation,cutout";
    bool flipReals = true;                 // ignored for datasets that must not be flipped
    uint64_t seed = 0;
    int64_t checkpointEvery = 1000;
    int64_t sampleEvery = 500;
    int64_t logEvery = 50;
};

nlohmann::json ganConfigJson(const GanTrainingConfig &config);

struct GanStepEvent {
    int64_t step = 0;
    double lossD = 0, lossG = 0;
    double dReal = 0, dFake = 0; // mean D logits on the last D step
    double seconds = 0;          // wall time since the run (or resume) started
};

struct GanCheckpointEvent {
    int64_t step = 0;
    std::optional<GanQuality> quality;
    bool best = false;
};

struct GanTrainingCallbacks {
    std::function<void(const GanStepEvent &, int64_t totalSteps)> onStep;
    std::function<void(const GanCheckpointEvent &)> onCheckpoint;
};

class GanTrainer {
public:
    // Opens (or, with resume, reopens) the run directory. Without resume an existing run is refused.
    GanTrainer(const GanTrainingConfig &config, const Dataset &data, const std::string &runDir, bool resume);
    ~GanTrainer();

    // Measures quality with `classifier` at every checkpoint; the best (lowest Fréchet
    // distance) EMA generator is kept as generator_best.pt.
    void setQualityProbe(ClassifierPtr classifier, const GanQualityOptions &options);

    // Trains to config.steps. On cancellation a checkpoint is written, then CancelledError is thrown.
    void run(const CancellationToken *cancel = nullptr, const GanTrainingCallbacks &callbacks = {});

    int64_t step() const;
    Generator &emaGenerator();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace itgan
