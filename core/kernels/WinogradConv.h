#pragma once
// 3×3 convolutions through oneDNN's Winograd F(4×4, 3×3) kernels, forward and backward.
// Every network IT-GAN, DM and GAN inversion run through is frozen: the real-image
// ConvNet forward (87 % of an IT-GAN iteration before this, core/README.md: Where the time goes), the synthetic
// images' ConvNet forward and backward, and the generator's forward and backward down to
// the latents; and training the evaluation's classifiers is mostly 3×3 convolutions, forward
// and both gradients (2.3× faster through Winograd at 128 channels, 16×16, batch 100). oneDNN's direct convolution, which LibTorch always picks, already runs at
// this CPU's FMA peak, so the way to faster iterations is fewer multiplications: Winograd
// F(4,3) needs 36 instead of 144 per 4×4 output tile and channel pair, forward and for the
// gradients. It is the same convolution up to float rounding (about 1e-6
// of the output's scale; tst_fused_blocks and tst_winograd check it against LibTorch).
//
// oneDNN ships this kernel for AVX-512 CPUs only; on AVX2 CPUs the forward and both
// gradients run through the project's own F(4,3) (core/kernels/WinogradF43.h) instead; on
// older CPUs available() is false and the callers keep LibTorch's convolution.
#include "core/base/TorchInclude.h"

#include <memory>

namespace itgan {

class WinogradConv3x3 {
public:
    // weight [Cout, Cin, 3, 3], bias [Cout] (float); stride 1, zero padding `padding`.
    WinogradConv3x3(const torch::Tensor &weight, const torch::Tensor &bias, int64_t padding);
    ~WinogradConv3x3();
    WinogradConv3x3(const WinogradConv3x3 &) = delete;
    WinogradConv3x3 &operator=(const WinogradConv3x3 &) = delete;

    // Which Winograd kernel this CPU runs for these channel counts (cached): oneDNN's, the
    // own one (AVX2; at least kOwnMinChannels channels on both sides, where its matrix
    // products are large enough to win: 1.9× the direct convolution at 64 channels, none at 32 —
    // bench_layers), or none and why. ITGAN_NO_WINOGRAD=1 in the
    // environment turns both off, ITGAN_OWN_WINOGRAD=1 prefers the own one (for comparisons).
    enum class Status { OneDnn, Own, DisabledByEnvironment, NoKernel };
    static constexpr int64_t kOwnMinChannels = 64;
    static Status status(int64_t inChannels, int64_t outChannels);
    static bool available(int64_t inChannels, int64_t outChannels);

    // x: float [N, Cin, H, W]; returns contiguous NCHW [N, Cout, H', W']. No autograd.
    torch::Tensor forward(const torch::Tensor &x);
    // The gradient w.r.t. the input of forward(), given the output's gradient
    // [N, Cout, H', W'] and the input's height and width.
    torch::Tensor backwardData(const torch::Tensor &gradOutput, int64_t inputHeight, int64_t inputWidth);
    // The gradients w.r.t. the weights [Cout, Cin, 3, 3] and the bias [Cout] of forward(input),
    // given the output's gradient: training a classifier whose convolutions take this path.
    struct ParameterGradients {
        torch::Tensor weight, bias;
    };
    ParameterGradients backwardWeights(const torch::Tensor &input, const torch::Tensor &gradOutput);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Whether convolving x with these parameters can take the Winograd path: float CPU input of at
// least 4×4 (one output tile), a 3×3 float kernel, stride 1, a float bias or none, and kernels
// (forward and input gradient; the weight gradient falls back to LibTorch's where oneDNN has
// none) for the channel counts on this CPU.
bool winogradApplies(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias, int64_t stride);

// conv2d(x, weight, bias (may be undefined), stride 1, padding) through WinogradConv3x3,
// differentiable w.r.t. x, the weights and the bias (winogradApplies must hold).
torch::Tensor winogradConv2d(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias,
                             int64_t padding);

// A Conv2d module applied to x through winogradConv2d where winogradApplies (3×3, stride 1,
// dilation 1, one group, zero padding), through the module itself otherwise: the one rule
// every network's wide convolutions follow.
torch::Tensor convolveFast(torch::nn::Conv2dImpl &conv, const torch::Tensor &x);

// A Sequential's layers applied to x in order, its Conv2d layers through convolveFast: the
// plain stacks (VGG's features, ConvNet's unfused variants).
torch::Tensor forwardConvolvingFast(torch::nn::Sequential &layers, torch::Tensor x);

} // namespace itgan
