#pragma once
// Inference-only fused kernels for the ConvNet's blocks (Conv3x3 → instance norm → ReLU
// → 2×2 average pooling), used where no autograd graph is needed: the real-image path of
// DM and IT-GAN, whose forward of hundreds of real images per class is most of an
// iteration (SPEC §8). The unfused ops stream each 128-channel activation through
// memory three more times (norm, ReLU, pooling: 36 % of a forward at 28×28, measured);
// here every (image, channel) plane is normalised, rectified and pooled while it sits in
// the L1 cache, and the first block's 1- or 3-channel convolution is computed into that
// plane directly, so its 128×32×32 output never reaches memory. The math is the same as
// the unfused ops (statistics accumulated in double); results agree to float rounding.
#include "core/TorchInclude.h"

namespace itgan {

// x: float [N,C,H,W] (any strides). Per-plane instance norm (biased variance, eps) with
// per-channel affine gamma/beta, then ReLU, then 2×2 average pooling with stride 2.
torch::Tensor instanceNormReluAvgPool(const torch::Tensor &x, const torch::Tensor &gamma, const torch::Tensor &beta,
                                      double eps);

// The whole first block for inputs with few channels (≤ 4): 3×3 convolution (stride 1,
// zero padding `padding`, bias) followed by instanceNormReluAvgPool.
torch::Tensor firstConvBlock(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias,
                             int64_t padding, const torch::Tensor &gamma, const torch::Tensor &beta, double eps);

} // namespace itgan
