#pragma once
// The reference ConvNet (core/README.md: Networks): depth x [Conv3x3 -> norm -> activation -> pool],
// flatten, Linear. Layer indices inside `features` match the reference state_dict names.
#include "core/base/ConfigSchema.h"
#include "core/nets/ClassifierNet.h"

namespace itgan {

// The ConvNet variants of the reference code: activation and 2×2 pooling after each block.
enum class ConvActivation { Relu, LeakyRelu, Sigmoid };
enum class ConvPooling { Avg, Max, None };
template <> const std::vector<EnumName<ConvActivation>> &enumNames<ConvActivation>();
template <> const std::vector<EnumName<ConvPooling>> &enumNames<ConvPooling>();

struct ConvNetOptions {
    int64_t channels = 3;
    int64_t numClasses = 10;
    int64_t imageSize = 32;
    int64_t width = 128;
    int64_t depth = 3;
    NormKind norm = NormKind::Instance;
    ConvActivation activation = ConvActivation::Relu;
    ConvPooling pooling = ConvPooling::Avg;
};

class ConvNetImpl : public ClassifierNet {
public:
    explicit ConvNetImpl(const ConvNetOptions &options);

    torch::Tensor forward(torch::Tensor x) override;
    torch::Tensor embed(torch::Tensor x) override;
    int64_t embeddingSize() const override { return m_embeddingSize; }
    std::string architecture() const override;
    const ConvNetOptions &options() const { return m_options; }

private:
    ConvNetOptions m_options;
    int64_t m_embeddingSize = 0;
    torch::nn::Sequential m_features{nullptr};
    // The blocks again, typed, for the fused path (instance norm, ReLU, avg pool).
    struct Block {
        torch::nn::Conv2d conv;
        torch::nn::GroupNorm norm;
        int64_t padding;
    };
    std::vector<Block> m_blocks;
    torch::Tensor fusedEmbed(torch::Tensor x);
    torch::Tensor frozenOrTrainableFeatures(torch::Tensor x);
    bool m_fusable = false;
    torch::nn::Linear m_classifier{nullptr};
};
TORCH_MODULE(ConvNet);

} // namespace itgan
