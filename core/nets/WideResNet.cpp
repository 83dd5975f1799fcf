#include "core/nets/WideResNet.h"

#include "core/base/Errors.h"
#include "core/kernels/WinogradConv.h"

namespace itgan {

namespace nn = torch::nn;

namespace {

nn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride)
{
    return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).bias(false));
}

} // namespace

WideBlockImpl::WideBlockImpl(int64_t in, int64_t out, int64_t stride)
{
    m_bn1 = register_module("bn1", nn::BatchNorm2d(in));
    m_conv1 = register_module("conv1", conv(in, out, 3, stride));
    m_bn2 = register_module("bn2", nn::BatchNorm2d(out));
    m_conv2 = register_module("conv2", conv(out, out, 3, 1));
    if (in != out || stride != 1)
        m_shortcut = register_module("shortcut", conv(in, out, 1, stride));
}

torch::Tensor WideBlockImpl::forward(torch::Tensor x)
{
    // Pre-activation: the shortcut of a widening block takes the activated input.
    // The 3×3 stride-1 convolutions through Winograd where the CPU has it (core/kernels/WinogradConv.h).
    auto activated = torch::relu(m_bn1->forward(x));
    auto out = convolveFast(*m_conv1, activated);
    out = convolveFast(*m_conv2, torch::relu(m_bn2->forward(out)));
    return out + (m_shortcut ? m_shortcut->forward(activated) : x);
}

WideResNetImpl::WideResNetImpl(const WideResNetOptions &options) : m_options(options)
{
    if ((options.depth - 4) % 6 != 0)
        throw ConfigError("WRN depth must be 6n+4, got " + std::to_string(options.depth));
    const int perGroup = (options.depth - 4) / 6;
    m_stem = register_module("conv1", conv(options.channels, 16, 3, 1));
    m_blocks = nn::Sequential();
    int64_t in = 16;
    const int64_t strides[3] = {1, 2, 2};
    for (int g = 0; g < 3; ++g) {
        const int64_t width = (16 << g) * options.widen;
        for (int b = 0; b < perGroup; ++b) {
            m_blocks->push_back(WideBlock(in, width, b == 0 ? strides[g] : 1));
            in = width;
        }
    }
    register_module("blocks", m_blocks);
    m_bn = register_module("bn", nn::BatchNorm2d(in));
    m_classifier = register_module("classifier", nn::Linear(in, options.numClasses));
}

torch::Tensor WideResNetImpl::embed(torch::Tensor x)
{
    auto out = torch::relu(m_bn->forward(m_blocks->forward(convolveFast(*m_stem, x))));
    return torch::adaptive_avg_pool2d(out, {1, 1}).flatten(1);
}

torch::Tensor WideResNetImpl::forward(torch::Tensor x)
{
    return m_classifier->forward(embed(x));
}

std::string WideResNetImpl::architecture() const
{
    return "wrn-" + std::to_string(m_options.depth) + "-" + std::to_string(m_options.widen);
}

} // namespace itgan
