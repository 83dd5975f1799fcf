#pragma once
// Wide ResNet WRN-16-8 in its CIFAR form (Zagoruyko & Komodakis), one of the paper's
// cross-architecture evaluators (Tab. 3): 3x3 stem (16), three groups of (16-4)/6 = 2
// pre-activation basic blocks of width 16k, 32k, 64k (k = 8) with strides 1, 2, 2,
// then BN -> ReLU -> global average pool -> Linear. ≈ 11.0 M parameters for 10 classes.
#include "core/nets/ClassifierNet.h"

namespace itgan {

struct WideResNetOptions {
    int64_t channels = 3;
    int64_t numClasses = 10;
    int depth = 16;
    int widen = 8;
};

class WideBlockImpl : public torch::nn::Module {
public:
    WideBlockImpl(int64_t in, int64_t out, int64_t stride);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr};
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr}, m_shortcut{nullptr};
};
TORCH_MODULE(WideBlock);

class WideResNetImpl : public ClassifierNet {
public:
    explicit WideResNetImpl(const WideResNetOptions &options);

    torch::Tensor forward(torch::Tensor x) override;
    torch::Tensor embed(torch::Tensor x) override;
    int64_t embeddingSize() const override { return 64 * m_options.widen; }
    std::string architecture() const override;

private:
    WideResNetOptions m_options;
    torch::nn::Conv2d m_stem{nullptr};
    torch::nn::Sequential m_blocks{nullptr};
    torch::nn::BatchNorm2d m_bn{nullptr};
    torch::nn::Linear m_classifier{nullptr};
};
TORCH_MODULE(WideResNet);

} // namespace itgan
