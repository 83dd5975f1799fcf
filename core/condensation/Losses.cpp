#include "core/condensation/Losses.h"

#include "core/base/Errors.h"

namespace itgan {

torch::Tensor distributionMatchingLoss(const torch::Tensor &realFeatures, const torch::Tensor &synFeatures)
{
    return (realFeatures.mean(0) - synFeatures.mean(0)).pow(2).sum();
}

torch::Tensor pairRegulariser(const torch::Tensor &synFeatures, const torch::Tensor &pairFeatures)
{
    if (synFeatures.sizes() != pairFeatures.sizes())
        throw ConfigError("pair regulariser needs one real image per synthetic image");
    return (synFeatures - pairFeatures).pow(2).sum(1).mean();
}

torch::Tensor itganObjective(const torch::Tensor &conLoss, const torch::Tensor &regulariser, double lambda)
{
    return regulariser * lambda + conLoss * (1.0 - lambda);
}

InversionErrors inversionImageErrors(const torch::Tensor &synFeatures, const torch::Tensor &realFeatures,
                                     const torch::Tensor &synImages, const torch::Tensor &realImages)
{
    return {(synFeatures - realFeatures).pow(2).mean(1), (synImages - realImages).pow(2).flatten(1).mean(1)};
}

torch::Tensor layerGradientDistance(const torch::Tensor &realGrad, const torch::Tensor &synGrad)
{
    if (realGrad.dim() <= 1)
        return torch::zeros({}, realGrad.options());
    auto r = realGrad.reshape({realGrad.size(0), -1});
    auto s = synGrad.reshape({synGrad.size(0), -1});
    auto cosine = (r * s).sum(-1) / (r.norm(2, -1) * s.norm(2, -1) + 1e-6);
    return (1 - cosine).sum();
}

GradientDistance parseGradientDistance(const std::string &name)
{
    if (name == "ours" || name == "layerwise")
        return GradientDistance::Layerwise;
    if (name == "mse")
        return GradientDistance::Mse;
    if (name == "cos" || name == "cosine")
        return GradientDistance::Cosine;
    throw ConfigError("unknown gradient distance '" + name + "' (expected layerwise, mse or cos)");
}

torch::Tensor gradientMatchingLoss(const std::vector<torch::Tensor> &synGrads, const std::vector<torch::Tensor> &realGrads,
                                   GradientDistance distance)
{
    if (synGrads.size() != realGrads.size() || synGrads.empty())
        throw ConfigError("gradient matching needs the same non-zero number of real and synthetic gradients");
    if (distance == GradientDistance::Layerwise) {
        auto total = torch::zeros({}, synGrads.front().options());
        for (size_t i = 0; i < synGrads.size(); ++i)
            total = total + layerGradientDistance(realGrads[i], synGrads[i]);
        return total;
    }
    std::vector<torch::Tensor> s, r;
    for (size_t i = 0; i < synGrads.size(); ++i) {
        s.push_back(synGrads[i].reshape({-1}));
        r.push_back(realGrads[i].reshape({-1}));
    }
    auto sv = torch::cat(s), rv = torch::cat(r);
    if (distance == GradientDistance::Mse)
        return (sv - rv).pow(2).sum();
    return 1 - (rv * sv).sum() / (rv.norm() * sv.norm() + 1e-6);
}

} // namespace itgan
