#include "core/latents/SyntheticSets.h"

#include <ATen/CPUGeneratorImpl.h>

namespace itgan {
namespace {

// Images per class when every class holds the same number, else 0.
int64_t balancedPerClass(const torch::Tensor &labels, int64_t numClasses)
{
    const auto counts = torch::bincount(labels, {}, numClasses);
    const int64_t lo = counts.min().item<int64_t>(), hi = counts.max().item<int64_t>();
    return lo == hi ? lo : 0;
}

} // namespace

int64_t pixelStorageBytes(const DatasetSplit &pixels)
{
    return pixels.images.numel() + pixels.size(); // uint8 pixels + one byte per label
}

int64_t latentStorageBytes(int64_t generatorFileBytes, const LatentSet &latents, StoredPrecision precision)
{
    return latentStorageBytes(generatorFileBytes, latents.size(), latents.latents.size(1), precision);
}

int64_t latentStorageBytes(int64_t generatorFileBytes, int64_t latents, int64_t latentSize, StoredPrecision precision)
{
    return generatorFileBytes + latents * (latentSize * bytesPerStoredValue(precision) + 1); // + one byte per label
}

int64_t pixelStorageBytes(int64_t images, const Dataset &data)
{
    return images * (data.channels() * data.height() * data.width() + 1);
}

int64_t pixelImagesPerClassWithin(int64_t budgetBytes, const Dataset &data)
{
    return budgetBytes / pixelStorageBytes(data.numClasses(), data);
}

LatentSet randomLatents(const GeneratorInfo &info, int64_t imagesPerClass, uint64_t seed)
{
    auto gen = at::detail::createCPUGenerator(seed);
    auto labels = torch::arange(info.numClasses, torch::kInt64).repeat_interleave(imagesPerClass);
    return {torch::randn({labels.size(0), info.latentSize}, gen), labels,
            torch::full({labels.size(0)}, -1, torch::kInt64)};
}

SyntheticSet latentSyntheticSet(const std::string &name, Generator &g, int64_t generatorFileBytes, const LatentSet &latents,
                                const Dataset &data, StoredPrecision precision)
{
    checkLatentsFitGenerator(latents, g.info(), name + " latents");
    const LatentSet stored{roundedThrough(latents.latents, precision), latents.labels, latents.sourceIndices};
    SyntheticSet set;
    set.name = name;
    set.pixels = {generatePixels(g, stored, data), latents.labels};
    set.imagesPerClass = balancedPerClass(latents.labels, data.numClasses());
    set.bytes = latentStorageBytes(generatorFileBytes, latents, precision);
    return set;
}

SyntheticSet pixelSyntheticSet(const std::string &name, const DatasetSplit &pixels, int64_t numClasses)
{
    return {name, pixels, balancedPerClass(pixels.labels, numClasses), pixelStorageBytes(pixels)};
}

SyntheticSet randomRealSet(const Dataset &data, int64_t imagesPerClass, uint64_t seed)
{
    return pixelSyntheticSet("random", subsetPerClass(data.train, data.numClasses(), imagesPerClass, seed),
                             data.numClasses());
}

SyntheticSet wholeRealSet(const Dataset &data)
{
    auto set = pixelSyntheticSet("real", data.train, data.numClasses());
    set.imagesPerClass = 0;
    return set;
}

} // namespace itgan
