#pragma once
// An own Winograd F(4×4, 3×3) convolution for the CPUs oneDNN has no Winograd kernel for
// (AVX2 without AVX-512; core/kernels/WinogradConv.h uses oneDNN's where it exists). Same
// arithmetic as oneDNN's: per 4×4 output tile, the 6×6 input tile and the kernel are
// transformed (core/kernels/WinogradF43Tiles.h), the 36 transformed points are multiplied as
// 36 matrix products [tiles × Cin] · [Cin × Cout] (BLAS sgemm, the CPU's fastest loop), and
// the products are transformed back: 36 instead of 144 multiplications per tile and channel
// pair. Blocks of tiles are small enough for the CPU's L2 cache and run in parallel, one
// block per thread (sgemm itself then runs on that thread).
// The same convolution up to float rounding (tst_winograd compares it with LibTorch's).
#include "core/base/TorchInclude.h"

namespace itgan {

// Whether this CPU can run it: AVX2 and FMA (every x86-64 CPU since 2013–2015).
bool ownWinogradSupported();

// G g Gᵀ for every channel pair of weight [Cout, Cin, 3, 3]: [36, Cin, Cout], computed once
// per weight and reused by every call.
torch::Tensor winogradF43Weights(const torch::Tensor &weight);

// conv2d(x, weight, bias, stride 1, zero padding `padding`) for x float CPU [N, Cin, H, W],
// given winogradF43Weights(weight) and bias [Cout] (or undefined); contiguous NCHW. No autograd.
torch::Tensor winogradF43Forward(const torch::Tensor &x, const torch::Tensor &transformedWeights,
                                 const torch::Tensor &bias, int64_t padding);

// The gradient w.r.t. the weights [Cout, Cin, 3, 3] of conv2d(input, weight, stride 1,
// padding) given the output's gradient: the same tiles and products, summed over every tile
// (training a classifier whose convolutions take this path). No autograd.
torch::Tensor winogradF43WeightGradient(const torch::Tensor &input, const torch::Tensor &gradOutput, int64_t padding);

} // namespace itgan
