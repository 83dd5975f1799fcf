#include "core/nets/Vgg.h"

#include "core/base/Errors.h"
#include "core/kernels/WinogradConv.h"

namespace itgan {

namespace nn = torch::nn;

namespace {

constexpr int64_t kPool = -1; // marks a 2x2 max pool in a layer configuration

std::vector<int64_t> configuration(int depth)
{
    if (depth == 11)
        return {64, kPool, 128, kPool, 256, 256, kPool, 512, 512, kPool, 512, 512, kPool};
    if (depth == 19)
        return {64,  64,  kPool, 128, 128, kPool, 256, 256, 256, 256, kPool,
                512, 512, 512,   512, kPool, 512, 512, 512, 512, kPool};
    throw ConfigError("VGG depth must be 11 or 19, got " + std::to_string(depth));
}

} // namespace

VggImpl::VggImpl(const VggOptions &options) : m_options(options)
{
    if (options.norm != NormKind::Batch && options.norm != NormKind::Instance && options.norm != NormKind::None)
        throw ConfigError("VGG supports batch, instance or no norm, got " + normKindName(options.norm));
    m_features = nn::Sequential();
    int64_t in = options.channels;
    int64_t side = options.imageSize;
    bool first = true;
    for (int64_t v : configuration(options.depth)) {
        if (v == kPool) {
            m_features->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(2).stride(2)));
            side /= 2;
            continue;
        }
        // As in ConvNet, 1-channel 28x28 inputs are padded by 3 in the first conv.
        const int64_t padding = (options.channels == 1 && first) ? 3 : 1;
        side += 2 * padding - 2;
        m_features->push_back(nn::Conv2d(nn::Conv2dOptions(in, v, 3).padding(padding)));
        if (options.norm != NormKind::None)
            m_features->push_back(makeNorm2d(options.norm, v, side, side));
        m_features->push_back(nn::ReLU());
        in = v;
        first = false;
    }
    if (side != 1)
        throw ConfigError("VGG expects 32x32 (or 1-channel 28x28) input; " + std::to_string(options.imageSize)
                          + "x" + std::to_string(options.imageSize) + " leaves a " + std::to_string(side) + "x"
                          + std::to_string(side) + " map");
    m_features->push_back(nn::AvgPool2d(nn::AvgPool2dOptions(1).stride(1))); // the reference's no-op pool
    register_module("features", m_features);
    m_classifier = register_module("classifier", nn::Linear(512, options.numClasses));
}

torch::Tensor VggImpl::embed(torch::Tensor x)
{
    // The 3×3 convolutions through Winograd where the CPU has it (core/kernels/WinogradConv.h).
    return forwardConvolvingFast(m_features, x).flatten(1);
}

torch::Tensor VggImpl::forward(torch::Tensor x)
{
    return m_classifier->forward(embed(x));
}

std::string VggImpl::architecture() const
{
    return "vgg" + std::to_string(m_options.depth) + (m_options.norm == NormKind::Batch ? "bn" : "");
}

} // namespace itgan
