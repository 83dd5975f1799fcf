#pragma once
// The light conditional generator for CPU training ("dcgan32"): Linear z -> 4x4, three
// transposed-conv up-sampling stages with class-conditional batch norm, BN -> ReLU ->
// Conv3x3 -> tanh. About 1.2 M parameters at width 64.
#include "core/generators/BigGan.h"

namespace itgan {

struct DcganOptions {
    int64_t width = 64;
    int64_t latentSize = 128;
    int64_t numClasses = 10;
    int64_t outputChannels = 1;
};

class DcganGeneratorImpl : public torch::nn::Module, public Generator {
public:
    explicit DcganGeneratorImpl(const DcganOptions &options);

    GeneratorInfo info() const override;
    void setTraining(bool training) override { train(training); }
    void setWeightsRequireGrad(bool requireGrad) override;
    bool blendsClasses() const override { return true; } // the class enters through ConditionalBatchNorm only
    const DcganOptions &options() const { return m_options; }

protected:
    torch::Tensor run(const torch::Tensor &z, const torch::Tensor &y) override;

private:
    DcganOptions m_options;
    torch::nn::Linear m_linear{nullptr};
    std::vector<ConditionalBatchNorm> m_norms;
    std::vector<torch::nn::ConvTranspose2d> m_ups;
    OutputBatchNorm m_outputBn{nullptr};
    torch::nn::Conv2d m_outputConv{nullptr};
};
TORCH_MODULE(DcganGenerator);

} // namespace itgan
