#include "core/generators/Generator.h"

#include "core/base/ComputeDevice.h"
#include "core/base/Errors.h"

namespace itgan {

torch::Tensor Generator::generate(const torch::Tensor &z, const torch::Tensor &y)
{
    const GeneratorInfo i = info();
    if (!z.defined() || z.dim() != 2 || z.size(1) != i.latentSize || !z.is_floating_point())
        throw ConfigError("latent vectors must be float [N, " + std::to_string(i.latentSize) + "], got "
                          + (z.defined() ? c10::str(z.sizes()) : std::string("none")));
    if (!y.defined() || y.dim() != 1 || y.size(0) != z.size(0) || y.is_floating_point())
        throw ConfigError("class labels must be an integer vector with one label per latent ("
                          + std::to_string(z.size(0)) + ")");
    if (y.numel() > 0) {
        const int64_t lo = y.min().item<int64_t>(), hi = y.max().item<int64_t>();
        if (lo < 0 || hi >= i.numClasses)
            throw ConfigError("class index " + std::to_string(lo < 0 ? lo : hi) + " is out of range 0.."
                              + std::to_string(i.numClasses - 1));
    }
    return run(toComputeDevice(z), toComputeDevice(y.to(torch::kInt64)));
}

torch::Tensor Generator::generateWithClassWeights(const torch::Tensor &z, const torch::Tensor &classWeights)
{
    const GeneratorInfo i = info();
    if (!blendsClasses())
        throw ConfigError("the " + i.arch + " generator takes whole classes only; blending classes needs a native "
                          "biggan32 or dcgan32 generator");
    if (!z.defined() || z.dim() != 2 || z.size(1) != i.latentSize || !z.is_floating_point())
        throw ConfigError("latent vectors must be float [N, " + std::to_string(i.latentSize) + "], got "
                          + (z.defined() ? c10::str(z.sizes()) : std::string("none")));
    if (!classWeights.defined() || classWeights.dim() != 2 || classWeights.size(0) != z.size(0)
        || classWeights.size(1) != i.numClasses || !classWeights.is_floating_point())
        throw ConfigError("class weights must be float [" + std::to_string(z.size(0)) + ", " + std::to_string(i.numClasses)
                          + "], got " + (classWeights.defined() ? c10::str(classWeights.sizes()) : std::string("none")));
    const auto w = classWeights.to(z.scalar_type());
    if (!torch::isfinite(w).all().item<bool>() || (w < 0).any().item<bool>()
        || !torch::allclose(w.sum(1), torch::ones({w.size(0)}, w.options()), 1e-4, 1e-4))
        throw ConfigError("class weights must be non-negative and sum to 1 in every row");
    return run(toComputeDevice(z), toComputeDevice(w));
}

torch::Tensor generateInChunks(Generator &g, const torch::Tensor &z, const torch::Tensor &y, int64_t chunk)
{
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> parts;
    for (int64_t start = 0; start < z.size(0); start += chunk) {
        const int64_t len = std::min(chunk, z.size(0) - start);
        parts.push_back(g.generate(z.narrow(0, start, len), y.narrow(0, start, len)).to(torch::kCPU));
    }
    if (parts.empty())
        throw ConfigError("no latent vectors to generate from");
    return torch::cat(parts);
}

void setModuleWeightsRequireGrad(torch::nn::Module &module, bool requireGrad)
{
    for (auto &parameter : module.parameters())
        parameter.requires_grad_(requireGrad);
}

} // namespace itgan
