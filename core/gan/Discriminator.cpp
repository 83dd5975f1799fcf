#include "core/gan/Discriminator.h"

#include "core/base/ComputeDevice.h"
#include "core/base/Errors.h"

namespace itgan {

namespace F = torch::nn::functional;

ProjectionHeadImpl::ProjectionHeadImpl(int64_t features, int64_t numClasses) : m_numClasses(numClasses)
{
    m_linear = register_module("linear", SNLinear(features, 1));
    m_embed = register_module("embed", SNLinear(numClasses, features));
}

torch::Tensor ProjectionHeadImpl::forward(const torch::Tensor &h, const torch::Tensor &y)
{
    const auto oneHot = F::one_hot(y, m_numClasses).to(h.dtype());
    // The embedding's bias would add a class-independent term; the projection uses W only.
    const auto embedding = torch::matmul(oneHot, m_embed->normalisedWeight().t());
    return m_linear->forward(h).squeeze(1) + (embedding * h).sum(1);
}

BigGanDiscriminatorImpl::BigGanDiscriminatorImpl(int64_t width, int64_t numClasses, int64_t inputChannels)
{
    const int64_t c = 4 * width;
    const bool down[4] = {true, true, false, false};
    int64_t in = inputChannels;
    for (int k = 0; k < 4; ++k) {
        Block b;
        const std::string name = "block" + std::to_string(k);
        b.conv1 = register_module(name + "_conv1", SNConv2d(in, c, 3, 1));
        b.conv2 = register_module(name + "_conv2", SNConv2d(c, c, 3, 1));
        b.downsample = down[k];
        b.preactivation = k > 0;
        if (in != c || down[k])
            b.shortcut = register_module(name + "_conv_sc", SNConv2d(in, c, 1, 0));
        m_blocks.push_back(b);
        in = c;
    }
    m_head = register_module("head", ProjectionHead(c, numClasses));
}

torch::Tensor BigGanDiscriminatorImpl::forward(const torch::Tensor &x, const torch::Tensor &y)
{
    auto h = x;
    for (auto &b : m_blocks) {
        auto r = b.preactivation ? torch::relu(h) : h;
        r = b.conv2->forward(torch::relu(b.conv1->forward(r)));
        if (b.downsample)
            r = torch::avg_pool2d(r, 2);
        auto s = h;
        if (b.shortcut) {
            // The first block down-samples before its 1x1 conv, the others after.
            if (b.preactivation) {
                s = b.shortcut->forward(s);
                if (b.downsample)
                    s = torch::avg_pool2d(s, 2);
            } else {
                if (b.downsample)
                    s = torch::avg_pool2d(s, 2);
                s = b.shortcut->forward(s);
            }
        }
        h = r + s;
    }
    return m_head->forward(torch::relu(h).sum({2, 3}), y);
}

DcganDiscriminatorImpl::DcganDiscriminatorImpl(int64_t width, int64_t numClasses, int64_t inputChannels)
{
    // 32 -> 32 -> 16 -> 8 -> 4
    const int64_t channels[5] = {inputChannels, width, 2 * width, 4 * width, 4 * width};
    for (int k = 0; k < 4; ++k)
        m_convs.push_back(register_module("conv" + std::to_string(k),
                                          k == 0 ? SNConv2d(channels[k], channels[k + 1], 3, 1)
                                                 : SNConv2d(channels[k], channels[k + 1], 4, 1, 2)));
    m_head = register_module("head", ProjectionHead(4 * width, numClasses));
}

torch::Tensor DcganDiscriminatorImpl::forward(const torch::Tensor &x, const torch::Tensor &y)
{
    auto h = x;
    for (auto &conv : m_convs)
        h = F::leaky_relu(conv->forward(h), F::LeakyReLUFuncOptions().negative_slope(0.2));
    return m_head->forward(h.sum({2, 3}), y);
}

DiscriminatorPtr createDiscriminator(const std::string &arch, int64_t width, int64_t numClasses, int64_t inputChannels)
{
    DiscriminatorPtr d;
    if (arch == "biggan32")
        d = std::make_shared<BigGanDiscriminatorImpl>(width, numClasses, inputChannels);
    else if (arch == "dcgan32")
        d = std::make_shared<DcganDiscriminatorImpl>(width, numClasses, inputChannels);
    else
        throw ConfigError("unknown discriminator architecture '" + arch + "' (expected biggan32 or dcgan32)");
    d->to(computeDevice()); // initialised on the CPU: the same weights on every device
    return d;
}

} // namespace itgan
