#pragma once
// The differentiable augmentation operations of DSA (core/README.md: DSA) with explicit
// per-image parameters (each [N]). Every op is differentiable w.r.t. x. Formulas and
// axis conventions follow the reference; see shared/fixtures/README.md §6.
#include "core/base/TorchInclude.h"

namespace itgan::dsa {

// y = x + shift
torch::Tensor brightness(const torch::Tensor &x, const torch::Tensor &shift);
// y = (x - m)·factor + m, m = per-pixel mean over channels (identity for 1 channel)
torch::Tensor saturation(const torch::Tensor &x, const torch::Tensor &factor);
// y = (x - m)·factor + m, m = per-image mean over C,H,W
torch::Tensor contrast(const torch::Tensor &x, const torch::Tensor &factor);
// y[n,c,i,j] = x[n,c,i+shiftH, j+shiftW], zero outside (positive shiftH moves content up)
torch::Tensor crop(const torch::Tensor &x, const torch::Tensor &shiftH, const torch::Tensor &shiftW);
// zeroes a size x size square (clipped to the image) centred on (centerH, centerW)
torch::Tensor cutout(const torch::Tensor &x, const torch::Tensor &centerH, const torch::Tensor &centerW,
                     int64_t sizeH, int64_t sizeW);
// horizontal flip of the images whose mask is true
torch::Tensor flip(const torch::Tensor &x, const torch::Tensor &mask);
// bilinear resampling with affine_grid(theta) / grid_sample, zero padding, align_corners false
torch::Tensor affine(const torch::Tensor &x, const torch::Tensor &theta);

// theta [N,2,3] of the scale op: [[sx,0,0],[0,sy,0]] (sx acts on columns, sy on rows)
torch::Tensor scaleTheta(const torch::Tensor &sx, const torch::Tensor &sy);
// theta [N,2,3] of the rotate op: [[cos a, -sin a, 0],[sin a, cos a, 0]]
torch::Tensor rotateTheta(const torch::Tensor &radians);

} // namespace itgan::dsa
