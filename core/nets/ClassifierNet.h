#pragma once
// The common face of every classifier in the zoo: logits, and the feature embedding
// that distribution matching and GAN inversion compare (ConvNet: 2048-d).
#include "core/base/TorchInclude.h"

#include <string>

namespace itgan {

class ClassifierNet : public torch::nn::Module {
public:
    virtual torch::Tensor forward(torch::Tensor x) = 0; // logits [N, classes]
    virtual torch::Tensor embed(torch::Tensor x) = 0;   // features [N, embeddingSize()]
    virtual int64_t embeddingSize() const = 0;
    virtual std::string architecture() const = 0;      // canonical factory name
};

using ClassifierPtr = std::shared_ptr<ClassifierNet>;

enum class NormKind { Instance, Batch, Layer, Group, None };

NormKind parseNormKind(const std::string &name); // instance|batch|layer|group|none
std::string normKindName(NormKind kind);

// A 2-D normalisation layer as the reference builds it: instance = GroupNorm(C, C, affine),
// group = GroupNorm(4, C), layer = LayerNorm([C,H,W]), batch = BatchNorm2d(C).
// Returns an empty AnyModule for NormKind::None.
torch::nn::AnyModule makeNorm2d(NormKind kind, int64_t channels, int64_t height, int64_t width);

} // namespace itgan
