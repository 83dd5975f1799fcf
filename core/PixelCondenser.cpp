#include "core/PixelCondenser.h"

#include "core/CondensationSupport.h"
#include "core/DsaAugment.h"
#include "core/Errors.h"
#include "core/ImageGrid.h"
#include "core/JsonConfig.h"
#include "core/Losses.h"

#include <ATen/CPUGeneratorImpl.h>

namespace itgan {

nlohmann::json toJson(const DmConfig &c)
{
    return {{"images_per_class", c.imagesPerClass}, {"iterations", c.iterations},  {"learning_rate", c.learningRate},
            {"momentum", c.momentum},               {"real_batch", c.realBatch},    {"init", c.init},
            {"embedding_arch", c.embeddingArch},    {"dsa_strategy", c.dsaStrategy}, {"seed", c.seed},
            {"checkpoint_every", c.checkpointEvery}};
}

DmConfig dmConfigFromJson(const nlohmann::json &json, const DmConfig &d)
{
    const std::string where = "dm";
    requireKnownKeys(json, {"images_per_class", "iterations", "learning_rate", "momentum", "real_batch", "init",
                            "embedding_arch", "dsa_strategy", "seed", "checkpoint_every"},
                     where);
    DmConfig c;
    c.imagesPerClass = readValue(json, "images_per_class", d.imagesPerClass, where);
    c.iterations = readValue(json, "iterations", d.iterations, where);
    c.learningRate = readValue(json, "learning_rate", d.learningRate, where);
    c.momentum = readValue(json, "momentum", d.momentum, where);
    c.realBatch = readValue(json, "real_batch", d.realBatch, where);
    c.init = readValue(json, "init", d.init, where);
    c.embeddingArch = readValue(json, "embedding_arch", d.embeddingArch, where);
    c.dsaStrategy = readValue(json, "dsa_strategy", d.dsaStrategy, where);
    c.seed = readValue(json, "seed", d.seed, where);
    c.checkpointEvery = readValue(json, "checkpoint_every", d.checkpointEvery, where);
    return c;
}

namespace {

enum Salt : uint64_t { kSaltNetwork = 11, kSaltAugment = 12, kSaltRealBatch = 13 };

void validate(const DmConfig &c)
{
    requireRange(static_cast<double>(c.imagesPerClass), 1, 1e9, "dm.images_per_class");
    requireRange(static_cast<double>(c.iterations), 1, 1e9, "dm.iterations");
    requireRange(c.learningRate, 1e-12, 1e6, "dm.learning_rate");
    requireRange(c.momentum, 0, 1, "dm.momentum");
    requireRange(static_cast<double>(c.realBatch), 1, 1e9, "dm.real_batch");
    requireRange(c.checkpointEvery, 1, 1e9, "dm.checkpoint_every");
    if (c.init != "real" && c.init != "noise")
        throw ConfigError("dm.init must be \"real\" or \"noise\", got \"" + c.init + "\"");
}

} // namespace

DmResult runDm(const Dataset &data, const DmConfig &config, const RunSpec &run, RunControl *control,
               const JobHooks &hooks)
{
    validate(config);
    nlohmann::json stored = run.identity;
    stored["method"] = "dm";
    stored["dm"] = toJson(config);
    IterativeRun job({"dm", run.directory, run.resume, stored, config.iterations, config.checkpointEvery}, control, hooks);
    const DsaAugment augment(resolveDsaStrategy(config.dsaStrategy, data.allowsHorizontalFlip()));
    const int64_t classes = data.numClasses(), k = config.imagesPerClass;

    job.stage("preparing real images");
    const RealClassImages real(data);
    const auto initIndex = chooseIndicesPerClass(data.train.labels, classes, k, config.seed);
    const auto labels = data.train.labels.index_select(0, initIndex);
    torch::Tensor syn;
    if (config.init == "real") {
        syn = real.all().index_select(0, initIndex).clone();
    } else {
        auto gen = at::detail::createCPUGenerator(config.seed);
        syn = torch::randn({classes * k, data.channels(), data.height(), data.width()}, gen);
    }
    syn.requires_grad_(true);
    torch::optim::SGD optimizer({syn}, torch::optim::SGDOptions(config.learningRate).momentum(config.momentum));
    TensorMap state{{"images", syn}};
    double lambda = 0, learningRate = config.learningRate;
    const int64_t start = job.restore(state, optimizer, lambda, learningRate);
    if (start > 0)
        job.stage("resumed at iteration " + std::to_string(start));

    job.stage("condensing " + std::to_string(classes * k) + " images");
    for (int64_t it = start + 1; it <= config.iterations; ++it) {
        job.beginIteration(it, lambda, learningRate, optimizer);
        optimizer.zero_grad();
        // One network for all classes per iteration (reference DM).
        auto net = freshEmbeddingNet(config.embeddingArch, data, mixSeed(config.seed, it, 0, kSaltNetwork), false);
        double lossSum = 0;
        for (int64_t c = 0; c < classes; ++c) {
            const int64_t augSeed = mixSeed(config.seed, it, c, kSaltAugment);
            torch::Tensor realFeatures;
            {
                torch::NoGradGuard noGrad;
                realFeatures = net->embed(
                    augment.siamese(real.sample(c, config.realBatch, mixSeed(config.seed, it, c, kSaltRealBatch)), augSeed));
            }
            const auto synFeatures = net->embed(augment.siamese(syn.narrow(0, c * k, k), augSeed));
            auto loss = distributionMatchingLoss(realFeatures, synFeatures);
            loss.backward(); // Σ_c of the per-class losses, accumulated class by class
            lossSum += loss.item<double>();
        }
        optimizer.step();
        IterationEvent event;
        event.iteration = it;
        event.learningRate = learningRate;
        event.terms = {{"l_con", lossSum / static_cast<double>(classes)}, {"total", lossSum / static_cast<double>(classes)}};
        job.endIteration(event, state, optimizer);
        if (hooks.onPreview && hooks.previewEvery > 0 && it % hooks.previewEvery == 0)
            hooks.onPreview(fromClassifierSpace(syn.detach(), data.normalisation), labels, it);
    }

    DmResult result;
    result.images = syn.detach().clone();
    result.pixels = {fromClassifierSpace(result.images, data.normalisation), labels};
    saveTensorMap({{"images", result.pixels.images}, {"labels", labels}}, job.directory().file("images.pt"));
    writeClassRowsGrid({result.pixels.images}, labels, classes, job.directory().file("grid.png"));
    return result;
}

} // namespace itgan
