#pragma once
// CIFAR-style ResNet18 of the reference (core/README.md: Networks): 3x3 stem without max-pool,
// BasicBlocks 64/128/256/512, 4x4 average pool, Linear. Norm: batch ("resnet18bn")
// or instance ("resnet18"). Module names match the reference state_dict.
#include "core/nets/ClassifierNet.h"

namespace itgan {

struct ResNetOptions {
    int64_t channels = 3;
    int64_t numClasses = 10;
    int64_t imageSize = 32;
    NormKind norm = NormKind::Batch;
};

class BasicBlockImpl : public torch::nn::Module {
public:
    BasicBlockImpl(int64_t inPlanes, int64_t planes, int64_t stride, NormKind norm);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::AnyModule m_bn1, m_bn2;
    torch::nn::Sequential m_shortcut{nullptr};
};
TORCH_MODULE(BasicBlock);

class ResNet18Impl : public ClassifierNet {
public:
    explicit ResNet18Impl(const ResNetOptions &options);

    torch::Tensor forward(torch::Tensor x) override;
    torch::Tensor embed(torch::Tensor x) override;
    int64_t embeddingSize() const override { return 512; }
    std::string architecture() const override;

private:
    ResNetOptions m_options;
    torch::nn::Conv2d m_conv1{nullptr};
    torch::nn::AnyModule m_bn1;
    std::vector<torch::nn::Sequential> m_layers;
    torch::nn::Linear m_classifier{nullptr};
};
TORCH_MODULE(ResNet18);

} // namespace itgan
