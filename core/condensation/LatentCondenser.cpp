#include "core/condensation/LatentCondenser.h"

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

#include <algorithm>
#include <numeric>

namespace itgan {

template <>
const std::vector<EnumName<MatchingObjective>> &enumNames<MatchingObjective>()
{
    static const std::vector<EnumName<MatchingObjective>> names{{MatchingObjective::Distribution, "dm"},
                                                                 {MatchingObjective::Gradient, "gm"}};
    return names;
}

template <>
const std::vector<EnumName<SplitStrategy>> &enumNames<SplitStrategy>()
{
    static const std::vector<EnumName<SplitStrategy>> names{{SplitStrategy::Fixed, "fixed"}, {SplitStrategy::Mixed, "mixed"}};
    return names;
}

template <>
const std::vector<EnumName<EmbeddingSource>> &enumNames<EmbeddingSource>()
{
    static const std::vector<EnumName<EmbeddingSource>> names{{EmbeddingSource::Random, "random"},
                                                               {EmbeddingSource::Pool, "pool"}};
    return names;
}

const ConfigSchema<ItganConfig> &itganSchema()
{
    using C = ItganConfig;
    static const ConfigSchema<C> schema(
        "itgan",
        {choiceField("objective", &C::objective, "dm: distribution matching; gm: gradient matching", "Eq. 2, Tab. T4"),
         numberField("lambda", &C::lambda, 0, 1, "Weight of the regulariser R: L = (1 − λ)·L_con + λ·R", "Eq. 4")
             .logarithmic(),
         numberField("learning_rate", &C::learningRate, 1e-12, 1e6, "Adam learning rate on the latents")
             .option("lr")
             .logarithmic(),
         numberField("iterations", &C::iterations, 1, 1e9, "Iterations (the paper: 5000)", "Algorithm 1"),
         numberField("real_batch", &C::realBatch, 1, 1e9, "Independent real images per class and iteration (x̃)", "Eq. 2"),
         numberField("split_size", &C::splitSize, 0, 1e9,
                     "Latents per independently trained subset (0 = a class's whole set)", "Tab. T5"),
         choiceField("split_strategy", &C::splitStrategy, "fixed subsets, or mixed: re-split at random every iteration",
                     "Tab. T5/T6"),
         choiceField("embedding", &C::embedding, "random: a fresh network per class and iteration; pool: pre-trained",
                     "Tab. T7"),
         textField("embedding_arch", &C::embeddingArch, "Architecture of the embedding networks ψ")
             .checkedBy(checkArchitectureName),
         textField("pool_dir", &C::poolDir, "Pool folder from `itgan make-pool` (embedding pool)", "Tab. T7")
             .option("pool"),
         numberField("pool_min_accuracy", &C::poolMinAccuracy, 0, 100, "Lowest validation accuracy (%) of pool members used",
                     "Tab. T7")
             .option("pool-min-acc"),
         numberField("pool_max_accuracy", &C::poolMaxAccuracy, 0, 100, "Highest validation accuracy (%) of pool members used",
                     "Tab. T7")
             .option("pool-max-acc"),
         textField("dsa_strategy", &C::dsaStrategy, "Siamese augmentation: auto (no flip for digits), none, or a DSA strategy")
             .checkedBy(checkDsaStrategy)
             .option("dsa"),
         numberField("seed", &C::seed, 0, kAnyCount, "Seed of networks, augmentations and real batches"),
         numberField("checkpoint_every", &C::checkpointEvery, 1, 1e9, "Iterations between checkpoints")});
    return schema;
}

nlohmann::json toJson(const ItganConfig &config)
{
    return itganSchema().toJson(config);
}

ItganConfig itganConfigFromJson(const nlohmann::json &json, const ItganConfig &defaults)
{
    return itganSchema().fromJson(json, defaults);
}

void validateItganConfig(const ItganConfig &c)
{
    itganSchema().validate(c);
    if (c.embedding == EmbeddingSource::Pool && c.poolDir.empty())
        throw ConfigError("itgan.embedding \"pool\" needs itgan.pool_dir (make one with `itgan make-pool`)");
}

namespace {

// The class's latent indices cut into the subsets trained independently (latent-vector
// ensemble): in order (fixed) or after a fresh shuffle every iteration (mixed).
std::vector<torch::Tensor> classSubsets(const torch::Tensor &classIndices, const ItganConfig &c, int64_t iteration,
                                        int64_t cls)
{
    auto indices = classIndices;
    if (c.splitStrategy == SplitStrategy::Mixed) {
        auto gen = at::detail::createCPUGenerator(static_cast<uint64_t>(mixSeed(c.seed, iteration, cls, kSaltSplit)));
        indices = indices.index_select(0, torch::randperm(indices.size(0), gen));
    }
    const int64_t size = c.splitSize > 0 ? std::min(c.splitSize, indices.size(0)) : indices.size(0);
    return indices.split(size);
}

// Synthetic latents per forward pass: a class's subsets go through G and ψ in chunks of
// whole subsets of at most this many latents (a larger subset is a chunk of its own), which
// bounds the autograd graph's memory whatever the latents per class (measured: 3.5 GB per
// rank at 1 000 latents/class in one pass). Classes up to this size take one pass, as
// before. The default embedding networks normalise per image (instance norm), so the
// chunking changes nothing but float rounding; a batch-norm embedding network would see
// per-chunk statistics.
constexpr int64_t kLatentsPerForward = 256;

std::vector<std::vector<torch::Tensor>> forwardChunks(const std::vector<torch::Tensor> &subsets)
{
    std::vector<std::vector<torch::Tensor>> chunks;
    int64_t inChunk = 0;
    for (const auto &subset : subsets) {
        if (chunks.empty() || inChunk + subset.size(0) > kLatentsPerForward) {
            chunks.emplace_back();
            inChunk = 0;
        }
        chunks.back().push_back(subset);
        inChunk += subset.size(0);
    }
    return chunks;
}

// DC's gradient matching between the real batch and the synthetic batch of class `cls`
// (paper Tab. T4), differentiable w.r.t. the synthetic images.
torch::Tensor gradientMatchingTerm(ClassifierNet &net, const torch::Tensor &realAug, const torch::Tensor &synAug,
                                   int64_t cls)
{
    namespace F = torch::nn::functional;
    const auto params = net.parameters();
    const auto labelOptions = torch::TensorOptions(torch::kInt64).device(realAug.device());
    auto realLoss = F::cross_entropy(net.forward(realAug), torch::full({realAug.size(0)}, cls, labelOptions));
    auto realGrads = torch::autograd::grad({realLoss}, params);
    for (auto &g : realGrads)
        g = g.detach();
    auto synLoss = F::cross_entropy(net.forward(synAug), torch::full({synAug.size(0)}, cls, labelOptions));
    auto synGrads = torch::autograd::grad({synLoss}, params, {}, true, true);
    return gradientMatchingLoss(synGrads, realGrads);
}

} // namespace

LatentSet runItgan(Generator &g, const Dataset &data, const LatentSet &initial, const ItganConfig &config,
                   const RunSpec &run, RunControl *control, const JobHooks &hooks)
{
    validateItganConfig(config);
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

    // The pool is loaded before the run folder exists (the schema checked the strategy and
    // the embedding network's name).
    std::optional<ConvNetPool> pool;
    std::vector<size_t> eligible;
    if (config.embedding == EmbeddingSource::Pool) {
        pool = ConvNetPool::load(config.poolDir);
        eligible = pool->eligible(config.poolMinAccuracy, config.poolMaxAccuracy);
    }
    const DsaAugment augment(resolveDsaStrategy(config.dsaStrategy, data.allowsHorizontalFlip()));
    nlohmann::json stored = run.identity;
    stored["method"] = "itgan";
    stored["itgan"] = toJson(config);
    stored["initial_latents"] = initial.size();
    IterativeRun job({Stage::Itgan, run.directory, run.resume, stored, config.iterations, config.checkpointEvery, run.group,
                      nlohmann::json{{"itgan", toJson(ItganConfig{})}}}, control,
                     hooks);
    const bool gm = config.objective == MatchingObjective::Gradient;

    g.setTraining(false);
    g.setWeightsRequireGrad(false);
    job.stage("preparing real images");
    const RealClassImages real(data);
    if (job.group().writesOutputs())
        saveLatentSet(initial, job.directory().file("initial_latents.pt"));

    auto z = toComputeDevice(initial.latents).clone().requires_grad_(true); // optimised on the compute device
    torch::optim::Adam optimizer({z}, torch::optim::AdamOptions(config.learningRate));
    TensorMap state{{"latents", z}};
    std::vector<torch::Tensor> classIndices;
    for (const auto &indices : classLatents)
        classIndices.push_back(torch::tensor(indices, torch::kInt64));

    // Distributed: with no more ranks than classes, a class is a unit of work (its subsets
    // share the network, the augmentation and the real batch x̃, the bulk of the cost) and
    // classes go to ranks by latent count; with more ranks than classes, each forward chunk
    // of whole subsets is a unit (every rank holding chunks of a class embeds its x̃).
    // Either way a latent's gradient comes from the same chunk as in one process. Each
    // subset's loss terms land in one row of a table that is summed over the ranks, so the
    // logged means are the single-process ones.
    const DistributedGroup &group = job.group();
    const int64_t classes = data.numClasses();
    std::vector<int64_t> firstSubsetRow{0};
    std::vector<std::vector<int64_t>> chunkSizes(static_cast<size_t>(classes)); // latents of chunk k of class c
    for (int64_t c = 0; c < classes; ++c) {
        const auto subsets = classSubsets(classIndices[static_cast<size_t>(c)], config, 0, c); // sizes: every iteration's
        firstSubsetRow.push_back(firstSubsetRow.back() + static_cast<int64_t>(subsets.size()));
        for (const auto &chunk : forwardChunks(subsets))
            chunkSizes[static_cast<size_t>(c)].push_back(torch::cat(chunk).size(0));
    }
    std::vector<std::vector<int>> chunkOwner(static_cast<size_t>(classes)); // rank of chunk k of class c
    if (group.worldSize() <= classes) {
        std::vector<int64_t> classSizes;
        for (const auto &sizes : chunkSizes)
            classSizes.push_back(std::accumulate(sizes.begin(), sizes.end(), int64_t{0}));
        const auto owners = assignUnitsToRanks(classSizes, group.worldSize());
        for (size_t c = 0; c < chunkSizes.size(); ++c)
            chunkOwner[c].assign(chunkSizes[c].size(), owners[c]);
    } else {
        std::vector<int64_t> flat;
        for (const auto &sizes : chunkSizes)
            flat.insert(flat.end(), sizes.begin(), sizes.end());
        const auto owners = assignUnitsToRanks(flat, group.worldSize());
        size_t next = 0;
        for (size_t c = 0; c < chunkSizes.size(); ++c)
            for (size_t k = 0; k < chunkSizes[c].size(); ++k)
                chunkOwner[c].push_back(owners[next++]);
    }

    StageIteration step;
    step.compute = [&](int64_t it, const LiveValues &live) -> std::map<std::string, double> {
        auto subsetTerms = torch::zeros({firstSubsetRow.back(), 2}, torch::kFloat64); // L_con, R per subset
        auto termsOf = subsetTerms.accessor<double, 2>();
        for (int64_t c = 0; c < classes; ++c) {
            const auto &owners = chunkOwner[static_cast<size_t>(c)];
            if (std::find(owners.begin(), owners.end(), group.rank()) == owners.end())
                continue; // none of this class's chunks is this rank's
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
            int64_t row = firstSubsetRow[static_cast<size_t>(c)];
            size_t chunkIndex = 0;
            for (const auto &chunk : forwardChunks(subsets)) {
                if (owners[chunkIndex++] != group.rank()) {
                    row += static_cast<int64_t>(chunk.size());
                    continue;
                }
                const auto order = torch::cat(chunk);
                // One synthetic forward per chunk of whole subsets; subsets are slices of it.
                const auto synAug = augment.siamese(
                    generateInClassifierSpace(g, z.index_select(0, toComputeDevice(order)),
                                              initial.labels.index_select(0, order), data),
                    augSeed);
                const auto synFeatures = (!gm || hasSources) ? net->embed(synAug) : torch::Tensor();
                torch::Tensor pairFeatures;
                if (hasSources) {
                    torch::NoGradGuard noGrad;
                    pairFeatures = net->embed(augment.siamese(
                        toComputeDevice(real.all().index_select(0, initial.sourceIndices.index_select(0, order))), augSeed));
                }
                torch::Tensor chunkLoss = torch::zeros({});
                int64_t offset = 0;
                for (const auto &subset : chunk) {
                    const int64_t n = subset.size(0);
                    const auto con = gm ? gradientMatchingTerm(*net, realAug, synAug.narrow(0, offset, n), c)
                                        : distributionMatchingLoss(realMean, synFeatures.narrow(0, offset, n));
                    const auto reg = hasSources ? pairRegulariser(synFeatures.narrow(0, offset, n),
                                                                  pairFeatures.narrow(0, offset, n))
                                                : torch::zeros({});
                    chunkLoss = chunkLoss + itganObjective(con, reg, live.lambda);
                    termsOf[row][0] = con.item<double>();
                    termsOf[row][1] = reg.item<double>();
                    ++row;
                    offset += n;
                }
                chunkLoss.backward();
            }
        }
        group.sumInPlace({subsetTerms});
        double conSum = 0, regSum = 0;
        const int64_t terms = subsetTerms.size(0);
        for (int64_t r = 0; r < terms; ++r) {
            conSum += termsOf[r][0];
            regSum += termsOf[r][1];
        }
        const double con = conSum / static_cast<double>(terms), reg = regSum / static_cast<double>(terms);
        return {{"l_con", con}, {"r", reg}, {"total", (1 - live.lambda) * con + live.lambda * reg}};
    };
    step.previewPixels = [&] { return generatePixels(g, LatentSet{z.detach(), initial.labels, {}}, data); };
    step.previewLabels = initial.labels;
    job.run(state, optimizer, {config.lambda, config.learningRate},
            "condensing " + std::to_string(initial.size()) + " latents", step);

    LatentSet result{z.detach().to(torch::kCPU).clone(), initial.labels, initial.sourceIndices}; // sets live on the CPU
    if (!group.writesOutputs())
        return result;
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
