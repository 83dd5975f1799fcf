#pragma once
// Spectrally normalised layers of the BigGAN code base (core/README.md: Networks; fixtures README §5):
// one power-iteration step per forward from the stored u0. Training mode writes the new
// u back to u0 and the estimate to sv0; eval mode changes nothing, so two eval calls
// give identical outputs. Parameter and buffer names match the reference state_dict.
#include "core/base/TorchInclude.h"

namespace itgan {

constexpr double kSpectralNormEps = 1e-8; // SN_eps of the reference

// Weight, bias and power-iteration state shared by SNLinear and SNConv2d.
class SpectralNormLayer : public torch::nn::Module {
public:
    // W / σ(W); in training mode also advances u0 and records σ in sv0.
    torch::Tensor normalisedWeight();
    // The σ eval mode divides by, without changing any state.
    torch::Tensor evalSigma();

    torch::Tensor weight, bias, u0, sv0;

protected:
    // N(0, 0.02) weights ('N02'), PyTorch's default U(±1/sqrt(fan_in)) biases, u0 ~ N(0, 1), sv0 = 1.
    void createParameters(std::vector<int64_t> weightShape, int64_t fanIn);
};

class SNLinearImpl : public SpectralNormLayer {
public:
    SNLinearImpl(int64_t in, int64_t out);
    torch::Tensor forward(const torch::Tensor &x);
};
TORCH_MODULE(SNLinear);

class SNConv2dImpl : public SpectralNormLayer {
public:
    SNConv2dImpl(int64_t in, int64_t out, int64_t kernel, int64_t padding, int64_t stride = 1);
    torch::Tensor forward(const torch::Tensor &x);

private:
    int64_t m_padding;
    int64_t m_stride;
};
TORCH_MODULE(SNConv2d);

} // namespace itgan
