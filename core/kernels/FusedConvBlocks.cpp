#include "core/kernels/FusedConvBlocks.h"

#include "core/base/Errors.h"
#include "core/kernels/CpuClones.h"

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
ITGAN_CPU_CLONES double planeSum(const float *__restrict__ plane, int64_t n)
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
ITGAN_CPU_CLONES double planeSquaredDeviation(const float *__restrict__ plane,
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

// What a plane's backward needs from its forward: the instance norm's statistics.
struct PlaneStatistic {
    double mean, rstd;
};

// Instance norm + ReLU, in place, on one contiguous H×W plane, then 2×2 average pooling
// into (H/2)×(W/2). Compiled for AVX-512, AVX2 and baseline x86-64; the loader picks.
ITGAN_CPU_CLONES void normReluPoolPlane(float *__restrict__ plane,
                                                                                   int64_t h, int64_t w, float gamma,
                                                                                   float beta, double eps,
                                                                                   float *__restrict__ out,
                                                                                   PlaneStatistic *statistic)
{
    const int64_t n = h * w;
    const double mean = planeSum(plane, n) / static_cast<double>(n);
    const double variance = planeSquaredDeviation(plane, n, static_cast<float>(mean)) / static_cast<double>(n);
    const double rstd = 1.0 / std::sqrt(variance + eps);
    if (statistic)
        *statistic = {mean, rstd};
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
ITGAN_CPU_CLONES void convPlane(const float *__restrict__ padded,
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

// What a plane's backward gives the norm's affine parameters: Σ da and Σ da·x̂ over the
// plane (da = the gradient w.r.t. the normalised value a = γ·x̂ + β), i.e. this plane's
// share of dβ and dγ.
struct PlaneAffineGradient {
    double beta, gamma;
};

// The gradient of one plane's normReluPoolPlane w.r.t. its input, given the pooled
// output's gradient: average pooling spreads a quarter of each output's gradient to its
// 2×2 window (rows/columns beyond the last full window get none), ReLU passes it where
// a = scale·x + shift (computed exactly as the forward did) is positive, giving da, and
// instance norm's backward (biased variance) with dx̂ = γ·da, x̂ = (x − μ)·rstd is
//   dx = rstd·γ·(da − mean(da) − x̂·mean(da·x̂)).
// The same two sums are the plane's share of dβ = Σ da and dγ = Σ da·x̂ (into `affine`
// when given). `work` holds h×w + w floats of scratch; `gradInput` may alias it.
ITGAN_CPU_CLONES void normReluPoolPlaneBackward(
    const float *__restrict__ x, int64_t h, int64_t w, const float *__restrict__ gradOut, float gamma, float beta,
    PlaneStatistic statistic, float *work, float *gradInput, PlaneAffineGradient *affine)
{
    const int64_t n = h * w, ho = h / 2, wo = w / 2;
    const float scale = static_cast<float>(gamma * statistic.rstd);
    const float shift = static_cast<float>(beta - statistic.mean * gamma * statistic.rstd);
    const float mean = static_cast<float>(statistic.mean), rstd = static_cast<float>(statistic.rstd);
    // `spread` = a pooled row's gradient widened to the input row (each value to its two
    // columns, an unpooled last column 0), shared by the window's two input rows; the mask
    // below is then one branch-free select per element, which vectorises.
    float *spread = work + n; // scratch past the plane: `work` holds h×w + w floats
    std::fill_n(spread, w, 0.0f);
    for (int64_t i = 0; i < h; ++i) {
        const float *xr = x + i * w;
        float *dr = work + i * w;
        if (i / 2 >= ho) {
            std::fill_n(dr, w, 0.0f);
            continue;
        }
        if (i % 2 == 0) {
            const float *g = gradOut + (i / 2) * wo;
            for (int64_t j = 0; j < wo; ++j)
                spread[2 * j] = spread[2 * j + 1] = 0.25f * g[j];
        }
        for (int64_t j = 0; j < w; ++j)
            dr[j] = xr[j] * scale + shift > 0.0f ? spread[j] : 0.0f;
    }
    float sumLanes[kLanes] = {}, dotLanes[kLanes] = {};
    int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes)
        for (int64_t k = 0; k < kLanes; ++k) {
            sumLanes[k] += work[i + k];
            dotLanes[k] += work[i + k] * ((x[i + k] - mean) * rstd);
        }
    double sum = 0, dot = 0;
    for (; i < n; ++i) {
        sum += work[i];
        dot += work[i] * ((x[i] - mean) * rstd);
    }
    for (int64_t k = 0; k < kLanes; ++k) {
        sum += sumLanes[k];
        dot += dotLanes[k];
    }
    if (affine)
        *affine = {sum, dot};
    const float meanGrad = static_cast<float>(sum / static_cast<double>(n));
    const float meanDot = static_cast<float>(dot / static_cast<double>(n));
    const float factor = rstd * gamma;
    for (int64_t j = 0; j < n; ++j)
        gradInput[j] = factor * (work[j] - meanGrad - (x[j] - mean) * rstd * meanDot);
}

// The input gradient of convPlane for one output channel: every tap of the 3×3 kernel
// adds weight × (the output plane's gradient, laid out with the padded row stride) into
// the padded input gradient. `stridedGrad`'s two extra columns per row must be zero.
ITGAN_CPU_CLONES void convPlaneBackward(
    const float *__restrict__ stridedGrad, int64_t inChannels, int64_t paddedH, int64_t paddedW, const float *weights,
    float *__restrict__ paddedGradInput)
{
    const int64_t h = paddedH - 2, w = paddedW - 2;
    const int64_t span = (h - 1) * paddedW + w;
    for (int64_t ci = 0; ci < inChannels; ++ci)
        for (int64_t tap = 0; tap < 9; ++tap) {
            const float k = weights[ci * 9 + tap];
            float *g = paddedGradInput + ci * paddedH * paddedW + (tap / 3) * paddedW + tap % 3;
            for (int64_t i = 0; i < span; ++i)
                g[i] += k * stridedGrad[i];
        }
}

// The weight gradient of convPlane for one output channel: for every input channel and
// tap, Σ over the plane of the output's gradient (padded row stride, its two extra columns
// per row zero) times the input at that tap's offset, into `weightGradient` (Cin·9
// doubles, added to).
ITGAN_CPU_CLONES void convPlaneWeightGradient(const float *__restrict__ stridedGrad, const float *__restrict__ padded,
                                              int64_t inChannels, int64_t paddedH, int64_t paddedW,
                                              double *weightGradient)
{
    const int64_t h = paddedH - 2, w = paddedW - 2;
    const int64_t span = (h - 1) * paddedW + w;
    for (int64_t ci = 0; ci < inChannels; ++ci)
        for (int64_t tap = 0; tap < 9; ++tap) {
            const float *x = padded + ci * paddedH * paddedW + (tap / 3) * paddedW + tap % 3;
            float lanes[kLanes] = {};
            int64_t i = 0;
            for (; i + kLanes <= span; i += kLanes)
                for (int64_t k = 0; k < kLanes; ++k)
                    lanes[k] += stridedGrad[i + k] * x[i + k];
            double total = 0;
            for (; i < span; ++i)
                total += stridedGrad[i] * x[i];
            for (float lane : lanes)
                total += lane;
            weightGradient[ci * 9 + tap] += total;
        }
}

void checkBlockInputs(const torch::Tensor &x, const torch::Tensor &gamma, const torch::Tensor &beta, int64_t channels)
{
    if (x.dim() != 4 || x.scalar_type() != torch::kFloat || !x.device().is_cpu())
        throw ModelError("fused ConvNet block: expected a float CPU tensor [N,C,H,W], got " + c10::str(x.sizes()));
    if (gamma.numel() != channels || beta.numel() != channels)
        throw ModelError("fused ConvNet block: " + std::to_string(channels) + " channels but "
                         + std::to_string(gamma.numel()) + " norm weights");
}

// A [N, C, 2] double tensor of per-plane (mean, 1/std), or null when not asked for.
PlaneStatistic *statisticsFor(torch::Tensor *statistics, int64_t n, int64_t c)
{
    if (!statistics)
        return nullptr;
    *statistics = torch::empty({n, c, 2}, torch::kDouble);
    return reinterpret_cast<PlaneStatistic *>(statistics->data_ptr<double>());
}

const PlaneStatistic *checkedStatistics(const torch::Tensor &statistics, int64_t n, int64_t c)
{
    if (statistics.scalar_type() != torch::kDouble || !statistics.is_contiguous() || statistics.numel() != n * c * 2)
        throw ModelError("fused ConvNet block backward: statistics " + c10::str(statistics.sizes()) + " do not belong to "
                         + std::to_string(n) + " images of " + std::to_string(c) + " channels");
    return reinterpret_cast<const PlaneStatistic *>(statistics.data_ptr<double>());
}

void checkGradOutput(const torch::Tensor &gradOut, int64_t n, int64_t c, int64_t h, int64_t w)
{
    if (gradOut.sizes() != torch::IntArrayRef{n, c, h / 2, w / 2})
        throw ModelError("fused ConvNet block backward: output gradient " + c10::str(gradOut.sizes()) + " for an input of "
                         + c10::str(torch::IntArrayRef{n, c, h, w}));
}

struct FirstBlockShape {
    int64_t n, cin, h, w, cout, ph, pw, convH, convW;
};

FirstBlockShape checkFirstBlock(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &gamma,
                                const torch::Tensor &beta, int64_t padding)
{
    const int64_t cout = weight.dim() == 4 ? weight.size(0) : 0;
    checkBlockInputs(x, gamma, beta, cout);
    const int64_t n = x.size(0), cin = x.size(1), h = x.size(2), w = x.size(3);
    if (weight.dim() != 4 || weight.size(1) != cin || weight.size(2) != 3 || weight.size(3) != 3 || cin > 4)
        throw ModelError("fused ConvNet block: expected 3x3 weights over at most 4 input channels, got "
                         + c10::str(weight.sizes()) + " for input " + c10::str(x.sizes()));
    const int64_t ph = h + 2 * padding, pw = w + 2 * padding;
    return {n, cin, h, w, cout, ph, pw, ph - 2, pw - 2};
}

torch::Tensor floatParameter(const torch::Tensor &t)
{
    return t.detach().to(torch::kFloat).contiguous();
}

// Copies image `img` of x (cin planes h×w) into the zero-padded buffer (cin planes ph×pw).
void padImage(const float *src, const FirstBlockShape &s, int64_t img, int64_t padding, std::vector<float> &padded)
{
    std::fill(padded.begin(), padded.end(), 0.0f);
    for (int64_t ci = 0; ci < s.cin; ++ci)
        for (int64_t i = 0; i < s.h; ++i)
            std::copy_n(src + ((img * s.cin + ci) * s.h + i) * s.w, s.w,
                        padded.data() + (ci * s.ph + i + padding) * s.pw + padding);
}

} // namespace

torch::Tensor instanceNormReluAvgPool(const torch::Tensor &input, const torch::Tensor &gammaIn,
                                      const torch::Tensor &betaIn, double eps, torch::Tensor *statistics)
{
    const auto x = input.contiguous();
    const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    checkBlockInputs(x, gammaIn, betaIn, c);
    const auto gamma = floatParameter(gammaIn), beta = floatParameter(betaIn);
    auto out = torch::empty({n, c, h / 2, w / 2}, x.options());
    PlaneStatistic *stats = statisticsFor(statistics, n, c);
    const float *src = x.data_ptr<float>(), *g = gamma.data_ptr<float>(), *b = beta.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    const int64_t planeIn = h * w, planeOut = (h / 2) * (w / 2);
    at::parallel_for(0, n * c, 16, [&](int64_t begin, int64_t end) {
        std::vector<float> scratch(static_cast<size_t>(planeIn)); // the input stays untouched
        for (int64_t p = begin; p < end; ++p) {
            std::copy_n(src + p * planeIn, planeIn, scratch.data());
            normReluPoolPlane(scratch.data(), h, w, g[p % c], b[p % c], eps, dst + p * planeOut,
                              stats ? stats + p : nullptr);
        }
    });
    return out;
}

torch::Tensor instanceNormReluAvgPoolBackward(const torch::Tensor &gradOutput, const torch::Tensor &input,
                                              const torch::Tensor &gammaIn, const torch::Tensor &betaIn,
                                              const torch::Tensor &statistics, NormAffineGradients *affineGradients)
{
    const auto x = input.contiguous();
    const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    checkBlockInputs(x, gammaIn, betaIn, c);
    checkGradOutput(gradOutput, n, c, h, w);
    const PlaneStatistic *stats = checkedStatistics(statistics, n, c);
    const auto gradOut = gradOutput.to(torch::kFloat).contiguous();
    const auto gamma = floatParameter(gammaIn), beta = floatParameter(betaIn);
    auto gradInput = torch::empty_like(x);
    // Per plane (Σ da, Σ da·x̂), summed over the images below in a fixed order, so the
    // parameter gradients do not depend on the thread count.
    torch::Tensor planeSums = affineGradients ? torch::empty({n, c, 2}, torch::kDouble) : torch::Tensor();
    auto *affine = affineGradients ? reinterpret_cast<PlaneAffineGradient *>(planeSums.data_ptr<double>()) : nullptr;
    const float *src = x.data_ptr<float>(), *go = gradOut.data_ptr<float>(), *g = gamma.data_ptr<float>(),
                *b = beta.data_ptr<float>();
    float *gi = gradInput.data_ptr<float>();
    const int64_t planeIn = h * w, planeOut = (h / 2) * (w / 2);
    at::parallel_for(0, n * c, 16, [&](int64_t begin, int64_t end) {
        std::vector<float> work(static_cast<size_t>(planeIn + w));
        for (int64_t p = begin; p < end; ++p)
            normReluPoolPlaneBackward(src + p * planeIn, h, w, go + p * planeOut, g[p % c], b[p % c], stats[p],
                                      work.data(), gi + p * planeIn, affine ? affine + p : nullptr);
    });
    if (affineGradients) {
        const auto perChannel = planeSums.sum(0); // [C, 2]
        affineGradients->beta = perChannel.select(1, 0).to(gammaIn.scalar_type()).reshape(betaIn.sizes());
        affineGradients->gamma = perChannel.select(1, 1).to(gammaIn.scalar_type()).reshape(gammaIn.sizes());
    }
    return gradInput;
}

torch::Tensor firstConvBlock(const torch::Tensor &input, const torch::Tensor &weightIn, const torch::Tensor &biasIn,
                             int64_t padding, const torch::Tensor &gammaIn, const torch::Tensor &betaIn, double eps,
                             torch::Tensor *statistics)
{
    const auto x = input.contiguous();
    const auto weight = floatParameter(weightIn);
    const FirstBlockShape s = checkFirstBlock(x, weight, gammaIn, betaIn, padding);
    const auto bias = floatParameter(biasIn), gamma = floatParameter(gammaIn), beta = floatParameter(betaIn);
    auto out = torch::empty({s.n, s.cout, s.convH / 2, s.convW / 2}, x.options());
    PlaneStatistic *stats = statisticsFor(statistics, s.n, s.cout);
    const float *src = x.data_ptr<float>(), *wt = weight.data_ptr<float>(), *bs = bias.data_ptr<float>(),
                *g = gamma.data_ptr<float>(), *b = beta.data_ptr<float>();
    float *dst = out.data_ptr<float>();
    const int64_t planeOut = (s.convH / 2) * (s.convW / 2);
    at::parallel_for(0, s.n, 1, [&](int64_t begin, int64_t end) {
        std::vector<float> padded(static_cast<size_t>(s.cin * s.ph * s.pw)), strided(static_cast<size_t>(s.ph * s.pw)),
            plane(static_cast<size_t>(s.convH * s.convW));
        for (int64_t img = begin; img < end; ++img) {
            padImage(src, s, img, padding, padded);
            for (int64_t co = 0; co < s.cout; ++co) {
                const int64_t p = img * s.cout + co;
                convPlane(padded.data(), s.cin, s.ph, s.pw, wt + co * s.cin * 9, bs[co], strided.data(), plane.data());
                normReluPoolPlane(plane.data(), s.convH, s.convW, g[co], b[co], eps, dst + p * planeOut,
                                  stats ? stats + p : nullptr);
            }
        }
    });
    return out;
}

FirstBlockGradients firstConvBlockGradients(const torch::Tensor &gradOutput, const torch::Tensor &input,
                                            const torch::Tensor &weightIn, const torch::Tensor &biasIn, int64_t padding,
                                            const torch::Tensor &gammaIn, const torch::Tensor &betaIn,
                                            const torch::Tensor &statistics, bool inputGradient, bool parameterGradients)
{
    const auto x = input.contiguous();
    const auto weight = floatParameter(weightIn);
    const FirstBlockShape s = checkFirstBlock(x, weight, gammaIn, betaIn, padding);
    checkGradOutput(gradOutput, s.n, s.cout, s.convH, s.convW);
    const PlaneStatistic *stats = checkedStatistics(statistics, s.n, s.cout);
    const auto gradOut = gradOutput.to(torch::kFloat).contiguous();
    const auto bias = floatParameter(biasIn), gamma = floatParameter(gammaIn), beta = floatParameter(betaIn);
    FirstBlockGradients result;
    if (inputGradient)
        result.input = torch::empty_like(x);
    // Per image and output channel: the Cin·9 weight gradients, then Σ dconv (bias), Σ da (β),
    // Σ da·x̂ (γ); summed over the images below in a fixed order, so the gradients do not
    // depend on the thread count.
    const int64_t perChannel = s.cin * 9 + 3;
    torch::Tensor parameterSums = parameterGradients ? torch::zeros({s.n, s.cout, perChannel}, torch::kDouble) : torch::Tensor();
    double *sums = parameterGradients ? parameterSums.data_ptr<double>() : nullptr;
    const float *src = x.data_ptr<float>(), *go = gradOut.data_ptr<float>(), *wt = weight.data_ptr<float>(),
                *bs = bias.data_ptr<float>(), *g = gamma.data_ptr<float>(), *b = beta.data_ptr<float>();
    float *gi = inputGradient ? result.input.data_ptr<float>() : nullptr;
    const int64_t planeOut = (s.convH / 2) * (s.convW / 2);
    // Per image, everything stays in the L1/L2 cache: each output channel's convolution is
    // recomputed (9·Cin multiply-adds per pixel) instead of saving the 128×H×W activation.
    at::parallel_for(0, s.n, 1, [&](int64_t begin, int64_t end) {
        const size_t paddedSize = static_cast<size_t>(s.cin * s.ph * s.pw), planeSize = static_cast<size_t>(s.ph * s.pw);
        std::vector<float> padded(paddedSize), paddedGrad(paddedSize), strided(planeSize),
            plane(static_cast<size_t>(s.convH * s.convW)), planeGrad(plane.size() + s.convW), stridedGrad(planeSize, 0.0f);
        for (int64_t img = begin; img < end; ++img) {
            padImage(src, s, img, padding, padded);
            std::fill(paddedGrad.begin(), paddedGrad.end(), 0.0f);
            for (int64_t co = 0; co < s.cout; ++co) {
                const int64_t p = img * s.cout + co;
                const float *kernel = wt + co * s.cin * 9;
                convPlane(padded.data(), s.cin, s.ph, s.pw, kernel, bs[co], strided.data(), plane.data());
                PlaneAffineGradient affine{};
                normReluPoolPlaneBackward(plane.data(), s.convH, s.convW, go + p * planeOut, g[co], b[co], stats[p],
                                          planeGrad.data(), planeGrad.data(), sums ? &affine : nullptr);
                for (int64_t i = 0; i < s.convH; ++i) // the two extra columns per row stay zero
                    std::copy_n(planeGrad.data() + i * s.convW, s.convW, stridedGrad.data() + i * s.pw);
                if (gi)
                    convPlaneBackward(stridedGrad.data(), s.cin, s.ph, s.pw, kernel, paddedGrad.data());
                if (sums) {
                    double *own = sums + p * perChannel;
                    convPlaneWeightGradient(stridedGrad.data(), padded.data(), s.cin, s.ph, s.pw, own);
                    own[s.cin * 9] = planeSum(planeGrad.data(), s.convH * s.convW);
                    own[s.cin * 9 + 1] = affine.beta;
                    own[s.cin * 9 + 2] = affine.gamma;
                }
            }
            if (!gi)
                continue;
            for (int64_t ci = 0; ci < s.cin; ++ci)
                for (int64_t i = 0; i < s.h; ++i)
                    std::copy_n(paddedGrad.data() + (ci * s.ph + i + padding) * s.pw + padding, s.w,
                                gi + ((img * s.cin + ci) * s.h + i) * s.w);
        }
    });
    if (parameterGradients) {
        const auto total = parameterSums.sum(0).to(weightIn.scalar_type()); // [Cout, Cin·9 + 3]
        result.weight = total.narrow(1, 0, s.cin * 9).reshape(weightIn.sizes()).contiguous();
        result.bias = total.select(1, s.cin * 9).reshape(biasIn.sizes()).contiguous();
        result.beta = total.select(1, s.cin * 9 + 1).reshape(betaIn.sizes()).contiguous();
        result.gamma = total.select(1, s.cin * 9 + 2).reshape(gammaIn.sizes()).contiguous();
    }
    return result;
}

torch::Tensor firstConvBlockBackward(const torch::Tensor &gradOutput, const torch::Tensor &input,
                                     const torch::Tensor &weight, const torch::Tensor &bias, int64_t padding,
                                     const torch::Tensor &gamma, const torch::Tensor &beta,
                                     const torch::Tensor &statistics)
{
    return firstConvBlockGradients(gradOutput, input, weight, bias, padding, gamma, beta, statistics, true, false).input;
}

} // namespace itgan
