#pragma once
// The matching objectives of core/README.md: Inversion, IT-GAN, DM on feature tensors [N, D].
#include "core/base/TorchInclude.h"

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

// GAN inversion (paper Eq. 1), the two terms for every image i:
//   feature[i] = (1/d_f)·‖ψ(G(z_i)) − ψ(x_i)‖²,   pixel[i] = (1/d_I)·‖G(z_i) − x_i‖²;
// image i's loss is feature[i] + λ_pixel·pixel[i]. The inversion job minimises the mean
// over each class's images of that loss, summed over classes.
struct InversionErrors {
    torch::Tensor feature; // [N]
    torch::Tensor pixel;   // [N]
};
InversionErrors inversionImageErrors(const torch::Tensor &synFeatures, const torch::Tensor &realFeatures,
                                     const torch::Tensor &synImages, const torch::Tensor &realImages);

// Gradient matching (DC): layer-wise Σ_rows (1 - cos) for one parameter's gradients;
// 1-D parameters (biases, norm affine) contribute 0.
torch::Tensor layerGradientDistance(const torch::Tensor &realGrad, const torch::Tensor &synGrad);

enum class GradientDistance { Layerwise, Mse, Cosine }; // DC's 'ours', 'mse', 'cos'
GradientDistance parseGradientDistance(const std::string &name);

torch::Tensor gradientMatchingLoss(const std::vector<torch::Tensor> &synGrads, const std::vector<torch::Tensor> &realGrads,
                                   GradientDistance distance = GradientDistance::Layerwise);

} // namespace itgan
