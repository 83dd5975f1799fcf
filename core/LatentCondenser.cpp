#include "core/LatentCondenser.h"

#include "core/CondensationSupport.h"
#include "core/DsaAugment.h"
#include "core/Errors.h"
#include "core/ImageGrid.h"
#include "core/JsonConfig.h"
#include "core/LatentPreview.h"
#include "core/Losses.h"

#include <ATen/CPUGeneratorImpl.h>

namespace itgan {

nlohmann::json toJson(const ItganConfig &c)
{
    return {{"objective", c.objective},
            {"lambda", c.lambda},
            {"learning_rate", c.learningRate},
            {"iterations", c.iterations},
            {"real_batch", c.realBatch},
            {"split_size", c.splitSize},
            {"split_strategy", c.splitStrategy},
            {"embedding", c.embedding},
            {"embedding_arch", c.embeddingArch},
            {"pool_dir", c.poolDir},
            {"pool_min_accuracy", c.poolMinAccuracy},
            {"pool_max_accuracy", c.poolMaxAccuracy},
            {"dsa_strategy", c.dsaStrategy},
            {"seed", c.seed},
            {"checkpoint_every", c.checkpointEvery}};
}

ItganConfig itganConfigFromJson(const nlohmann::json &json, const ItganConfig &d)
{
    const std::string where = "itgan";
    requireKnownKeys(json, {"objective", "lambda", "learning_rate", "iterations", "real_batch", "split_size",
                            "split_strategy", "embedding", "embedding_arch", "pool_dir", "pool_min_accuracy",
                            "pool_max_accuracy", "dsa_strategy", "seed", "checkpoint_every"},
                     where);
    ItganConfig c;
    c.objective = readValue(json, "objective", d.objective, where);
    c.lambda = readValue(json, "lambda", d.lambda, where);
    c.learningRate = readValue(json, "learning_rate", d.learningRate, where);
    c.iterations = readValue(json, "iterations", d.iterations, where);
    c.realBatch = readValue(json, "real_batch", d.realBatch, where);
    c.splitSize = readValue(json, "split_size", d.splitSize, where);
    c.splitStrategy = readValue(json, "split_strategy", d.splitStrategy, where);
    c.embedding = readValue(json, "embedding", d.embedding, where);
    c.embeddingArch = readValue(json, "embedding_arch", d.embeddingArch, where);
    c.poolDir = readValue(json, "pool_dir", d.poolDir, where);
    c.poolMinAccuracy = readValue(json, "pool_min_accuracy", d.poolMinAccuracy, where);
    c.poolMaxAccuracy = readValue(json, "pool_max_accuracy", d.poolMaxAccuracy, where);
    c.dsaStrategy = readValue(json, "dsa_strategy", d.dsaStrategy, where);
    c.seed = readValue(json, "seed", d.seed, where);
    c.checkpointEvery = readValue(json, "checkpoint_every", d.checkpointEvery, where);
    return c;
}

namespace {

// Salts that keep the different random draws of one (iteration, class) independent.
enum Salt : uint64_t { kSaltNetwork = 1, kSaltAugment = 2, kSaltRealBatch = 3, kSaltSplit = 4, kSaltPool = 5 };

void validate(const ItganConfig &c)
{
    if (c.objective != "dm" && c.objective != "gm")
        throw ConfigError("itgan.objective must be \"dm\" (distribution matching) or \"gm\" (gradient matching), got \""
                          + c.objective + "\"");
    requireRange(c.lambda, 0, 1, "itgan.lambda");
    requireRange(c.learningRate, 1e-12, 1e6, "itgan.learning_rate");
    requireRange(static_cast<double>(c.iterations), 1, 1e9, "itgan.iterations");
    requireRange(static_cast<double>(c.realBatch), 1, 1e9, "itgan.real_batch");
    requireRange(static_cast<double>(c.splitSize), 0, 1e9, "itgan.split_size");
    requireRange(c.checkpointEvery, 1, 1e9, "itgan.checkpoint_every");
    if (c.splitStrategy != "fixed" && c.splitStrategy != "mixed")
        throw ConfigError("itgan.split_strategy must be \"fixed\" or \"mixed\", got \"" + c.splitStrategy + "\"");
    if (c.embedding != "random" && c.embedding != "pool")
        throw ConfigError("itgan.embedding must be \"random\" or \"pool\", got \"" + c.embedding + "\"");
    if (c.embedding == "pool" && c.poolDir.empty())
        throw ConfigError("itgan.embedding \"pool\" needs itgan.pool_dir (make one with `itgan make-pool`)");
}

// The class's latent indices cut into the subsets trained independently (latent-vector
// ensemble): in order (fixed) or after a fresh shuffle every iteration (mixed).
std::vector<torch::Tensor> classSubsets(const torch::Tensor &classIndices, const ItganConfig &c, int64_t iteration,
                                        int64_t cls)
{
    auto indices = classIndices;
    if (c.splitStrategy == "mixed") {
        auto gen = at::detail::createCPUGenerator(static_cast<uint64_t>(mixSeed(c.seed, iteration, cls, kSaltSplit)));
        indices = indices.index_select(0, torch::randperm(indices.size(0), gen));
    }
    const int64_t size = c.splitSize > 0 ? std::min(c.splitSize, indices.size(0)) : indices.size(0);
    return indices.split(size);
}

// DC's gradient matching between the real batch and the synthetic batch of class `cls`
// (paper Tab. T4), differentiable w.r.t. the synthetic images.
torch::Tensor gradientMatchingTerm(ClassifierNet &net, const torch::Tensor &realAug, const torch::Tensor &synAug,
                                   int64_t cls)
{
    namespace F = torch::nn::functional;
    const auto params = net.parameters();
    auto realLoss = F::cross_entropy(net.forward(realAug), torch::full({realAug.size(0)}, cls, torch::kInt64));
    auto realGrads = torch::autograd::grad({realLoss}, params);
    for (auto &g : realGrads)
        g = g.detach();
    auto synLoss = F::cross_entropy(net.forward(synAug), torch::full({synAug.size(0)}, cls, torch::kInt64));
    auto synGrads = torch::autograd::grad({synLoss}, params, {}, true, true);
    return gradientMatchingLoss(synGrads, realGrads);
}

} // namespace

LatentSet runItgan(Generator &g, const Dataset &data, const LatentSet &initial, const ItganConfig &config,
                   const RunSpec &run, RunControl *control, const JobHooks &hooks)
{
    validate(config);
    const GeneratorInfo info = g.info();
    checkGeneratorFitsDataset(info, data, "the generator");
    checkLatentsFitGenerator(initial, info, "the initial latents");
    const bool hasSources = initial.size() > 0 && initial.sourceIndices.min().item<int64_t>() >= 0;
    if (config.lambda > 0 && !hasSources)
        throw ConfigError("itgan.lambda > 0 needs the real image each latent was inverted from (start from an "
                          "inversion run), or set lambda to 0");
    if (hasSources && initial.sourceIndices.max().item<int64_t>() >= data.train.size())
        throw ConfigError("the initial latents refer to training image "
                          + std::to_string(initial.sourceIndices.max().item<int64_t>()) + " but " + data.name + " has "
                          + std::to_string(data.train.size()));
    const auto classLatents = indicesPerClass(initial.labels, data.numClasses());
    for (int64_t c = 0; c < data.numClasses(); ++c)
        if (classLatents[static_cast<size_t>(c)].empty())
            throw ConfigError("the initial latents have none of class " + std::to_string(c) + " ("
                              + data.classNames[static_cast<size_t>(c)] + ")");

    nlohmann::json stored = run.identity;
    stored["method"] = "itgan";
    stored["itgan"] = toJson(config);
    stored["initial_latents"] = initial.size();
    IterativeRun job({"itgan", run.directory, run.resume, stored, config.iterations, config.checkpointEvery}, control,
                     hooks);
    std::optional<ConvNetPool> pool;
    std::vector<size_t> eligible;
    if (config.embedding == "pool") {
        pool = ConvNetPool::load(config.poolDir);
        eligible = pool->eligible(config.poolMinAccuracy, config.poolMaxAccuracy);
    }
    const DsaAugment augment(resolveDsaStrategy(config.dsaStrategy, data.allowsHorizontalFlip()));
    const bool gm = config.objective == "gm";

    g.setTraining(false);
    g.setWeightsRequireGrad(false);
    job.stage("preparing real images");
    const RealClassImages real(data);
    saveLatentSet(initial, job.directory().file("initial_latents.pt"));

    auto z = initial.latents.clone().requires_grad_(true);
    torch::optim::Adam optimizer({z}, torch::optim::AdamOptions(config.learningRate));
    TensorMap state{{"latents", z}};
    double lambda = config.lambda, learningRate = config.learningRate;
    const int64_t start = job.restore(state, optimizer, lambda, learningRate);
    if (start > 0)
        job.stage("resumed at iteration " + std::to_string(start));

    std::vector<torch::Tensor> classIndices;
    for (const auto &indices : classLatents)
        classIndices.push_back(torch::tensor(indices, torch::kInt64));

    job.stage("condensing " + std::to_string(initial.size()) + " latents");
    for (int64_t it = start + 1; it <= config.iterations; ++it) {
        job.beginIteration(it, lambda, learningRate, optimizer);
        optimizer.zero_grad();
        double conSum = 0, regSum = 0;
        int64_t terms = 0;
        for (int64_t c = 0; c < data.numClasses(); ++c) {
            ClassifierPtr net = pool ? pool->network(eligible[static_cast<size_t>(mixSeed(config.seed, it, c, kSaltPool))
                                                              % eligible.size()],
                                                     data, gm)
                                     : freshEmbeddingNet(config.embeddingArch, data, mixSeed(config.seed, it, c, kSaltNetwork),
                                                         gm);
            const int64_t augSeed = mixSeed(config.seed, it, c, kSaltAugment);
            const auto realAug =
                augment.siamese(real.sample(c, config.realBatch, mixSeed(config.seed, it, c, kSaltRealBatch)), augSeed);
            torch::Tensor realMean;
            if (!gm) {
                torch::NoGradGuard noGrad; // the real path needs no autograd graph
                realMean = net->embed(realAug).mean(0, true);
            }
            const auto subsets = classSubsets(classIndices[static_cast<size_t>(c)], config, it, c);
            const auto order = torch::cat(subsets);
            // One synthetic forward for the whole class; subsets are slices of it.
            const auto synAug =
                augment.siamese(generateInClassifierSpace(g, z.index_select(0, order), initial.labels.index_select(0, order),
                                                          data),
                                augSeed);
            const auto synFeatures = (!gm || hasSources) ? net->embed(synAug) : torch::Tensor();
            torch::Tensor pairFeatures;
            if (hasSources) {
                torch::NoGradGuard noGrad;
                pairFeatures = net->embed(augment.siamese(
                    real.all().index_select(0, initial.sourceIndices.index_select(0, order)), augSeed));
            }
            torch::Tensor classLoss = torch::zeros({});
            int64_t offset = 0;
            for (const auto &subset : subsets) {
                const int64_t n = subset.size(0);
                const auto con = gm ? gradientMatchingTerm(*net, realAug, synAug.narrow(0, offset, n), c)
                                    : distributionMatchingLoss(realMean, synFeatures.narrow(0, offset, n));
                const auto reg = hasSources ? pairRegulariser(synFeatures.narrow(0, offset, n),
                                                              pairFeatures.narrow(0, offset, n))
                                            : torch::zeros({});
                classLoss = classLoss + itganObjective(con, reg, lambda);
                conSum += con.item<double>();
                regSum += reg.item<double>();
                ++terms;
                offset += n;
            }
            classLoss.backward();
        }
        optimizer.step();

        IterationEvent event;
        event.iteration = it;
        event.lambda = lambda;
        event.learningRate = learningRate;
        const double con = conSum / static_cast<double>(terms), reg = regSum / static_cast<double>(terms);
        event.terms = {{"l_con", con}, {"r", reg}, {"total", (1 - lambda) * con + lambda * reg}};
        job.endIteration(event, state, optimizer);
        emitPreview(hooks, g, z, initial.labels, data, it);
    }

    LatentSet result{z.detach().clone(), initial.labels, initial.sourceIndices};
    saveLatentSet(result, job.directory().file("latents.pt"));
    std::vector<torch::Tensor> columns;
    if (hasSources)
        columns.push_back(data.train.images.index_select(0, initial.sourceIndices));
    columns.push_back(generatePixels(g, initial, data));
    columns.push_back(generatePixels(g, result, data));
    writeClassRowsGrid(columns, initial.labels, data.numClasses(), job.directory().file("grid.png"));
    return result;
}

} // namespace itgan
