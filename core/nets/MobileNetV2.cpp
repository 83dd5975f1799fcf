#include "core/nets/MobileNetV2.h"

namespace itgan {

namespace nn = torch::nn;

namespace {

// Conv -> BN (-> ReLU), the unit every stage is built from.
void addConvBn(nn::Sequential &seq, int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t groups, bool relu)
{
    seq->push_back(nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(kernel / 2).groups(groups).bias(false)));
    seq->push_back(nn::BatchNorm2d(out));
    if (relu)
        seq->push_back(nn::ReLU());
}

} // namespace

InvertedResidualImpl::InvertedResidualImpl(int64_t in, int64_t out, int64_t expansion, int64_t stride)
{
    const int64_t hidden = in * expansion;
    m_body = nn::Sequential();
    addConvBn(m_body, in, hidden, 1, 1, 1, true);           // expand
    addConvBn(m_body, hidden, hidden, 3, stride, hidden, true); // depthwise
    addConvBn(m_body, hidden, out, 1, 1, 1, false);          // linear bottleneck
    register_module("body", m_body);
    // The CIFAR form keeps a residual on every stride-1 block, projecting when the width changes.
    m_residual = stride == 1;
    if (m_residual && in != out) {
        m_shortcut = nn::Sequential();
        addConvBn(m_shortcut, in, out, 1, 1, 1, false);
        register_module("shortcut", m_shortcut);
    }
}

torch::Tensor InvertedResidualImpl::forward(torch::Tensor x)
{
    auto out = m_body->forward(x);
    if (!m_residual)
        return out;
    return out + (m_shortcut ? m_shortcut->forward(x) : x);
}

MobileNetV2Impl::MobileNetV2Impl(const MobileNetV2Options &options)
{
    struct Stage {
        int64_t expansion, channels, blocks, stride;
    };
    const Stage stages[] = {{1, 16, 1, 1}, {6, 24, 2, 1}, {6, 32, 3, 2}, {6, 64, 4, 2},
                            {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    m_features = nn::Sequential();
    addConvBn(m_features, options.channels, 32, 3, 1, 1, true);
    int64_t in = 32;
    for (const auto &stage : stages) {
        for (int64_t b = 0; b < stage.blocks; ++b) {
            m_features->push_back(InvertedResidual(in, stage.channels, stage.expansion, b == 0 ? stage.stride : 1));
            in = stage.channels;
        }
    }
    addConvBn(m_features, in, 1280, 1, 1, 1, true);
    register_module("features", m_features);
    m_classifier = register_module("classifier", nn::Linear(1280, options.numClasses));
}

torch::Tensor MobileNetV2Impl::embed(torch::Tensor x)
{
    return torch::adaptive_avg_pool2d(m_features->forward(x), {1, 1}).flatten(1);
}

torch::Tensor MobileNetV2Impl::forward(torch::Tensor x)
{
    return m_classifier->forward(embed(x));
}

} // namespace itgan
