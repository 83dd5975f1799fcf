#pragma once
// Nearest real neighbours in feature space: "is this synthetic image a copy of a
// training image?" (the paper motivates GAN-made training data partly by privacy). The
// features are ψ(x), the embedding of the run's feature network (the bundled ConvNet's
// last conv block, as the Fréchet distance uses), Euclidean distance between them.
#include "core/base/TorchInclude.h"

namespace itgan {

struct Neighbours {
    torch::Tensor indices;   // int64 [N, k]: rows of the pool, nearest first
    torch::Tensor distances; // float64 [N, k]: Euclidean distances, ascending
};

// The k nearest rows of `pool` [M, D] to each row of `queries` [N, D]. `excluded` (int64
// [N], optional) names for each query one pool row it may not match (its own row when the
// queries are pool rows; −1 = none). Candidates are found by a matrix product in chunks;
// their distances are then recomputed exactly as ‖q − p‖ (an identical row is at 0, not
// at the expanded formula's rounding). ConfigError for mismatched shapes or k > M − (excluded ? 1 : 0).
Neighbours nearestNeighbours(const torch::Tensor &queries, const torch::Tensor &pool, int64_t k,
                             const torch::Tensor &excluded = {});

// The median of a tensor's values (the lower middle one for an even count).
double medianOf(const torch::Tensor &values);

} // namespace itgan
