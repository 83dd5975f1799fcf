#include "core/generators/SpectralNorm.h"

#include "core/kernels/WinogradConv.h"

#include <cmath>

namespace itgan {

namespace {

namespace F = torch::nn::functional;

torch::Tensor normalise(const torch::Tensor &v)
{
    return F::normalize(v, F::NormalizeFuncOptions().dim(1).eps(kSpectralNormEps));
}

struct PowerStep {
    torch::Tensor sigma; // differentiable in W
    torch::Tensor u;     // the next u0
};

// One power-iteration step (the reference's num_itrs = 1): u and v carry no gradient.
PowerStep powerStep(const torch::Tensor &weight, const torch::Tensor &u0)
{
    const auto w = weight.view({weight.size(0), -1});
    torch::Tensor v, u;
    {
        torch::NoGradGuard noGrad;
        v = normalise(torch::matmul(u0, w));
        u = normalise(torch::matmul(v, w.t()));
    }
    return {torch::matmul(torch::matmul(v, w.t()), u.t()).squeeze(), u};
}

} // namespace

void SpectralNormLayer::createParameters(std::vector<int64_t> weightShape, int64_t fanIn)
{
    const int64_t out = weightShape.front();
    weight = register_parameter("weight", torch::empty(weightShape));
    bias = register_parameter("bias", torch::empty({out}));
    u0 = register_buffer("u0", torch::randn({1, out}));
    sv0 = register_buffer("sv0", torch::ones({1}));
    torch::NoGradGuard noGrad;
    weight.normal_(0.0, 0.02);
    const double bound = 1.0 / std::sqrt(static_cast<double>(fanIn));
    bias.uniform_(-bound, bound);
}

torch::Tensor SpectralNormLayer::normalisedWeight()
{
    const PowerStep step = powerStep(weight, u0);
    if (is_training()) {
        torch::NoGradGuard noGrad;
        u0.copy_(step.u);
        sv0.copy_(step.sigma.detach().view({1}));
    }
    return weight / step.sigma;
}

torch::Tensor SpectralNormLayer::evalSigma()
{
    torch::NoGradGuard noGrad;
    return powerStep(weight, u0).sigma;
}

SNLinearImpl::SNLinearImpl(int64_t in, int64_t out)
{
    createParameters({out, in}, in);
}

torch::Tensor SNLinearImpl::forward(const torch::Tensor &x)
{
    return F::linear(x, normalisedWeight(), bias);
}

SNConv2dImpl::SNConv2dImpl(int64_t in, int64_t out, int64_t kernel, int64_t padding, int64_t stride)
    : m_padding(padding), m_stride(stride)
{
    createParameters({out, in, kernel, kernel}, in * kernel * kernel);
}

torch::Tensor SNConv2dImpl::forward(const torch::Tensor &x)
{
    const auto w = normalisedWeight();
    // A frozen generator in eval mode (inversion, IT-GAN, sampling) convolves through
    // Winograd (core/kernels/WinogradConv.h); GAN training keeps LibTorch's convolution.
    if (!is_training() && winogradApplies(x, w, bias, m_stride))
        return winogradConv2d(x, w, bias, m_padding);
    return F::conv2d(x, w, F::Conv2dFuncOptions().bias(bias).padding(m_padding).stride(m_stride));
}

} // namespace itgan
