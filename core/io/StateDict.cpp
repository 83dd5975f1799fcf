#include "core/io/StateDict.h"

#include "core/base/Errors.h"

#include <set>
#include <sstream>

namespace itgan {

namespace {

// int8 weights are stored as q with a power-of-two scale "qscale.<name>": w = q * scale.
torch::Tensor dequantised(const TensorMap &weights, const std::string &key, const std::string &scaleKey)
{
    torch::Tensor value = weights.at(key);
    if (value.scalar_type() == torch::kInt8) {
        auto scale = weights.find(scaleKey);
        if (scale == weights.end())
            throw ModelError("int8 weight '" + key + "' has no '" + scaleKey + "' scale entry");
        value = value.to(torch::kFloat32) * scale->second.to(torch::kFloat32);
    }
    return value;
}

} // namespace

TensorMap stateDictOf(torch::nn::Module &module)
{
    TensorMap out;
    for (const auto &p : module.named_parameters(true))
        out[p.key()] = p.value().detach();
    for (const auto &b : module.named_buffers(true))
        out[b.key()] = b.value().detach();
    return out;
}

void loadStateDict(torch::nn::Module &module, const TensorMap &weights, const std::string &prefix, bool strict,
                   const std::string &source)
{
    std::set<std::string> used;
    torch::NoGradGuard noGrad;
    auto assign = [&](const std::string &name, torch::Tensor &target) {
        const std::string key = prefix + name;
        if (weights.find(key) == weights.end())
            throw ModelError(source + ": missing entry '" + key + "' for this architecture");
        const torch::Tensor value = dequantised(weights, key, "qscale." + name);
        if (value.sizes() != target.sizes())
            throw ModelError(source + ": entry '" + key + "' has shape " + c10::str(value.sizes()) + ", the architecture expects "
                             + c10::str(target.sizes()));
        target.copy_(value.to(target.dtype()));
        used.insert(key);
    };
    for (auto &p : module.named_parameters(true))
        assign(p.key(), p.value());
    for (auto &b : module.named_buffers(true))
        assign(b.key(), b.value());
    if (!strict)
        return;
    for (const auto &[key, value] : weights) {
        if (key.rfind(prefix, 0) != 0 || key.rfind("qscale.", 0) == 0 || used.count(key))
            continue;
        throw ModelError(source + ": entry '" + key + "' does not belong to this architecture");
    }
}

} // namespace itgan
