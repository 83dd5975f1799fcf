#pragma once
// The paper's BigGAN for 32x32 (core/README.md: Networks, the DiffAugment-BigGAN CIFAR code): SN-Linear
// z -> 4x4x(4·G_ch), three up-sampling residual GBlocks with class-conditional batch
// norm, BN -> ReLU -> SN-Conv3x3 -> tanh. Module names match the reference state_dict,
// so the authors' weights load as they are.
#include "core/generators/Generator.h"
#include "core/generators/SpectralNorm.h"

namespace itgan {

// Class-conditional BN: BN(x)·(1 + gain[y]) + bias[y], BN without affine, with stored
// statistics (momentum 0.1, eps 1e-5).
class ConditionalBatchNormImpl : public torch::nn::Module {
public:
    ConditionalBatchNormImpl(int64_t channels, int64_t numClasses);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &y);
    // relu(forward(x, y)); in eval mode with frozen parameters one fused op
    // (core/kernels/ScaleShiftRelu.h), differentiable w.r.t. x.
    torch::Tensor forwardRelu(const torch::Tensor &x, const torch::Tensor &y);

private:
    torch::nn::Embedding m_gain{nullptr}, m_bias{nullptr};
    torch::Tensor m_storedMean, m_storedVar;
};
TORCH_MODULE(ConditionalBatchNorm);

// BN with a learned per-channel gain and bias (the generator's output BN).
class OutputBatchNormImpl : public torch::nn::Module {
public:
    explicit OutputBatchNormImpl(int64_t channels);
    torch::Tensor forward(const torch::Tensor &x);
    // relu(forward(x)), fused in eval mode with frozen parameters (as ConditionalBatchNorm).
    torch::Tensor forwardRelu(const torch::Tensor &x);

private:
    torch::Tensor m_gain, m_bias, m_storedMean, m_storedVar;
};
TORCH_MODULE(OutputBatchNorm);

class GeneratorBlockImpl : public torch::nn::Module {
public:
    GeneratorBlockImpl(int64_t in, int64_t out, int64_t numClasses);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &y);

private:
    ConditionalBatchNorm m_bn1{nullptr}, m_bn2{nullptr};
    SNConv2d m_conv1{nullptr}, m_conv2{nullptr}, m_convShortcut{nullptr};
};
TORCH_MODULE(GeneratorBlock);

struct BigGanOptions {
    int64_t channelWidth = 64; // G_ch: 64 is the paper's (4.3 M parameters)
    int64_t latentSize = 128;
    int64_t numClasses = 10;
    int64_t outputChannels = 3;
};

class BigGanGeneratorImpl : public torch::nn::Module, public Generator {
public:
    explicit BigGanGeneratorImpl(const BigGanOptions &options);

    GeneratorInfo info() const override;
    void setTraining(bool training) override { train(training); }
    void setWeightsRequireGrad(bool requireGrad) override;
    bool blendsClasses() const override { return true; } // the class enters through ConditionalBatchNorm only
    const BigGanOptions &options() const { return m_options; }

    // σ of every SN layer as eval mode computes it, by module name.
    std::vector<std::pair<std::string, torch::Tensor>> evalSigmas();

protected:
    torch::Tensor run(const torch::Tensor &z, const torch::Tensor &y) override;

private:
    BigGanOptions m_options;
    SNLinear m_linear{nullptr};
    std::vector<GeneratorBlock> m_blocks;
    OutputBatchNorm m_outputBn{nullptr};
    SNConv2d m_outputConv{nullptr};
};
TORCH_MODULE(BigGanGenerator);

// G_ch, class count and channels implied by a BigGAN state dict's tensor shapes.
BigGanOptions bigGanOptionsFromWeights(const std::map<std::string, torch::Tensor> &weights, const std::string &prefix = "");

} // namespace itgan
