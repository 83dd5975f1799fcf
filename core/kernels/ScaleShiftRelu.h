#pragma once
// relu(x · scale + shift) with one scale and shift per (image, channel): what the frozen
// BigGAN generator's eval-mode batch norms followed by ReLU compute (the conditional BN's
// stored statistics and class gain/bias fold into one scale and shift). LibTorch runs it
// as four ops (batch norm, multiply, add, ReLU), each streaming the activation through
// memory forward and again backward, with an intermediate saved for each; here it is one
// pass forward and one backward, saving only the output. Inversion and IT-GAN run the
// generator forward and backward on every latent in every iteration.
#include "core/base/TorchInclude.h"

namespace itgan {

// x: float [N, C, H, W]; scale, shift: [N, C]. Differentiable w.r.t. x only: scale and
// shift must not require a gradient under grad mode.
torch::Tensor frozenScaleShiftRelu(const torch::Tensor &x, const torch::Tensor &scale, const torch::Tensor &shift);

} // namespace itgan
