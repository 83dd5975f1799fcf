#include "core/condensation/PixelCondenser.h"

#include "core/base/ComputeDevice.h"
#include "core/condensation/CondensationSupport.h"
#include "core/augment/DsaAugment.h"
#include "core/nets/NetworkFactory.h"
#include "core/base/Errors.h"
#include "core/io/ImageGrid.h"
#include "core/base/JsonConfig.h"
#include "core/distributed/WorkShare.h"
#include "core/condensation/Losses.h"

#include <ATen/CPUGeneratorImpl.h>

namespace itgan {

template <>
const std::vector<EnumName<DmInit>> &enumNames<DmInit>()
{
    static const std::vector<EnumName<DmInit>> names{{DmInit::Real, "real"}, {DmInit::Noise, "noise"}};
    return names;
}

const ConfigSchema<DmConfig> &dmSchema()
{
    using C = DmConfig;
    static const ConfigSchema<C> schema(
        "dm",
        {numberField("images_per_class", &C::imagesPerClass, 1, 1e9, "Synthetic images per class").shortOption('k'),
         numberField("iterations", &C::iterations, 1, 1e9, "Iterations (the reference: 20 000)"),
         numberField("learning_rate", &C::learningRate, 1e-12, 1e6, "SGD learning rate on the pixels")
             .option("lr")
             .logarithmic(),
         numberField("momentum", &C::momentum, 0, 1, "SGD momentum"),
         numberField("real_batch", &C::realBatch, 1, 1e9, "Real images per class and iteration"),
         choiceField("init", &C::init, "real: random real images of each class; noise: N(0, 1) in classifier space"),
         textField("embedding_arch", &C::embeddingArch, "Architecture of the random embedding networks")
             .checkedBy(checkArchitectureName),
         textField("dsa_strategy", &C::dsaStrategy, "Siamese augmentation: auto (no flip for digits), none, or a DSA strategy")
             .checkedBy(checkDsaStrategy)
             .option("dsa"),
         numberField("seed", &C::seed, 0, kAnyCount, "Seed of the initial images, networks and augmentations"),
         numberField("checkpoint_every", &C::checkpointEvery, 1, 1e9, "Iterations between checkpoints")});
    return schema;
}

nlohmann::json toJson(const DmConfig &config)
{
    return dmSchema().toJson(config);
}

DmConfig dmConfigFromJson(const nlohmann::json &json, const DmConfig &defaults)
{
    return dmSchema().fromJson(json, defaults);
}

DmResult runDm(const Dataset &data, const DmConfig &config, const RunSpec &run, RunControl *control,
               const JobHooks &hooks)
{
    dmSchema().validate(config);
    // Everything that can be wrong with the settings (the schema checks names and ranges)
    // or against this dataset (more images per class than a class has) is found before
    // the run folder exists.
    const DsaAugment augment(resolveDsaStrategy(config.dsaStrategy, data.allowsHorizontalFlip()));
    const int64_t classes = data.numClasses(), k = config.imagesPerClass;
    const auto initIndex = chooseIndicesPerClass(data.train.labels, classes, k, config.seed);
    nlohmann::json stored = run.identity;
    stored["method"] = "dm";
    stored["dm"] = toJson(config);
    IterativeRun job({Stage::Dm, run.directory, run.resume, stored, config.iterations, config.checkpointEvery, run.group,
                      nlohmann::json{{"dm", toJson(DmConfig{})}}}, control, hooks);

    job.stage("preparing real images");
    const RealClassImages real(data);
    const auto labels = data.train.labels.index_select(0, initIndex);
    torch::Tensor syn;
    if (config.init == DmInit::Real) {
        syn = real.all().index_select(0, initIndex).clone();
    } else {
        auto gen = at::detail::createCPUGenerator(config.seed);
        syn = torch::randn({classes * k, data.channels(), data.height(), data.width()}, gen);
    }
    syn = toComputeDevice(syn).requires_grad_(true); // drawn or picked on the CPU, optimised on the compute device
    torch::optim::SGD optimizer({syn}, torch::optim::SGDOptions(config.learningRate).momentum(config.momentum));
    TensorMap state{{"images", syn}};
    // Distributed: each class is a unit of work (k images each); the per-class losses are
    // summed over the ranks in a table so the logged mean is the single-process one.
    const DistributedGroup &group = job.group();
    const WorkShare share(std::vector<int64_t>(static_cast<size_t>(classes), k), group.rank(), group.worldSize());
    StageIteration step;
    step.compute = [&](int64_t it, const LiveValues &) -> std::map<std::string, double> {
        // One network for all classes per iteration (reference DM).
        auto net = freshEmbeddingNet(config.embeddingArch, data, mixSeed(config.seed, it, 0, kSaltDmNetwork), false);
        auto classLosses = torch::zeros({classes}, torch::kFloat64);
        auto lossOf = classLosses.accessor<double, 1>();
        for (int64_t c = 0; c < classes; ++c) {
            if (!share.owns(static_cast<size_t>(c)))
                continue;
            const int64_t augSeed = mixSeed(config.seed, it, c, kSaltDmAugment);
            torch::Tensor realFeatures;
            {
                torch::NoGradGuard noGrad;
                realFeatures = net->embed(
                    augment.siamese(real.sample(c, config.realBatch, mixSeed(config.seed, it, c, kSaltDmRealBatch)), augSeed));
            }
            const auto synFeatures = net->embed(augment.siamese(syn.narrow(0, c * k, k), augSeed));
            auto loss = distributionMatchingLoss(realFeatures, synFeatures);
            loss.backward(); // Σ_c of the per-class losses, accumulated class by class
            lossOf[c] = loss.item<double>();
        }
        group.sumInPlace({classLosses});
        double lossSum = 0;
        for (int64_t c = 0; c < classes; ++c)
            lossSum += lossOf[c];
        const double mean = lossSum / static_cast<double>(classes);
        return {{"l_con", mean}, {"total", mean}};
    };
    step.previewPixels = [&] { return fromClassifierSpace(syn.detach(), data.normalisation); };
    step.previewLabels = labels;
    job.run(state, optimizer, {0.0, config.learningRate}, "condensing " + std::to_string(classes * k) + " images", step);

    DmResult result;
    result.images = syn.detach().to(torch::kCPU).clone();
    result.pixels = {fromClassifierSpace(result.images, data.normalisation), labels};
    if (!group.writesOutputs())
        return result;
    saveTensorMap({{"images", result.pixels.images}, {"labels", labels}}, job.directory().file("images.pt"));
    writeClassRowsGrid({result.pixels.images}, labels, classes, job.directory().file("grid.png"));
    return result;
}

} // namespace itgan
