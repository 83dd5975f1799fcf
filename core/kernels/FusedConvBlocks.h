#pragma once
// Fused kernels for the ConvNet's blocks (Conv3x3 → instance norm → ReLU → 2×2 average
// pooling): the real-image path of DM and IT-GAN, whose forward of hundreds of real images
// per class is most of an iteration (core/README.md: Where the time goes); with their
// backward, the synthetic images' path in DM, IT-GAN and inversion; and with the
// parameters' gradients too, training the evaluation's ConvNets. The unfused ops stream each 128-channel activation through
// memory three more times (norm, ReLU, pooling: 36 % of a forward at 28×28, measured);
// here every (image, channel) plane is normalised, rectified and pooled while it sits in
// the L1 cache, and the first block's 1- or 3-channel convolution is computed into that
// plane directly, so its 128×32×32 output never reaches memory. The math is the same as
// the unfused ops (statistics accumulated in double); results agree to float rounding.
#include "core/base/TorchInclude.h"

namespace itgan {

// x: float [N,C,H,W] (any strides). Per-plane instance norm (biased variance, eps) with
// per-channel affine gamma/beta, then ReLU, then 2×2 average pooling with stride 2.
// `statistics`, when given, receives what the backward needs: [N, C, 2] doubles
// (each plane's mean and 1/std).
torch::Tensor instanceNormReluAvgPool(const torch::Tensor &x, const torch::Tensor &gamma, const torch::Tensor &beta,
                                      double eps, torch::Tensor *statistics = nullptr);

// The whole first block for inputs with few channels (≤ 4): 3×3 convolution (stride 1,
// zero padding `padding`, bias) followed by instanceNormReluAvgPool.
torch::Tensor firstConvBlock(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias,
                             int64_t padding, const torch::Tensor &gamma, const torch::Tensor &beta, double eps,
                             torch::Tensor *statistics = nullptr);

// The gradients w.r.t. x of the two blocks above, given the pooled output's gradient and
// the forward's statistics (the parameters' gradients come with the variants below). The
// same fusion backwards: each plane's pooling, ReLU and norm gradient is computed in the L1
// cache, and the first block recomputes its cheap convolution instead of keeping its
// Cout×H×W output, then convolves the gradient back onto the input.
// With `affineGradients`, instanceNormReluAvgPoolBackward also gives the norm's
// parameter gradients (summed over images and positions), for training.
struct NormAffineGradients {
    torch::Tensor gamma, beta;
};
torch::Tensor instanceNormReluAvgPoolBackward(const torch::Tensor &gradOutput, const torch::Tensor &x,
                                              const torch::Tensor &gamma, const torch::Tensor &beta,
                                              const torch::Tensor &statistics,
                                              NormAffineGradients *affineGradients = nullptr);
torch::Tensor firstConvBlockBackward(const torch::Tensor &gradOutput, const torch::Tensor &x, const torch::Tensor &weight,
                                     const torch::Tensor &bias, int64_t padding, const torch::Tensor &gamma,
                                     const torch::Tensor &beta, const torch::Tensor &statistics);
// The first block's backward for training: the input gradient when `inputGradient`, and
// with `parameterGradients` those of the convolution's weight and bias and the norm's γ and
// β (each summed over images and positions; undefined when not asked for).
struct FirstBlockGradients {
    torch::Tensor input, weight, bias, gamma, beta;
};
FirstBlockGradients firstConvBlockGradients(const torch::Tensor &gradOutput, const torch::Tensor &x,
                                            const torch::Tensor &weight, const torch::Tensor &bias, int64_t padding,
                                            const torch::Tensor &gamma, const torch::Tensor &beta,
                                            const torch::Tensor &statistics, bool inputGradient, bool parameterGradients);

// instanceNormReluAvgPool as an autograd op, differentiable w.r.t. x, γ and β (the γ, β
// gradients only when they need one): the synthetic images' path through a frozen ConvNet
// in DM, IT-GAN and GAN inversion, and the ConvNet's blocks when a classifier is trained.
// Without grad mode, or when nothing needs a gradient, it is the inference kernel.
torch::Tensor fusedInstanceNormReluAvgPool(const torch::Tensor &x, const torch::Tensor &gamma, const torch::Tensor &beta,
                                           double eps);
// The same for the whole first block (firstConvBlock), differentiable w.r.t. x and every
// parameter: frozen in DM, IT-GAN and inversion, trained when a classifier is.
torch::Tensor fusedFirstConvBlock(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias,
                                  int64_t padding, const torch::Tensor &gamma, const torch::Tensor &beta, double eps);

} // namespace itgan
