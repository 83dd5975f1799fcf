#include "core/FusedConvBlocks.h"

#include "core/Errors.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace itgan {
namespace {

constexpr int64_t kLanes = 16; // independent partial sums: lets the compiler vectorise the reductions

// Σ plane[i] over a contiguous plane, in float lanes summed in double. (Two separate
// branch-free loops: with the squared/not-squared choice inside one loop, GCC kept the
// reduction scalar.)
__attribute__((target_clones("avx512f", "avx2", "default"))) double planeSum(const float *__restrict__ plane, int64_t n)
{
    float lanes[kLanes] = {};
    int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (int64_t k = 0; k < kLanes; ++k)
            lanes[k] += plane[i + k];
    double total = 0;
    for (; i < n; ++i)
        total += plane[i];
    for (float lane : lanes)
        total += lane;
    return total;
}

// Σ (plane[i] − centre)², the same way.
__attribute__((target_clones("avx512f", "avx2", "default"))) double planeSquaredDeviation(const float *__restrict__ plane,
                                                                                         int64_t n, float centre)
{
    float lanes[kLanes] = {};
    int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (int64_t k = 0; k < kLanes; ++k) {
            const float d = plane[i + k] - centre;
            lanes[k] += d * d;
        }
    double total = 0;
    for (; i < n; ++i) {
        const double d = plane[i] - centre;
        total += d * d;
    }
    for (float lane : lanes)
        total += lane;
    return total;
}

// Instance norm + ReLU, in place, on one contiguous H×W plane, then 2×2 average pooling
// into (H/2)×(W/2). Compiled for AVX-512, AVX2 and baseline x86-64; the loader picks.
__attribute__((target_clones("avx512f", "avx2", "default"))) void normReluPoolPlane(float *__restrict__ plane,
                                                                                   int64_t h, int64_t w, float gamma,
                                                                                   float beta, double eps,
                                                                                   float *__restrict__ out)
{
    const int64_t n = h * w;
    const double mean = planeSum(plane, n) / static_cast<double>(n);
    const double variance = planeSquaredDeviation(plane, n, static_cast<float>(mean)) / static_cast<double>(n);
    const double rstd = 1.0 / std::sqrt(variance + eps);
    const float scale = static_cast<float>(gamma * rstd);
    const float shift = static_cast<float>(beta - mean * gamma * rstd);
    for (int64_t i = 0; i < n; ++i)
        plane[i] = std::max(0.0f, plane[i] * scale + shift);
    const int64_t ho = h / 2, wo = w / 2;
    for (int64_t i = 0; i < ho; ++i) {
        const float *top = plane + 2 * i * w, *bottom = top + w;
        float *row = out + i * wo;
        for (int64_t j = 0; j < wo; ++j)
            row[j] = 0.25f * ((top[2 * j] + top[2 * j + 1]) + (bottom[2 * j] + bottom[2 * j + 1]));
    }
}

// One output plane of a 3×3 convolution over `inChannels` zero-padded input planes (each
// paddedH × paddedW), plus bias. Computed with the padded row stride, so the nine taps
// are one long loop over the plane with every output stored once (the two extra columns
// of each row are scratch); then compacted to h × w.
__attribute__((target_clones("avx512f", "avx2", "default"))) void convPlane(const float *__restrict__ padded,
                                                                           int64_t inChannels, int64_t paddedH,
                                                                           int64_t paddedW, const float *weights,
                                                                           float bias, float *__restrict__ strided,
                                                                           float *__restrict__ plane)
{
    const int64_t h = paddedH - 2, w = paddedW - 2;
    const int64_t span = (h - 1) * paddedW + w; // last needed element + 1
    const int64_t s1 = paddedW, s2 = 2 * paddedW;
    for (int64_t ci = 0; ci < inChannels; ++ci) {
        const float *k = weights + ci * 9;
        const float *x = padded + ci * paddedH * paddedW;
        const float base = ci == 0 ? bias : 0.0f;
        if (ci == 0) {
            for (int64_t i = 0; i < span; ++i)
                strided[i] = base + (k[0] * x[i] + k[1] * x[i + 1] + k[2] * x[i + 2])
                             + (k[3] * x[i + s1] + k[4] * x[i + s1 + 1] + k[5] * x[i + s1 + 2])
                             + (k[6] * x[i + s2] + k[7] * x[i + s2 + 1] + k[8] * x[i + s2 + 2]);
        } else {
            for (int64_t i = 0; i < span; ++i)
                strided[i] += (k[0] * x[i] + k[1] * x[i + 1] + k[2] * x[i + 2])
                              + (k[3] * x[i + s1] + k[4] * x[i + s1 + 1] + k[5] * x[i + s1 + 2])
                              + (k[6] * x[i + s2] + k[7] * x[i + s2 + 1] + k[8] * x[i + s2 + 2]);
        }
    }
    for (int64_t i = 0; i < h; ++i)
        std::copy_n(strided + i * paddedW, w, plane + i * w);
}

void checkBlockInputs(const torch::Tensor &x, const torch::Tensor &gamma, const torch::Tensor &beta, int64_t channels)
{
    if (x.dim() != 4 || x.scalar_type() != torch::kFloat || !x.device().is_cpu())
        throw ModelError("fused ConvNet block: expected a float CPU tensor [N,C,H,W], got " + c10::str(x.sizes()));
    if (gamma.numel() != channels || beta.numel() != channels)
        throw ModelError("fused ConvNet block: " + std::to_string(channels) + " channels but "
                         + std::to_string(gamma.numel()) + " norm weights");
}

} // namespace

