#pragma once
// Principal component analysis of a set of row vectors (latents z, or ψ features of
// images): the explorer's direction sliders and the latent map's 2-D projection both
// use it, so "the principal axes of these latents" means one thing everywhere.
#include "core/base/TorchInclude.h"

#include <vector>

namespace itgan {

struct PrincipalAxes {
    torch::Tensor mean;            // [D], float64
    torch::Tensor axes;            // [k, D], float64 unit rows, largest variance first
    torch::Tensor spread;          // [k], float64: standard deviation of the rows along each axis
    std::vector<double> explained; // share of the rows' total variance along each axis (0..1)
};

// The first `count` principal axes of `rows` [N, D] (N >= 2), via the SVD of the centred
// rows, in float64. Each axis's sign is fixed (its largest-magnitude entry positive) so
// the same rows always give the same picture. Fewer than `count` axes when N − 1 or D is
// smaller. ConfigError when rows is not a finite [N >= 2, D] matrix.
PrincipalAxes principalAxes(const torch::Tensor &rows, int64_t count);

// Coordinates [N, k] (float64) of `rows` [N, D] along the axes, around their mean.
torch::Tensor projectOnto(const PrincipalAxes &axes, const torch::Tensor &rows);

} // namespace itgan
