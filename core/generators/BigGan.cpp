#include "core/generators/BigGan.h"

#include "core/base/Errors.h"
#include "core/kernels/ScaleShiftRelu.h"

namespace itgan {

namespace F = torch::nn::functional;

namespace {

constexpr double kBatchNormMomentum = 0.1;
constexpr double kBatchNormEps = 1e-5;
constexpr int64_t kBottomWidth = 4; // 4x4 -> 8 -> 16 -> 32

torch::Tensor upsampleNearest(const torch::Tensor &x)
{
    return F::interpolate(x, F::InterpolateFuncOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest));
}

torch::Tensor batchNormCore(const torch::Tensor &x, const torch::Tensor &mean, const torch::Tensor &var, bool training)
{
    return torch::batch_norm(x, {}, {}, mean, var, training, kBatchNormMomentum, kBatchNormEps, false);
}

// Whether an eval-mode BN with this gain and bias can take the fused frozen path: float
// CPU input, and no gradient wanted for the BN's own parameters.
bool fusableEvalBatchNorm(bool training, const torch::Tensor &x, const torch::Tensor &gain, const torch::Tensor &bias)
{
    return !training && x.dim() == 4 && x.scalar_type() == torch::kFloat && x.device().is_cpu()
           && (!torch::GradMode::is_enabled() || (!gain.requires_grad() && !bias.requires_grad()));
}

// relu(BN(x)·gain + bias) in eval mode as one scale and shift per (image, channel):
// scale = gain / sqrt(var + eps), shift = bias − mean · scale (gain, bias: [N or 1, C]).
torch::Tensor evalBatchNormRelu(const torch::Tensor &x, const torch::Tensor &mean, const torch::Tensor &var,
                                const torch::Tensor &gain, const torch::Tensor &bias)
{
    torch::Tensor scale, shift;
    {
        torch::NoGradGuard noGrad; // constants of the frozen network
        const std::vector<int64_t> sizes{x.size(0), x.size(1)};
        scale = (gain * torch::rsqrt(var + kBatchNormEps)).expand(sizes).contiguous();
        shift = (bias - mean * scale).expand(sizes).contiguous();
    }
    return frozenScaleShiftRelu(x, scale, shift);
}

} // namespace

ConditionalBatchNormImpl::ConditionalBatchNormImpl(int64_t channels, int64_t numClasses)
{
    m_gain = register_module("gain", torch::nn::Embedding(numClasses, channels));
    m_bias = register_module("bias", torch::nn::Embedding(numClasses, channels));
    {
        torch::NoGradGuard noGrad;
        m_gain->weight.normal_(0.0, 0.02); // 'N02' covers the embeddings too
        m_bias->weight.normal_(0.0, 0.02);
    }
    m_storedMean = register_buffer("stored_mean", torch::zeros({channels}));
    m_storedVar = register_buffer("stored_var", torch::ones({channels}));
}

namespace {

// The class's row of an embedding table; for class weights [N, C] (Generator::
// generateWithClassWeights) their weighted sum of rows — exactly the row for a one-hot weight.
torch::Tensor classRows(torch::nn::Embedding &table, const torch::Tensor &y)
{
    return y.is_floating_point() ? torch::matmul(y, table->weight) : table->forward(y);
}

} // namespace

torch::Tensor ConditionalBatchNormImpl::forward(const torch::Tensor &x, const torch::Tensor &y)
{
    const auto gain = (1 + classRows(m_gain, y)).unsqueeze(-1).unsqueeze(-1);
    const auto bias = classRows(m_bias, y).unsqueeze(-1).unsqueeze(-1);
    return batchNormCore(x, m_storedMean, m_storedVar, is_training()) * gain + bias;
}

torch::Tensor ConditionalBatchNormImpl::forwardRelu(const torch::Tensor &x, const torch::Tensor &y)
{
    if (!fusableEvalBatchNorm(is_training(), x, m_gain->weight, m_bias->weight))
        return torch::relu(forward(x, y));
    torch::Tensor gain, bias;
    {
        torch::NoGradGuard noGrad;
        gain = 1 + classRows(m_gain, y);
        bias = classRows(m_bias, y);
    }
    return evalBatchNormRelu(x, m_storedMean, m_storedVar, gain, bias);
}

OutputBatchNormImpl::OutputBatchNormImpl(int64_t channels)
{
    m_gain = register_parameter("gain", torch::ones({channels}));
    m_bias = register_parameter("bias", torch::zeros({channels}));
    m_storedMean = register_buffer("stored_mean", torch::zeros({channels}));
    m_storedVar = register_buffer("stored_var", torch::ones({channels}));
}

torch::Tensor OutputBatchNormImpl::forward(const torch::Tensor &x)
{
    return batchNormCore(x, m_storedMean, m_storedVar, is_training()) * m_gain.view({1, -1, 1, 1})
           + m_bias.view({1, -1, 1, 1});
}

