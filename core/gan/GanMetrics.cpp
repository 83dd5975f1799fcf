#include "core/gan/GanMetrics.h"

#include "core/base/ComputeDevice.h"
#include "core/evaluation/ClassifierTrainer.h"
#include "core/base/Errors.h"

#include <ATen/CPUGeneratorImpl.h>

namespace itgan {

torch::Tensor generatorToPixels(const torch::Tensor &generated, int64_t height, int64_t width)
{
    auto x = generated.detach().to(torch::kCPU); // pixels live on the CPU
    const int64_t top = (x.size(2) - height) / 2, left = (x.size(3) - width) / 2;
    if (top < 0 || left < 0)
        throw ConfigError("generated images (" + std::to_string(x.size(2)) + "x" + std::to_string(x.size(3))
                          + ") are smaller than the dataset's " + std::to_string(height) + "x" + std::to_string(width));
    x = x.narrow(2, top, height).narrow(3, left, width);
    return ((x + 1) * 127.5).round().clamp(0, 255).to(torch::kUInt8).contiguous();
}

torch::Tensor pixelsToGeneratorSpace(const torch::Tensor &pixels, int64_t size)
{
    auto x = pixels.to(torch::kFloat32).div(127.5).sub(1.0);
    const int64_t padH = size - x.size(2), padW = size - x.size(3);
    if (padH < 0 || padW < 0)
        throw ConfigError("images larger than the generator resolution " + std::to_string(size));
    if (padH == 0 && padW == 0)
        return x.contiguous();
    // Pad with background (pixel 0 = -1 in generator space), core/README.md: Data spaces.
    namespace F = torch::nn::functional;
    return F::pad(x, F::PadFuncOptions({padW / 2, padW - padW / 2, padH / 2, padH - padH / 2}).value(-1.0)).contiguous();
}

DatasetSplit sampleGenerator(Generator &g, int64_t perClass, uint64_t seed, const Dataset &like)
{
    const GeneratorInfo info = g.info();
    if (info.numClasses != like.numClasses())
        throw ConfigError("generator has " + std::to_string(info.numClasses) + " classes, the dataset "
                          + std::to_string(like.numClasses()));
    auto gen = at::detail::createCPUGenerator(seed);
    auto labels = torch::arange(info.numClasses, torch::kInt64).repeat_interleave(perClass);
    auto z = torch::randn({labels.size(0), info.latentSize}, gen);
    g.setTraining(false);
    auto images = generateInChunks(g, z, labels);
    return {generatorToPixels(images, like.height(), like.width()), labels};
}

double classifierAccuracy(ClassifierNet &classifier, const DatasetSplit &images, const Normalisation &norm)
{
    return testAccuracy(classifier, {toClassifierSpace(images.images, norm), images.labels});
}

torch::Tensor embedImages(ClassifierNet &classifier, const DatasetSplit &images, const Normalisation &norm)
{
    torch::NoGradGuard noGrad;
    classifier.eval();
    std::vector<torch::Tensor> parts;
    for (int64_t start = 0; start < images.size(); start += 500) {
        const int64_t len = std::min<int64_t>(500, images.size() - start);
        parts.push_back(
            classifier.embed(toComputeDevice(toClassifierSpace(images.images.narrow(0, start, len), norm))).to(torch::kCPU));
    }
    return torch::cat(parts);
}

double frechetDistance(const torch::Tensor &featuresA, const torch::Tensor &featuresB)
{
    auto a = featuresA.to(torch::kFloat64), b = featuresB.to(torch::kFloat64);
    auto muA = a.mean(0), muB = b.mean(0);
    auto covA = torch::cov(a.t()), covB = torch::cov(b.t());
    // tr(sqrt(A B)) = tr(sqrt(A^1/2 B A^1/2)), both symmetric PSD: use eigendecompositions.
    auto [valuesA, vectorsA] = torch::linalg_eigh(covA);
    auto sqrtA = vectorsA.matmul(torch::diag(valuesA.clamp_min(0).sqrt())).matmul(vectorsA.t());
    auto middle = sqrtA.matmul(covB).matmul(sqrtA);
    auto traceSqrt = torch::linalg_eigvalsh(0.5 * (middle + middle.t())).clamp_min(0).sqrt().sum();
    auto fd = (muA - muB).pow(2).sum() + covA.trace() + covB.trace() - 2 * traceSqrt;
    return fd.item<double>();
}

double withinClassDistance(const DatasetSplit &images, int64_t numClasses, int64_t maxPerClass)
{
    const auto perClass = indicesPerClass(images.labels, numClasses);
    double sum = 0;
    int64_t classes = 0;
    for (const auto &idx : perClass) {
        if (idx.size() < 2)
            continue;
        const int64_t n = std::min<int64_t>(maxPerClass, static_cast<int64_t>(idx.size()));
        auto index = torch::tensor(std::vector<int64_t>(idx.begin(), idx.begin() + n), torch::kInt64);
        auto x = images.images.index_select(0, index).to(torch::kFloat64).div(255.0).flatten(1);
        auto d = torch::cdist(x, x);
        sum += d.sum().item<double>() / static_cast<double>(n * (n - 1));
        ++classes;
    }
    return classes ? sum / static_cast<double>(classes) : 0.0;
}

GanQuality measureGanQuality(Generator &g, ClassifierNet &classifier, const Dataset &data, const GanQualityOptions &o)
{
    GanQuality q;
    const DatasetSplit fake = sampleGenerator(g, o.samplesPerClass, o.seed, data);
    q.ganTestAccuracy = classifierAccuracy(classifier, fake, data.normalisation);
    // As many real images per class as generated ones, or the whole split when it has fewer.
    const auto realImages = [&](const DatasetSplit &split) {
        const int64_t perClass = std::min<int64_t>(o.samplesPerClass, split.size() / data.numClasses());
        return subsetPerClass(split, data.numClasses(), perClass, o.seed);
    };
    const DatasetSplit real = realImages(data.train);
    const torch::Tensor realFeatures = embedImages(classifier, real, data.normalisation);
    q.frechetDistance = frechetDistance(realFeatures, embedImages(classifier, fake, data.normalisation));
    if (o.heldOutRealReference)
        q.heldOutRealFrechetDistance =
            frechetDistance(realFeatures, embedImages(classifier, realImages(data.test), data.normalisation));
    const double realDistance = withinClassDistance(real, data.numClasses());
    q.diversityRatio = realDistance > 0 ? withinClassDistance(fake, data.numClasses()) / realDistance : 0.0;
    if (o.ganTrainEpochs > 0) {
        TrainingConfig config;
        config.epochs = o.ganTrainEpochs;
        config.seed = o.seed;
        config.dsaStrategy = resolveDsaStrategy("auto", data.allowsHorizontalFlip());
        const TrainingResult r = trainClassifier(config, {toClassifierSpace(fake.images, data.normalisation), fake.labels},
                                                 {toClassifierSpace(data.test.images, data.normalisation), data.test.labels},
                                                 data.numClasses());
        q.ganTrainAccuracy = r.finalTestAccuracy;
    }
    return q;
}

} // namespace itgan
