#include "core/augment/DsaOps.h"

namespace itgan::dsa {

namespace F = torch::nn::functional;

namespace {

torch::Tensor perImage(const torch::Tensor &v, const torch::Tensor &like)
{
    return v.to(like.options()).view({-1, 1, 1, 1});
}

} // namespace

torch::Tensor brightness(const torch::Tensor &x, const torch::Tensor &shift)
{
    return x + perImage(shift, x);
}

torch::Tensor saturation(const torch::Tensor &x, const torch::Tensor &factor)
{
    auto mean = x.mean(1, /*keepdim=*/true);
    return (x - mean) * perImage(factor, x) + mean;
}

torch::Tensor contrast(const torch::Tensor &x, const torch::Tensor &factor)
{
    auto mean = x.mean({1, 2, 3}, /*keepdim=*/true);
    return (x - mean) * perImage(factor, x) + mean;
}

torch::Tensor crop(const torch::Tensor &x, const torch::Tensor &shiftH, const torch::Tensor &shiftW)
{
    const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    auto longOpts = torch::TensorOptions().dtype(torch::kInt64).device(x.device());
    // Index into a 1-pixel zero border: indices that leave the image land on it.
    auto rows = (torch::arange(h, longOpts).view({1, h}) + shiftH.to(longOpts).view({n, 1}) + 1).clamp(0, h + 1);
    auto cols = (torch::arange(w, longOpts).view({1, w}) + shiftW.to(longOpts).view({n, 1}) + 1).clamp(0, w + 1);
    auto source = (rows.view({n, h, 1}) * (w + 2) + cols.view({n, 1, w})).view({n, 1, h * w}).expand({n, c, h * w});
    auto padded = F::pad(x, F::PadFuncOptions({1, 1, 1, 1})).reshape({n, c, (h + 2) * (w + 2)});
    // gather keeps plain NCHW strides; the reference's NHWC indexing leaves 1-channel
    // batches with channels-last strides that slow every later convolution.
    return padded.gather(2, source).view({n, c, h, w});
}

torch::Tensor cutout(const torch::Tensor &x, const torch::Tensor &centerH, const torch::Tensor &centerW,
                     int64_t sizeH, int64_t sizeW)
{
    const int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    auto longOpts = torch::TensorOptions().dtype(torch::kInt64).device(x.device());
    auto top = centerH.to(longOpts).view({n, 1}) - sizeH / 2;
    auto left = centerW.to(longOpts).view({n, 1}) - sizeW / 2;
    auto r = torch::arange(h, longOpts).view({1, h});
    auto c = torch::arange(w, longOpts).view({1, w});
    auto inRows = (r >= top) & (r < top + sizeH);  // [N,H]
    auto inCols = (c >= left) & (c < left + sizeW); // [N,W]
    auto mask = (inRows.view({n, h, 1}) & inCols.view({n, 1, w})).logical_not().to(x.dtype());
    return x * mask.unsqueeze(1);
}

torch::Tensor flip(const torch::Tensor &x, const torch::Tensor &mask)
{
    return torch::where(mask.to(x.device()).to(torch::kBool).view({-1, 1, 1, 1}), x.flip({3}), x);
}

torch::Tensor affine(const torch::Tensor &x, const torch::Tensor &theta)
{
    auto grid = F::affine_grid(theta.to(x.options()), x.sizes(), /*align_corners=*/false);
    return F::grid_sample(x, grid,
                          F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kZeros).align_corners(false));
}

torch::Tensor scaleTheta(const torch::Tensor &sx, const torch::Tensor &sy)
{
    auto zero = torch::zeros_like(sx);
    auto row0 = torch::stack({sx, zero, zero}, 1);
    auto row1 = torch::stack({zero, sy, zero}, 1);
    return torch::stack({row0, row1}, 1);
}

torch::Tensor rotateTheta(const torch::Tensor &radians)
{
    auto zero = torch::zeros_like(radians);
    // The reference writes sin(-a) for the top-right entry; keep that exact float32 path.
    auto row0 = torch::stack({torch::cos(radians), torch::sin(-radians), zero}, 1);
    auto row1 = torch::stack({torch::sin(radians), torch::cos(radians), zero}, 1);
    return torch::stack({row0, row1}, 1);
}

} // namespace itgan::dsa
