#include "core/data/Dataset.h"

#include "core/base/Errors.h"
#include "core/io/RunDirectory.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace itgan {

namespace {

torch::Tensor channelTensor(const std::vector<float> &values, int64_t channels, const char *what)
{
    if (static_cast<int64_t>(values.size()) != channels)
        throw ConfigError(std::string("normalisation ") + what + " has " + std::to_string(values.size())
                          + " values but the images have " + std::to_string(channels) + " channels");
    return torch::tensor(values, torch::kFloat32).view({1, channels, 1, 1});
}

std::string tensorHash(const torch::Tensor &tensor)
{
    if (!tensor.defined())
        return "none";
    const torch::Tensor bytes = tensor.contiguous();
    return bytesContentHash(bytes.data_ptr(), static_cast<size_t>(bytes.nbytes()));
}

} // namespace

std::string datasetContentHash(const Dataset &data)
{
    const std::string parts = tensorHash(data.train.images) + tensorHash(data.train.labels)
                              + tensorHash(data.test.images) + tensorHash(data.test.labels);
    return bytesContentHash(parts.data(), parts.size());
}

torch::Tensor toClassifierSpace(const torch::Tensor &uint8Images, const Normalisation &norm)
{
    const int64_t c = uint8Images.size(1);
    auto x = uint8Images.to(torch::kFloat32).div_(255.0f);
    return x.sub_(channelTensor(norm.mean, c, "mean")).div_(channelTensor(norm.std, c, "std")).contiguous();
}

torch::Tensor generatorToClassifierSpace(const torch::Tensor &generated, const Normalisation &norm)
{
    const int64_t c = generated.size(1);
    return ((generated + 1.0f) * 0.5f - channelTensor(norm.mean, c, "mean").to(generated.device()))
           / channelTensor(norm.std, c, "std").to(generated.device());
}

torch::Tensor fromClassifierSpace(const torch::Tensor &normalised, const Normalisation &norm)
{
    const int64_t c = normalised.size(1);
    auto x = normalised.detach().to(torch::kCPU) * channelTensor(norm.std, c, "std")
             + channelTensor(norm.mean, c, "mean");
    return x.mul(255.0f).round().clamp(0, 255).to(torch::kUInt8).contiguous();
}

Normalisation computeNormalisation(const torch::Tensor &uint8Images)
{
    auto x = uint8Images.to(torch::kFloat64).div(255.0);
    auto mean = x.mean({0, 2, 3});
    auto std = x.std({0, 2, 3}, /*unbiased=*/false);
    Normalisation n;
    for (int64_t c = 0; c < uint8Images.size(1); ++c) {
        n.mean.push_back(static_cast<float>(mean[c].item<double>()));
        // A constant channel would divide by zero; keep it finite.
        n.std.push_back(std::max(static_cast<float>(std[c].item<double>()), 1e-3f));
    }
    return n;
}

std::vector<std::vector<int64_t>> indicesPerClass(const torch::Tensor &labels, int64_t numClasses)
{
    std::vector<std::vector<int64_t>> perClass(static_cast<size_t>(numClasses));
    auto l = labels.to(torch::kInt64).contiguous();
    const int64_t *p = l.data_ptr<int64_t>();
    for (int64_t i = 0; i < l.numel(); ++i) {
        if (p[i] < 0 || p[i] >= numClasses)
            throw DatasetError("label " + std::to_string(p[i]) + " at index " + std::to_string(i)
                               + " is outside 0.." + std::to_string(numClasses - 1));
        perClass[static_cast<size_t>(p[i])].push_back(i);
    }
    return perClass;
}

torch::Tensor chooseIndicesPerClass(const torch::Tensor &labels, int64_t numClasses, int64_t k, uint64_t seed)
{
    if (k <= 0)
        throw ConfigError("images per class must be positive, got " + std::to_string(k));
    auto perClass = indicesPerClass(labels, numClasses);
    std::mt19937_64 rng(seed);
    std::vector<int64_t> chosen;
    chosen.reserve(static_cast<size_t>(k * numClasses));
    for (int64_t c = 0; c < numClasses; ++c) {
        auto &idx = perClass[static_cast<size_t>(c)];
        if (static_cast<int64_t>(idx.size()) < k)
            throw DatasetError("class " + std::to_string(c) + " has " + std::to_string(idx.size())
                               + " images but " + std::to_string(k) + " per class were requested");
        std::shuffle(idx.begin(), idx.end(), rng);
        chosen.insert(chosen.end(), idx.begin(), idx.begin() + k);
    }
    return torch::tensor(chosen, torch::kInt64);
}

DatasetSplit subsetPerClass(const DatasetSplit &split, int64_t numClasses, int64_t k, uint64_t seed)
{
    const auto index = chooseIndicesPerClass(split.labels, numClasses, k, seed);
    return {split.images.index_select(0, index).contiguous(), split.labels.index_select(0, index).contiguous()};
}

void validateSplit(const DatasetSplit &split, int64_t numClasses, const std::string &what)
{
    if (!split.images.defined() || split.images.dim() != 4 || split.images.scalar_type() != torch::kUInt8)
        throw DatasetError(what + ": expected uint8 images shaped [N,C,H,W]");
    if (!split.labels.defined() || split.labels.dim() != 1)
        throw DatasetError(what + ": expected a label vector");
    if (split.images.size(0) != split.labels.size(0))
        throw DatasetError(what + ": " + std::to_string(split.images.size(0)) + " images but "
                           + std::to_string(split.labels.size(0)) + " labels");
    std::vector<std::vector<int64_t>> perClass;
    try {
        perClass = indicesPerClass(split.labels, numClasses);
    } catch (const DatasetError &e) {
        throw DatasetError(what + ": " + e.what());
    }
    for (int64_t c = 0; c < numClasses; ++c)
        if (perClass[static_cast<size_t>(c)].empty())
            throw DatasetError(what + ": class " + std::to_string(c) + " has no images");
}

} // namespace itgan
