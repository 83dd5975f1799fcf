#include "core/GanInversion.h"

#include "core/Errors.h"
#include "core/ImageGrid.h"
#include "core/JsonConfig.h"
#include "core/LatentPreview.h"

#include <ATen/CPUGeneratorImpl.h>

#include <sstream>

namespace itgan {

nlohmann::json toJson(const InversionConfig &config)
{
    return {{"images_per_class", config.imagesPerClass}, {"iterations", config.iterations},
            {"learning_rate", config.learningRate},      {"lambda_pixel", config.lambdaPixel},
            {"batch_size", config.batchSize},            {"seed", config.seed},
            {"checkpoint_every", config.checkpointEvery}};
}

InversionConfig inversionConfigFromJson(const nlohmann::json &json, const InversionConfig &defaults)
{
    const std::string where = "inversion";
    requireKnownKeys(json, {"images_per_class", "iterations", "learning_rate", "lambda_pixel", "batch_size", "seed",
                            "checkpoint_every"},
                     where);
    InversionConfig c;
    c.imagesPerClass = readValue(json, "images_per_class", defaults.imagesPerClass, where);
    c.iterations = readValue(json, "iterations", defaults.iterations, where);
    c.learningRate = readValue(json, "learning_rate", defaults.learningRate, where);
    c.lambdaPixel = readValue(json, "lambda_pixel", defaults.lambdaPixel, where);
    c.batchSize = readValue(json, "batch_size", defaults.batchSize, where);
    c.seed = readValue(json, "seed", defaults.seed, where);
    c.checkpointEvery = readValue(json, "checkpoint_every", defaults.checkpointEvery, where);
    return c;
}

namespace {

void validate(const InversionConfig &c)
{
    requireRange(static_cast<double>(c.imagesPerClass), 1, 1e9, "inversion.images_per_class");
    requireRange(static_cast<double>(c.iterations), 1, 1e9, "inversion.iterations");
    requireRange(c.learningRate, 1e-12, 1e6, "inversion.learning_rate");
    requireRange(c.lambdaPixel, 0, 1e6, "inversion.lambda_pixel");
    requireRange(static_cast<double>(c.batchSize), 1, 1e9, "inversion.batch_size");
    requireRange(c.checkpointEvery, 1, 1e9, "inversion.checkpoint_every");
}

void freeze(ClassifierNet &net)
{
    net.eval();
    for (auto &parameter : net.parameters())
        parameter.requires_grad_(false);
}

struct PerImageErrors {
    torch::Tensor feature, pixel;
};

// Eq. 1's two terms for every image, chunked; `backward` accumulates d(loss)/dz where the
// loss is the sum over classes of each class's mean (every class holds k images).
PerImageErrors inversionErrors(Generator &g, ClassifierNet &psi, const Dataset &data, const torch::Tensor &z,
                               const torch::Tensor &labels, const torch::Tensor &realImages,
                               const torch::Tensor &realFeatures, const InversionConfig &c, bool backward)
{
    std::vector<torch::Tensor> features, pixels;
    for (int64_t start = 0; start < z.size(0); start += c.batchSize) {
        const int64_t len = std::min(c.batchSize, z.size(0) - start);
        auto syn = generateInClassifierSpace(g, z.narrow(0, start, len), labels.narrow(0, start, len), data);
        auto feature = (psi.embed(syn) - realFeatures.narrow(0, start, len)).pow(2).mean(1);
        auto pixel = (syn - realImages.narrow(0, start, len)).pow(2).flatten(1).mean(1);
        if (backward)
            ((feature + c.lambdaPixel * pixel).sum() / static_cast<double>(c.imagesPerClass)).backward();
        features.push_back(feature.detach());
        pixels.push_back(pixel.detach());
    }
    return {torch::cat(features), torch::cat(pixels)};
}

std::string reconstructionCsv(const LatentSet &set, const PerImageErrors &errors)
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
    validate(config);
    const GeneratorInfo info = g.info();
    checkGeneratorFitsDataset(info, data, "the generator");
    nlohmann::json stored = run.identity;
    stored["method"] = "inversion";
    stored["inversion"] = toJson(config);
    IterativeRun job({"inversion", run.directory, run.resume, stored, config.iterations, config.checkpointEvery}, control,
                     hooks);

    g.setTraining(false);
    g.setWeightsRequireGrad(false);
    freeze(featureNet);

    LatentSet set;
    set.sourceIndices = chooseIndicesPerClass(data.train.labels, data.numClasses(), config.imagesPerClass, config.seed);
    set.labels = data.train.labels.index_select(0, set.sourceIndices);
    const auto realImages = toClassifierSpace(data.train.images.index_select(0, set.sourceIndices), data.normalisation);

    job.stage("computing real features");
    torch::Tensor realFeatures;
    {
        // The targets are fixed: one pass, no autograd graph.
        torch::InferenceMode inference;
        std::vector<torch::Tensor> parts;
        for (int64_t start = 0; start < realImages.size(0); start += config.batchSize)
            parts.push_back(featureNet.embed(realImages.narrow(0, start, std::min(config.batchSize, realImages.size(0) - start))));
        realFeatures = torch::cat(parts);
    }
    realFeatures = realFeatures.clone(); // leave inference mode's tensor type behind

    auto rng = at::detail::createCPUGenerator(config.seed);
    auto z = torch::randn({set.size(), info.latentSize}, rng).requires_grad_(true);
    torch::optim::Adam optimizer({z}, torch::optim::AdamOptions(config.learningRate));
    TensorMap state{{"latents", z}};
    double lambda = 0, learningRate = config.learningRate;
    const int64_t start = job.restore(state, optimizer, lambda, learningRate);
    if (start > 0)
        job.stage("resumed at iteration " + std::to_string(start));

    job.stage("inverting " + std::to_string(set.size()) + " images");
    for (int64_t it = start + 1; it <= config.iterations; ++it) {
        job.beginIteration(it, lambda, learningRate, optimizer);
        optimizer.zero_grad();
        const auto errors = inversionErrors(g, featureNet, data, z, set.labels, realImages, realFeatures, config, true);
        optimizer.step();
        IterationEvent event;
        event.iteration = it;
        event.learningRate = learningRate;
        const double feature = errors.feature.mean().item<double>(), pixel = errors.pixel.mean().item<double>();
        event.terms = {{"feature", feature}, {"pixel", pixel}, {"total", feature + config.lambdaPixel * pixel}};
        job.endIteration(event, state, optimizer);
        emitPreview(hooks, g, z, set.labels, data, it);
    }

    set.latents = z.detach().clone();
    PerImageErrors errors;
    {
        torch::NoGradGuard noGrad;
        errors = inversionErrors(g, featureNet, data, set.latents, set.labels, realImages, realFeatures, config, false);
    }
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