torch::Tensor instanceNormReluAvgPool(const torch::Tensor &input, const torch::Tensor &gammaIn,
                                      const torch::Tensor &betaIn, double eps)
{
    const auto x = input.contiguous();
    const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    checkBlockInputs(x, gammaIn, betaIn, c);
    const auto gamma = gammaIn.detach().to(torch::kFloat).contiguous(), beta = betaIn.detach().to(torch::kFloat).contiguous();
    auto out = torch::empty({n, c, h / 2, w / 2}, x.options());
    const float *src = x.data_ptr<float>(), *g = gamma.data_ptr<float>(), *b = beta.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    const int64_t planeIn = h * w, planeOut = (h / 2) * (w / 2);
    at::parallel_for(0, n * c, 16, [&](int64_t begin, int64_t end) {
        std::vector<float> scratch(static_cast<size_t>(planeIn)); // the input stays untouched
        for (int64_t p = begin; p < end; ++p) {
            std::copy_n(src + p * planeIn, planeIn, scratch.data());
            normReluPoolPlane(scratch.data(), h, w, g[p % c], b[p % c], eps, dst + p * planeOut);
        }
    });
    return out;
}

torch::Tensor firstConvBlock(const torch::Tensor &input, const torch::Tensor &weightIn, const torch::Tensor &biasIn,
                             int64_t padding, const torch::Tensor &gammaIn, const torch::Tensor &betaIn, double eps)
{
    const auto x = input.contiguous();
    const int64_t n = x.size(0), cin = x.size(1), h = x.size(2), w = x.size(3);
    const auto weight = weightIn.detach().to(torch::kFloat).contiguous();
    const int64_t cout = weight.size(0);
    checkBlockInputs(x, gammaIn, betaIn, cout);
    if (weight.dim() != 4 || weight.size(1) != cin || weight.size(2) != 3 || weight.size(3) != 3 || cin > 4)
        throw ModelError("fused ConvNet block: expected 3x3 weights over at most 4 input channels, got "
                         + c10::str(weight.sizes()) + " for input " + c10::str(x.sizes()));
    const auto bias = biasIn.detach().to(torch::kFloat).contiguous();
    const auto gamma = gammaIn.detach().to(torch::kFloat).contiguous(), beta = betaIn.detach().to(torch::kFloat).contiguous();
    const int64_t ph = h + 2 * padding, pw = w + 2 * padding, convH = ph - 2, convW = pw - 2;
    auto out = torch::empty({n, cout, convH / 2, convW / 2}, x.options());
    const float *src = x.data_ptr<float>(), *wt = weight.data_ptr<float>(), *bs = bias.data_ptr<float>(),
                *g = gamma.data_ptr<float>(), *b = beta.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    const int64_t planeOut = (convH / 2) * (convW / 2);
    at::parallel_for(0, n, 1, [&](int64_t begin, int64_t end) {
        std::vector<float> padded(static_cast<size_t>(cin * ph * pw)), strided(static_cast<size_t>(ph * pw)),
            plane(static_cast<size_t>(convH * convW));
        for (int64_t img = begin; img < end; ++img) {
            std::fill(padded.begin(), padded.end(), 0.0f);
            for (int64_t ci = 0; ci < cin; ++ci)
                for (int64_t i = 0; i < h; ++i)
                    std::copy_n(src + ((img * cin + ci) * h + i) * w, w,
                                padded.data() + (ci * ph + i + padding) * pw + padding);
            for (int64_t co = 0; co < cout; ++co) {
                convPlane(padded.data(), cin, ph, pw, wt + co * cin * 9, bs[co], strided.data(), plane.data());
                normReluPoolPlane(plane.data(), convH, convW, g[co], b[co], eps, dst + (img * cout + co) * planeOut);
            }
        }
    });
    return out;
}

} // namespace itgan