torch::Tensor OutputBatchNormImpl::forwardRelu(const torch::Tensor &x)
{
    if (!fusableEvalBatchNorm(is_training(), x, m_gain, m_bias))
        return torch::relu(forward(x));
    return evalBatchNormRelu(x, m_storedMean, m_storedVar, m_gain.view({1, -1}), m_bias.view({1, -1}));
}

GeneratorBlockImpl::GeneratorBlockImpl(int64_t in, int64_t out, int64_t numClasses)
{
    m_conv1 = register_module("conv1", SNConv2d(in, out, 3, 1));
    m_conv2 = register_module("conv2", SNConv2d(out, out, 3, 1));
    m_convShortcut = register_module("conv_sc", SNConv2d(in, out, 1, 0));
    m_bn1 = register_module("bn1", ConditionalBatchNorm(in, numClasses));
    m_bn2 = register_module("bn2", ConditionalBatchNorm(out, numClasses));
}

torch::Tensor GeneratorBlockImpl::forward(const torch::Tensor &x, const torch::Tensor &y)
{
    auto h = m_bn1->forwardRelu(x, y);
    h = m_conv1->forward(upsampleNearest(h));
    h = m_conv2->forward(m_bn2->forwardRelu(h, y));
    // The reference upsamples the shortcut, then applies the 1x1 conv. Nearest upsampling
    // only repeats pixels, and a 1x1 conv maps each pixel alone, so the two commute: the
    // same values with a quarter of the shortcut's work, forward and backward.
    return h + upsampleNearest(m_convShortcut->forward(x));
}

BigGanGeneratorImpl::BigGanGeneratorImpl(const BigGanOptions &options) : m_options(options)
{
    if (options.channelWidth < 1 || options.latentSize < 1 || options.numClasses < 1)
        throw ConfigError("BigGAN width, latent size and class count must be positive");
    const int64_t c = 4 * options.channelWidth;
    m_linear = register_module("linear", SNLinear(options.latentSize, c * kBottomWidth * kBottomWidth));
    torch::nn::ModuleList blocks;
    for (int k = 0; k < 3; ++k) {
        torch::nn::ModuleList wrapper; // the reference nests each block in its own list: blocks.k.0
        m_blocks.push_back(GeneratorBlock(c, c, options.numClasses));
        wrapper->push_back(m_blocks.back());
        blocks->push_back(wrapper);
    }
    register_module("blocks", blocks);
    torch::nn::Sequential output;
    m_outputBn = OutputBatchNorm(c);
    m_outputConv = SNConv2d(c, options.outputChannels, 3, 1);
    output->push_back(m_outputBn);
    output->push_back(torch::nn::ReLU());
    output->push_back(m_outputConv);
    register_module("output_layer", output);
}

torch::Tensor BigGanGeneratorImpl::run(const torch::Tensor &z, const torch::Tensor &y)
{
    auto h = m_linear->forward(z).view({z.size(0), -1, kBottomWidth, kBottomWidth});
    for (auto &block : m_blocks)
        h = block->forward(h, y);
    return torch::tanh(m_outputConv->forward(m_outputBn->forwardRelu(h)));
}

void BigGanGeneratorImpl::setWeightsRequireGrad(bool requireGrad)
{
    setModuleWeightsRequireGrad(*this, requireGrad);
}

GeneratorInfo BigGanGeneratorImpl::info() const
{
    int64_t count = 0;
    for (const auto &p : parameters())
        count += p.numel();
    return {"biggan32", "native", m_options.latentSize, m_options.numClasses, m_options.outputChannels, 32, count};
}

std::vector<std::pair<std::string, torch::Tensor>> BigGanGeneratorImpl::evalSigmas()
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &m : named_modules("", false))
        if (auto *sn = dynamic_cast<SpectralNormLayer *>(m.value().get()))
            out.emplace_back(m.key(), sn->evalSigma());
    return out;
}

BigGanOptions bigGanOptionsFromWeights(const std::map<std::string, torch::Tensor> &weights, const std::string &prefix)
{
    auto find = [&](const std::string &key) -> const torch::Tensor & {
        auto it = weights.find(prefix + key);
        if (it == weights.end())
            throw ModelError("not a BigGAN generator state dict: no '" + prefix + key + "' entry");
        return it->second;
    };
    BigGanOptions o;
    const auto &linear = find("linear.weight");
    const auto &gain = find("blocks.0.0.bn1.gain.weight");
    const auto &out = find("output_layer.2.weight");
    if (linear.dim() != 2 || gain.dim() != 2 || out.dim() != 4)
        throw ModelError("BigGAN state dict has unexpected tensor ranks");
    o.latentSize = linear.size(1);
    o.numClasses = gain.size(0);
    o.channelWidth = gain.size(1) / 4;
    o.outputChannels = out.size(0);
    return o;
}

} // namespace itgan
