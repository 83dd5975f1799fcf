#pragma once
// VGG of the reference (core/README.md: Networks): Conv3x3 -> norm -> ReLU blocks with 2x2 max pools,
// then Linear(512). Norm instance ("vgg11") or batch ("vgg11bn").
#include "core/nets/ClassifierNet.h"

namespace itgan {

struct VggOptions {
    int64_t channels = 3;
    int64_t numClasses = 10;
    int64_t imageSize = 32;
    NormKind norm = NormKind::Instance;
    int depth = 11; // 11 or 19
};

class VggImpl : public ClassifierNet {
public:
    explicit VggImpl(const VggOptions &options);

    torch::Tensor forward(torch::Tensor x) override;
    torch::Tensor embed(torch::Tensor x) override;
    int64_t embeddingSize() const override { return 512; }
    std::string architecture() const override;

private:
    VggOptions m_options;
    torch::nn::Sequential m_features{nullptr};
    torch::nn::Linear m_classifier{nullptr};
};
TORCH_MODULE(Vgg);

} // namespace itgan
