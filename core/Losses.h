#pragma once
// The matching objectives of SPEC §5.2–5.4 on feature tensors [N, D].
#include "core/TorchInclude.h"

#include <string>
#include <vector>

namespace itgan {

// Distribution matching (DM; IT-GAN's L_con, paper Eq. 2): sum_d (mean_i real[i,d] - mean_j syn[j,d])^2.
torch::Tensor distributionMatchingLoss(const torch::Tensor &realFeatures, const torch::Tensor &synFeatures);

// IT-GAN's pair regulariser R (paper Eq. 3): mean_i sum_d (syn[i,d] - pair[i,d])^2,
// where syn[i] was generated from the latent inverted from real image pair[i].
torch::Tensor pairRegulariser(const torch::Tensor &synFeatures, const torch::Tensor &pairFeatures);

// Paper Eq. 4: L = (1 - λ)·L_con + λ·R.
torch::Tensor itganObjective(const torch::Tensor &conLoss, const torch::Tensor &regulariser, double lambda);

// GAN inversion (paper Eq. 1): mean((ψ(G(z)) - ψ(x))^2) + λ_pixel·mean((G(z) - x)^2), means over elements.
struct InversionLoss {
    torch::Tensor feature;
    torch::Tensor pixel;
    torch::Tensor total;
};
InversionLoss inversionLoss(const torch::Tensor &synFeatures, const torch::Tensor &realFeatures,
                            const torch::Tensor &synImages, const torch::Tensor &realImages, double lambdaPixel);

// Gradient matching (DC): layer-wise Σ_rows (1 - cos) for one parameter's gradients;
// 1-D parameters (biases, norm affine) contribute 0.
torch::Tensor layerGradientDistance(const torch::Tensor &realGrad, const torch::Tensor &synGrad);

enum class GradientDistance { Layerwise, Mse, Cosine }; // DC's 'ours', 'mse', 'cos'
GradientDistance parseGradientDistance(const std::string &name);

torch::Tensor gradientMatchingLoss(const std::vector<torch::Tensor> &synGrads, const std::vector<torch::Tensor> &realGrads,
                                   GradientDistance distance = GradientDistance::Layerwise);

} // namespace itgan
