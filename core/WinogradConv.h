#pragma once
// Inference-only 3×3 convolution through oneDNN's Winograd F(4×4, 3×3) kernel, for the
// ConvNet's 128-channel blocks on the real-image path (no autograd). oneDNN's direct
// convolution, which LibTorch always picks, already runs at the CPU's FMA peak there, so
// the only way to a faster real-image forward (87 % of an IT-GAN iteration, SPEC §8) is
// fewer multiplications: Winograd F(4,3) needs 36 instead of 144 per 4×4 output tile and
// channel pair. It gives the same convolution up to float rounding (relative error about
// 1e-6 of the output's scale; tst_fused_blocks checks it against the module).
//
// oneDNN ships this kernel for AVX-512 CPUs only; elsewhere available() is false and the
// caller keeps LibTorch's convolution.
#include "core/TorchInclude.h"

#include <memory>

namespace itgan {

class WinogradConv3x3 {
public:
    // weight [Cout, Cin, 3, 3], bias [Cout] (float); stride 1, zero padding `padding`.
    WinogradConv3x3(const torch::Tensor &weight, const torch::Tensor &bias, int64_t padding);
    ~WinogradConv3x3();
    WinogradConv3x3(const WinogradConv3x3 &) = delete;
    WinogradConv3x3 &operator=(const WinogradConv3x3 &) = delete;

    // Whether this CPU runs oneDNN's Winograd kernel for these channel counts (cached).
    static bool available(int64_t inChannels, int64_t outChannels);

    // x: float [N, Cin, H, W] (contiguous NCHW is cheapest); returns contiguous NCHW.
    torch::Tensor forward(const torch::Tensor &x);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace itgan
