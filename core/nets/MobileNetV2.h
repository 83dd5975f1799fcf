#pragma once
// MobileNetV2 in its CIFAR form, one of the paper's cross-architecture evaluators
// (Tab. 3): a stride-1 3x3 stem (32) and the ImageNet network's inverted-residual
// stages (expansion, channels, blocks, stride) = (1,16,1,1) (6,24,2,1) (6,32,3,2)
// (6,64,4,2) (6,96,3,1) (6,160,3,2) (6,320,1,1) — the second stage's stride is 1 for
// 32x32 inputs — then 1x1 conv to 1280, BN, ReLU, global average pool and Linear.
// ≈ 2.3 M parameters for 10 classes.
#include "core/nets/ClassifierNet.h"

namespace itgan {

struct MobileNetV2Options {
    int64_t channels = 3;
    int64_t numClasses = 10;
};

class InvertedResidualImpl : public torch::nn::Module {
public:
    InvertedResidualImpl(int64_t in, int64_t out, int64_t expansion, int64_t stride);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::Sequential m_body{nullptr};
    torch::nn::Sequential m_shortcut{nullptr};
    bool m_residual = false;
};
TORCH_MODULE(InvertedResidual);

class MobileNetV2Impl : public ClassifierNet {
public:
    explicit MobileNetV2Impl(const MobileNetV2Options &options);

    torch::Tensor forward(torch::Tensor x) override;
    torch::Tensor embed(torch::Tensor x) override;
    int64_t embeddingSize() const override { return 1280; }
    std::string architecture() const override { return "mobilenetv2"; }

private:
    torch::nn::Sequential m_features{nullptr};
    torch::nn::Linear m_classifier{nullptr};
};
TORCH_MODULE(MobileNetV2);

} // namespace itgan
