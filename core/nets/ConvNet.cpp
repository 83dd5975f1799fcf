#include "core/nets/ConvNet.h"

#include "core/base/Errors.h"
#include "core/kernels/FusedConvBlocks.h"
#include "core/kernels/WinogradConv.h"


namespace itgan {

template <>
const std::vector<EnumName<ConvActivation>> &enumNames<ConvActivation>()
{
    static const std::vector<EnumName<ConvActivation>> names{
        {ConvActivation::Relu, "relu"}, {ConvActivation::LeakyRelu, "leakyrelu"}, {ConvActivation::Sigmoid, "sigmoid"}};
    return names;
}

template <>
const std::vector<EnumName<ConvPooling>> &enumNames<ConvPooling>()
{
    static const std::vector<EnumName<ConvPooling>> names{
        {ConvPooling::Avg, "avg"}, {ConvPooling::Max, "max"}, {ConvPooling::None, "none"}};
    return names;
}

namespace nn = torch::nn;

ConvNetImpl::ConvNetImpl(const ConvNetOptions &options) : m_options(options)
{
    if (options.depth < 1 || options.width < 1)
        throw ConfigError("ConvNet width and depth must be positive");
    m_features = nn::Sequential();
    int64_t inChannels = options.channels;
    int64_t side = options.imageSize;
    for (int64_t d = 0; d < options.depth; ++d) {
        // The reference pads 1-channel inputs by 3 in the first conv, so 28x28 becomes
        // 32x32 and the embedding keeps its 2048 size.
        const int64_t padding = (options.channels == 1 && d == 0) ? 3 : 1;
        nn::Conv2d conv(nn::Conv2dOptions(inChannels, options.width, 3).padding(padding));
        m_features->push_back(conv);
        side += 2 * padding - 2;
        if (options.norm == NormKind::Instance) {
            nn::GroupNorm norm(nn::GroupNormOptions(options.width, options.width).affine(true));
            m_features->push_back(norm);
            m_blocks.push_back({conv, norm, padding});
        } else if (options.norm != NormKind::None) {
            m_features->push_back(makeNorm2d(options.norm, options.width, side, side));
        }
        switch (options.activation) {
        case ConvActivation::Relu: m_features->push_back(nn::ReLU()); break;
        case ConvActivation::LeakyRelu:
            m_features->push_back(nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(0.01)));
            break;
        case ConvActivation::Sigmoid: m_features->push_back(nn::Sigmoid()); break;
        }
        if (options.pooling == ConvPooling::Avg) {
            m_features->push_back(nn::AvgPool2d(nn::AvgPool2dOptions(2).stride(2)));
            side /= 2;
        } else if (options.pooling == ConvPooling::Max) {
            m_features->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(2).stride(2)));
            side /= 2;
        }
        if (side < 1)
            throw ConfigError("ConvNet depth " + std::to_string(options.depth) + " is too deep for "
                              + std::to_string(options.imageSize) + "x" + std::to_string(options.imageSize) + " images");
        inChannels = options.width;
    }
    m_fusable = options.norm == NormKind::Instance && options.activation == ConvActivation::Relu
                && options.pooling == ConvPooling::Avg;
    m_embeddingSize = options.width * side * side;
    register_module("features", m_features);
    m_classifier = register_module("classifier", nn::Linear(m_embeddingSize, options.numClasses));
}

torch::Tensor ConvNetImpl::fusedEmbed(torch::Tensor x)
{
    // The first block (1 to 4 input channels) as one kernel; the wide convolutions through
    // Winograd where the CPU has it (forward and every gradient), then the fused norm + ReLU +
    // pooling. Frozen (DM, IT-GAN, inversion) or trained (a classifier in evaluation) alike.
    for (size_t d = 0; d < m_blocks.size(); ++d) {
        Block &b = m_blocks[d];
        const double eps = b.norm->options.eps();
        if (d == 0 && x.size(1) <= 4) {
            x = fusedFirstConvBlock(x, b.conv->weight, b.conv->bias, b.padding, b.norm->weight, b.norm->bias, eps);
            continue;
        }
        x = fusedInstanceNormReluAvgPool(convolveFast(*b.conv, x), b.norm->weight, b.norm->bias, eps);
    }
    return x.flatten(1);
}

torch::Tensor ConvNetImpl::embed(torch::Tensor x)
{
    // Instance norm + ReLU + average pooling (the default ConvNet) always takes the fused
    // blocks: the same math with far less memory traffic, forward and backward
    // (core/kernels/FusedConvBlocks.h), and the wide 3×3 convolutions use Winograd's
    // algorithm where the CPU has it (core/kernels/WinogradConv.h). The whole
    // batch goes through at once: cache-sized chunks measured no faster alone, and much
    // slower with another job on the machine (each chunk adds OpenMP barriers that wait for
    // a descheduled thread). Other variants take the modules.
    if (m_fusable && x.scalar_type() == torch::kFloat && x.device().is_cpu())
        return fusedEmbed(x);
    // flatten (not view): augmented 1-channel batches may carry channels-last strides.
    return frozenOrTrainableFeatures(x).flatten(1);
}

torch::Tensor ConvNetImpl::frozenOrTrainableFeatures(torch::Tensor x)
{
    // Blocks the fused path does not cover (other norms, activations, pooling): the wide 3×3
    // convolutions still go through Winograd; the rest takes the modules as they are.
    return forwardConvolvingFast(m_features, x);
}

torch::Tensor ConvNetImpl::forward(torch::Tensor x)
{
    return m_classifier->forward(embed(x));
}

std::string ConvNetImpl::architecture() const
{
    return "convnet:width=" + std::to_string(m_options.width) + ",depth=" + std::to_string(m_options.depth)
           + ",norm=" + normKindName(m_options.norm) + ",act=" + enumName(m_options.activation) + ",pool=" + enumName(m_options.pooling);
}

} // namespace itgan
