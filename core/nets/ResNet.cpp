#include "core/nets/ResNet.h"

#include "core/base/Errors.h"
#include "core/kernels/WinogradConv.h"

namespace itgan {

namespace nn = torch::nn;

namespace {

nn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t padding)
{
    return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(padding).bias(false));
}

} // namespace

BasicBlockImpl::BasicBlockImpl(int64_t inPlanes, int64_t planes, int64_t stride, NormKind norm)
{
    m_conv1 = register_module("conv1", conv(inPlanes, planes, 3, stride, 1));
    m_bn1 = makeNorm2d(norm, planes, 0, 0);
    register_module("bn1", m_bn1.ptr());
    m_conv2 = register_module("conv2", conv(planes, planes, 3, 1, 1));
    m_bn2 = makeNorm2d(norm, planes, 0, 0);
    register_module("bn2", m_bn2.ptr());
    m_shortcut = nn::Sequential();
    if (stride != 1 || inPlanes != planes) {
        m_shortcut->push_back(conv(inPlanes, planes, 1, stride, 0));
        m_shortcut->push_back(makeNorm2d(norm, planes, 0, 0));
    }
    register_module("shortcut", m_shortcut);
}

torch::Tensor BasicBlockImpl::forward(torch::Tensor x)
{
    // The 3×3 stride-1 convolutions through Winograd where the CPU has it (core/kernels/WinogradConv.h).
    auto out = torch::relu(m_bn1.forward(convolveFast(*m_conv1, x)));
    out = m_bn2.forward(convolveFast(*m_conv2, out));
    out = out + (m_shortcut->is_empty() ? x : m_shortcut->forward(x));
    return torch::relu(out);
}

ResNet18Impl::ResNet18Impl(const ResNetOptions &options) : m_options(options)
{
    if (options.norm != NormKind::Batch && options.norm != NormKind::Instance)
        throw ConfigError("ResNet18 supports batch or instance norm, got " + normKindName(options.norm));
    m_conv1 = register_module("conv1", conv(options.channels, 64, 3, 1, 1));
    m_bn1 = makeNorm2d(options.norm, 64, 0, 0);
    register_module("bn1", m_bn1.ptr());
    const int64_t planes[4] = {64, 128, 256, 512};
    const int64_t strides[4] = {1, 2, 2, 2};
    int64_t inPlanes = 64;
    for (int l = 0; l < 4; ++l) {
        nn::Sequential layer;
        layer->push_back(BasicBlock(inPlanes, planes[l], strides[l], options.norm));
        layer->push_back(BasicBlock(planes[l], planes[l], 1, options.norm));
        inPlanes = planes[l];
        m_layers.push_back(register_module("layer" + std::to_string(l + 1), layer));
    }
    m_classifier = register_module("classifier", nn::Linear(512, options.numClasses));
}

torch::Tensor ResNet18Impl::embed(torch::Tensor x)
{
    auto out = torch::relu(m_bn1.forward(convolveFast(*m_conv1, x)));
    for (auto &layer : m_layers)
        out = layer->forward(out);
    // The reference pools 4x4 (the 32x32 input's final map) down to 1x1.
    out = torch::avg_pool2d(out, 4);
    return out.flatten(1);
}

torch::Tensor ResNet18Impl::forward(torch::Tensor x)
{
    return m_classifier->forward(embed(x));
}

std::string ResNet18Impl::architecture() const
{
    return m_options.norm == NormKind::Batch ? "resnet18bn" : "resnet18";
}

} // namespace itgan
