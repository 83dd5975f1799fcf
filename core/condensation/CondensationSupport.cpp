#include "core/condensation/CondensationSupport.h"

#include "core/base/ComputeDevice.h"
#include "core/nets/NetworkFactory.h"

#include <ATen/CPUGeneratorImpl.h>

namespace itgan {

int64_t mixSeed(uint64_t seed, uint64_t a, uint64_t b, uint64_t salt)
{
    auto mix = [](uint64_t x) {
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    };
    const uint64_t h = mix(mix(mix(mix(seed) ^ a) ^ b) ^ salt);
    return static_cast<int64_t>(h >> 2);
}

RealClassImages::RealClassImages(const Dataset &data)
    : m_images(toClassifierSpace(data.train.images, data.normalisation))
{
    for (const auto &indices : indicesPerClass(data.train.labels, data.numClasses()))
        m_classIndices.push_back(torch::tensor(indices, torch::kInt64));
}

int64_t RealClassImages::classSize(int64_t c) const
{
    return m_classIndices.at(static_cast<size_t>(c)).size(0);
}

torch::Tensor RealClassImages::sample(int64_t c, int64_t count, int64_t seed) const
{
    const auto &indices = m_classIndices.at(static_cast<size_t>(c));
    auto gen = at::detail::createCPUGenerator(static_cast<uint64_t>(seed));
    auto order = torch::randperm(indices.size(0), gen);
    const int64_t n = std::min(count, indices.size(0));
    return toComputeDevice(m_images.index_select(0, indices.index_select(0, order.narrow(0, 0, n))));
}

ClassifierPtr freshEmbeddingNet(const std::string &arch, const Dataset &data, int64_t seed, bool weightGradients)
{
    torch::manual_seed(static_cast<uint64_t>(seed));
    auto net = createNetwork({arch, data.channels(), data.numClasses(), data.height()});
    net->train(); // the reference embeds with freshly built networks in training mode
    for (auto &parameter : net->parameters())
        parameter.requires_grad_(weightGradients);
    return net;
}

} // namespace itgan
