#include "core/nets/ClassifierNet.h"

#include "core/base/Errors.h"

namespace itgan {

NormKind parseNormKind(const std::string &name)
{
    if (name == "instance" || name == "instancenorm")
        return NormKind::Instance;
    if (name == "batch" || name == "batchnorm")
        return NormKind::Batch;
    if (name == "layer" || name == "layernorm")
        return NormKind::Layer;
    if (name == "group" || name == "groupnorm")
        return NormKind::Group;
    if (name == "none")
        return NormKind::None;
    throw ConfigError("unknown normalisation '" + name + "' (expected instance, batch, layer, group or none)");
}

std::string normKindName(NormKind kind)
{
    switch (kind) {
    case NormKind::Instance: return "instance";
    case NormKind::Batch: return "batch";
    case NormKind::Layer: return "layer";
    case NormKind::Group: return "group";
    case NormKind::None: return "none";
    }
    return "none";
}

torch::nn::AnyModule makeNorm2d(NormKind kind, int64_t channels, int64_t height, int64_t width)
{
    namespace nn = torch::nn;
    switch (kind) {
    case NormKind::Instance:
        return nn::AnyModule(nn::GroupNorm(nn::GroupNormOptions(channels, channels).affine(true)));
    case NormKind::Group:
        return nn::AnyModule(nn::GroupNorm(nn::GroupNormOptions(4, channels).affine(true)));
    case NormKind::Layer:
        return nn::AnyModule(nn::LayerNorm(nn::LayerNormOptions({channels, height, width}).elementwise_affine(true)));
    case NormKind::Batch:
        return nn::AnyModule(nn::BatchNorm2d(channels));
    case NormKind::None:
        break;
    }
    return {};
}

} // namespace itgan
