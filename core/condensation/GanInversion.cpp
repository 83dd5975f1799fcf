#include "core/condensation/GanInversion.h"

#include "core/base/ComputeDevice.h"
#include "core/base/Errors.h"
#include "core/condensation/Losses.h"
#include "core/io/ImageGrid.h"
#include "core/base/JsonConfig.h"
#include "core/distributed/WorkShare.h"

#include <ATen/CPUGeneratorImpl.h>

#include <functional>
#include <sstream>

namespace itgan {

const ConfigSchema<InversionConfig> &inversionSchema()
{
    using C = InversionConfig;
    static const ConfigSchema<C> schema(
        "inversion",
        {numberField("images_per_class", &C::imagesPerClass, 1, 1e9, "Real images inverted per class (chosen by a seeded shuffle)")
             .shortOption('k'),
         numberField("iterations", &C::iterations, 1, 1e9, "Adam steps on the latents (the paper: 5000)"),
         numberField("learning_rate", &C::learningRate, 1e-12, 1e6, "Adam learning rate on the latents")
             .option("lr")
             .logarithmic(),
         numberField("lambda_pixel", &C::lambdaPixel, 0, 1e6, "Weight of the pixel term", "Eq. 1"),
         numberField("batch_size", &C::batchSize, 1, 1e9,
                     "Latents per forward pass (bounds memory; does not change the loss)")
             .option("batch"),
         numberField("seed", &C::seed, 0, kAnyCount, "Seed of the image choice and the latent initialisation"),
         numberField("checkpoint_every", &C::checkpointEvery, 1, 1e9, "Iterations between checkpoints")});
    return schema;
}

nlohmann::json toJson(const InversionConfig &config)
{
    return inversionSchema().toJson(config);
}

InversionConfig inversionConfigFromJson(const nlohmann::json &json, const InversionConfig &defaults)
{
    return inversionSchema().fromJson(json, defaults);
}

namespace {

void freeze(ClassifierNet &net)
{
    net.eval();
    for (auto &parameter : net.parameters())
        parameter.requires_grad_(false);
}

// The chunks of batch_size latents that one forward pass takes: the units of work of a
// distributed inversion (core/distributed/WorkShare.h).
std::vector<int64_t> chunkSizes(int64_t latents, int64_t batchSize)
{
    std::vector<int64_t> sizes;
    for (int64_t start = 0; start < latents; start += batchSize)
        sizes.push_back(std::min(batchSize, latents - start));
    return sizes;
}

// Calls visit(start, length, owned) for each chunk of `latents` in order.
void forEachChunk(int64_t latents, int64_t batchSize, const WorkShare &share,
                  const std::function<void(int64_t start, int64_t length, bool owned)> &visit)
{
    size_t chunk = 0;
    for (int64_t start = 0; start < latents; start += batchSize, ++chunk)
        visit(start, std::min(batchSize, latents - start), share.owns(chunk));
}

// Eq. 1's two terms for every image of this rank's chunks (zero for the others'), chunked;
// `backward` accumulates d(loss)/dz where the loss is the sum over classes of each class's
// mean (every class holds k images).
InversionErrors inversionErrors(Generator &g, ClassifierNet &psi, const Dataset &data, const torch::Tensor &z,
                               const torch::Tensor &labels, const torch::Tensor &realImages,
                               const torch::Tensor &realFeatures, const InversionConfig &c, const WorkShare &share,
                               bool backward)
{
    std::vector<torch::Tensor> features, pixels;
    forEachChunk(z.size(0), c.batchSize, share, [&](int64_t start, int64_t len, bool owned) {
        if (!owned) {
            features.push_back(torch::zeros({len}, realFeatures.options()));
            pixels.push_back(torch::zeros({len}, realFeatures.options()));
            return;
        }
        auto syn = generateInClassifierSpace(g, z.narrow(0, start, len), labels.narrow(0, start, len), data);
        const auto e = inversionImageErrors(psi.embed(syn), realFeatures.narrow(0, start, len), syn,
                                            realImages.narrow(0, start, len));
        if (backward)
            ((e.feature + c.lambdaPixel * e.pixel).sum() / static_cast<double>(c.imagesPerClass)).backward();
        features.push_back(e.feature.detach());
        pixels.push_back(e.pixel.detach());
    });
    return {torch::cat(features), torch::cat(pixels)};
}

std::string reconstructionCsv(const LatentSet &set, const InversionErrors &errors)
{
    std::ostringstream csv;
    csv << "index,label,source_index,feature_error,pixel_error\n";
    for (int64_t i = 0; i < set.size(); ++i)
        csv << i << ',' << set.labels[i].item<int64_t>() << ',' << set.sourceIndices[i].item<int64_t>() << ','
            << errors.feature[i].item<double>() << ',' << errors.pixel[i].item<double>() << '\n';
    return csv.str();
}

} // namespace

InversionResult runInversion(Generator &g, ClassifierNet &featureNet, const Dataset &data, const InversionConfig &config,
                             const RunSpec &run, RunControl *control, const JobHooks &hooks)
{
    inversionSchema().validate(config);
    const GeneratorInfo info = g.info();
    checkGeneratorFitsDataset(info, data, "the generator");
    // The images to invert are chosen before the run folder exists: a class with fewer
    // images than asked for stops here, leaving nothing behind.
    LatentSet set;
    set.sourceIndices = chooseIndicesPerClass(data.train.labels, data.numClasses(), config.imagesPerClass, config.seed);
    nlohmann::json stored = run.identity;
    stored["method"] = "inversion";
    stored["inversion"] = toJson(config);
    IterativeRun job({Stage::Inversion, run.directory, run.resume, stored, config.iterations, config.checkpointEvery, run.group,
                      nlohmann::json{{"inversion", toJson(InversionConfig{})}}}, control,
                     hooks);

    g.setTraining(false);
    g.setWeightsRequireGrad(false);
    freeze(featureNet);

    set.labels = data.train.labels.index_select(0, set.sourceIndices);
    const auto realImages =
        toComputeDevice(toClassifierSpace(data.train.images.index_select(0, set.sourceIndices), data.normalisation));

    const DistributedGroup &group = job.group();
    const WorkShare share(chunkSizes(set.size(), config.batchSize), group.rank(), group.worldSize());
    job.stage("computing real features");
    torch::Tensor realFeatures;
    {
        // The targets are fixed: one pass, no autograd graph. Rows of other ranks' chunks
        // stay 0 and are never read here.
        torch::InferenceMode inference;
        forEachChunk(realImages.size(0), config.batchSize, share, [&](int64_t start, int64_t len, bool owned) {
            if (!owned)
                return;
            const auto features = featureNet.embed(realImages.narrow(0, start, len));
            if (!realFeatures.defined())
                realFeatures = torch::zeros({realImages.size(0), features.size(1)}, features.options());
            realFeatures.narrow(0, start, len).copy_(features);
        });
        if (!realFeatures.defined()) // a rank without chunks (more ranks than chunks)
            realFeatures = torch::zeros({realImages.size(0), 1}, realImages.options());
    }
    realFeatures = realFeatures.clone(); // leave inference mode's tensor type behind

    auto rng = at::detail::createCPUGenerator(config.seed);
    // Drawn on the CPU (the same start on every device), optimised on the compute device.
    auto z = toComputeDevice(torch::randn({set.size(), info.latentSize}, rng)).requires_grad_(true);
    torch::optim::Adam optimizer({z}, torch::optim::AdamOptions(config.learningRate));
    TensorMap state{{"latents", z}};
    StageIteration step;
    step.compute = [&](int64_t, const LiveValues &) -> std::map<std::string, double> {
        auto errors = inversionErrors(g, featureNet, data, z, set.labels, realImages, realFeatures, config, share, true);
        group.sumInPlace({errors.feature, errors.pixel}); // every image's error, each from its one rank
        const double feature = errors.feature.mean().item<double>(), pixel = errors.pixel.mean().item<double>();
        return {{"feature", feature}, {"pixel", pixel}, {"total", feature + config.lambdaPixel * pixel}};
    };
    step.previewPixels = [&] { return generatePixels(g, LatentSet{z.detach(), set.labels, {}}, data); };
    step.previewLabels = set.labels;
    job.run(state, optimizer, {0.0, config.learningRate}, "inverting " + std::to_string(set.size()) + " images", step);

    set.latents = z.detach().to(torch::kCPU).clone(); // latent sets live on the CPU
    InversionErrors errors;
    {
        torch::NoGradGuard noGrad;
        errors = inversionErrors(g, featureNet, data, set.latents, set.labels, realImages, realFeatures, config, share,
                                 false);
    }
    group.sumInPlace({errors.feature, errors.pixel});
    errors = {errors.feature.to(torch::kCPU), errors.pixel.to(torch::kCPU)};
    if (!group.writesOutputs())
        return {set, errors.feature, errors.pixel};
    auto tensors = latentSetTensors(set);
    tensors["feature_error"] = errors.feature;
    tensors["pixel_error"] = errors.pixel;
    saveTensorMap(tensors, job.directory().file("latents.pt"));
    job.directory().writeText("reconstruction.csv", reconstructionCsv(set, errors));
    writeClassRowsGrid({data.train.images.index_select(0, set.sourceIndices), generatePixels(g, set, data)}, set.labels,
                       data.numClasses(), job.directory().file("real_vs_inverted.png"));
    return {set, errors.feature, errors.pixel};
}

} // namespace itgan
