#include "core/latents/LatentSet.h"

#include "core/base/Errors.h"
#include "core/gan/GanMetrics.h"

namespace itgan {

TensorMap latentSetTensors(const LatentSet &set)
{
    return {{"latents", set.latents.detach().contiguous()},
            {"labels", set.labels.contiguous()},
            {"source_indices", set.sourceIndices.contiguous()}};
}

LatentSet latentSetFromTensors(const TensorMap &tensors, const std::string &source)
{
    auto take = [&](const char *key) {
        const auto it = tensors.find(key);
        if (it == tensors.end())
            throw IoError(source + ": no \"" + key + "\" tensor (expected a dict {latents, labels, source_indices})");
        return it->second;
    };
    LatentSet set{take("latents"), take("labels"), {}};
    const auto it = tensors.find("source_indices");
    set.sourceIndices = it != tensors.end() ? it->second : torch::full({set.labels.size(0)}, -1, torch::kInt64);
    if (set.latents.dim() != 2 || !set.latents.is_floating_point())
        throw IoError(source + ": latents must be a float tensor [N, latent size], got " + c10::str(set.latents.sizes()));
    if (set.labels.dim() != 1 || set.labels.size(0) != set.latents.size(0))
        throw IoError(source + ": labels must be [" + std::to_string(set.latents.size(0)) + "], got "
                      + c10::str(set.labels.sizes()));
    if (set.sourceIndices.sizes() != set.labels.sizes())
        throw IoError(source + ": source_indices must match the labels' shape");
    set.latents = set.latents.to(torch::kFloat32);
    set.labels = set.labels.to(torch::kInt64);
    set.sourceIndices = set.sourceIndices.to(torch::kInt64);
    return set;
}

void saveLatentSet(const LatentSet &set, const std::string &path)
{
    saveTensorMap(latentSetTensors(set), path);
}

LatentSet loadLatentSet(const std::string &path)
{
    return latentSetFromTensors(loadTensorMap(path), path);
}

void checkLatentsFitGenerator(const LatentSet &set, const GeneratorInfo &generator, const std::string &source)
{
    if (set.size() == 0 || !set.latents.defined() || set.latents.dim() != 2 || set.latents.size(0) != set.size())
        throw ConfigError(source + ": expected latents [N, " + std::to_string(generator.latentSize)
                          + "] with N labels, N > 0");
    if (set.latents.size(1) != generator.latentSize)
        throw ConfigError(source + ": latents have size " + std::to_string(set.latents.size(1)) + ", the generator expects "
                          + std::to_string(generator.latentSize));
    if (set.size() > 0) {
        const int64_t lo = set.labels.min().item<int64_t>(), hi = set.labels.max().item<int64_t>();
        if (lo < 0 || hi >= generator.numClasses)
            throw ConfigError(source + ": label " + std::to_string(lo < 0 ? lo : hi) + " is outside the generator's "
                              + std::to_string(generator.numClasses) + " classes");
    }
    if (!torch::isfinite(set.latents).all().item<bool>())
        throw ConfigError(source + ": latents hold NaN or Inf");
}

void checkGeneratorFitsDataset(const GeneratorInfo &generator, const Dataset &data, const std::string &generatorName)
{
    if (generator.numClasses != data.numClasses())
        throw ConfigError(generatorName + " has " + std::to_string(generator.numClasses) + " classes, the dataset "
                          + data.name + " has " + std::to_string(data.numClasses()));
    if (generator.channels != data.channels())
        throw ConfigError(generatorName + " makes " + std::to_string(generator.channels) + "-channel images, the dataset "
                          + data.name + " has " + std::to_string(data.channels()) + " channels");
    if (generator.resolution < data.height() || generator.resolution < data.width())
        throw ConfigError(generatorName + " makes " + std::to_string(generator.resolution) + "x"
                          + std::to_string(generator.resolution) + " images, smaller than the dataset's "
                          + std::to_string(data.height()) + "x" + std::to_string(data.width()));
}

torch::Tensor generateInClassifierSpace(Generator &g, const torch::Tensor &z, const torch::Tensor &y, const Dataset &like)
{
    auto x = g.generate(z, y);
    // 28x28 data lives at 32x32 inside the generator: crop the centre back (core/README.md: Data spaces).
    const int64_t top = (x.size(2) - like.height()) / 2, left = (x.size(3) - like.width()) / 2;
    x = x.narrow(2, top, like.height()).narrow(3, left, like.width());
    return generatorToClassifierSpace(x, like.normalisation);
}

torch::Tensor generatePixels(Generator &g, const LatentSet &set, const Dataset &like)
{
    return generatePixels(g, set, like.height(), like.width());
}

torch::Tensor generatePixels(Generator &g, const LatentSet &set, int64_t height, int64_t width)
{
    g.setTraining(false);
    return generatorToPixels(generateInChunks(g, set.latents, set.labels), height, width);
}

torch::Tensor truncatedNormalLatents(int64_t n, int64_t d, double threshold, at::Generator &gen)
{
    auto z = torch::randn({n, d}, gen);
    if (threshold <= 0)
        return z;
    for (int round = 0; round < 100; ++round) {
        auto outside = z.abs() > threshold;
        if (!outside.any().item<bool>())
            break;
        z = torch::where(outside, torch::randn({n, d}, gen), z);
    }
    return z.clamp(-threshold, threshold);
}

} // namespace itgan
