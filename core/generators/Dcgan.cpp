#include "core/generators/Dcgan.h"

#include "core/base/Errors.h"

namespace itgan {

namespace nn = torch::nn;

DcganGeneratorImpl::DcganGeneratorImpl(const DcganOptions &options) : m_options(options)
{
    if (options.width < 2 || options.latentSize < 1 || options.numClasses < 1)
        throw ConfigError("DCGAN width (>= 2), latent size and class count must be positive");
    const int64_t w = options.width;
    const int64_t channels[4] = {4 * w, 2 * w, w, w / 2}; // at 4, 8, 16, 32 pixels
    m_linear = register_module("linear", nn::Linear(options.latentSize, channels[0] * 16));
    for (int k = 0; k < 3; ++k) {
        m_norms.push_back(register_module("bn" + std::to_string(k), ConditionalBatchNorm(channels[k], options.numClasses)));
        m_ups.push_back(register_module(
            "up" + std::to_string(k),
            nn::ConvTranspose2d(nn::ConvTranspose2dOptions(channels[k], channels[k + 1], 4).stride(2).padding(1))));
    }
    m_outputBn = register_module("output_bn", OutputBatchNorm(channels[3]));
    m_outputConv = register_module("output_conv",
                                   nn::Conv2d(nn::Conv2dOptions(channels[3], options.outputChannels, 3).padding(1)));
    // DCGAN initialisation: N(0, 0.02) weights.
    torch::NoGradGuard noGrad;
    for (auto &p : named_parameters())
        if (p.key().find("weight") != std::string::npos && p.value().dim() > 1)
            p.value().normal_(0.0, 0.02);
}

torch::Tensor DcganGeneratorImpl::run(const torch::Tensor &z, const torch::Tensor &y)
{
    auto h = m_linear->forward(z).view({z.size(0), -1, 4, 4});
    for (size_t k = 0; k < m_ups.size(); ++k)
        h = m_ups[k]->forward(torch::relu(m_norms[k]->forward(h, y)));
    return torch::tanh(m_outputConv->forward(torch::relu(m_outputBn->forward(h))));
}

void DcganGeneratorImpl::setWeightsRequireGrad(bool requireGrad)
{
    setModuleWeightsRequireGrad(*this, requireGrad);
}

GeneratorInfo DcganGeneratorImpl::info() const
{
    int64_t count = 0;
    for (const auto &p : parameters())
        count += p.numel();
    return {"dcgan32", "native", m_options.latentSize, m_options.numClasses, m_options.outputChannels, 32, count};
}

} // namespace itgan
