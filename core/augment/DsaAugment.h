#pragma once
// Differentiable Siamese Augmentation (core/README.md: DSA): per call one group of the strategy
// is picked at random and applied.
//  - siamese(x, seed): one op and one parameter set for every image; every batch
//    augmented with the same seed gets the identical transform. Draws follow the
//    reference protocol (op choice from `seed`, k-th parameter draw from `seed + k`),
//    so results match the reference bit for bit.
//  - perImage(x, generator): one op group per call, parameters drawn per image
//    (evaluation training).
#include "core/base/TorchInclude.h"

#include <string>
#include <vector>

namespace itgan {

struct DsaParams {
    double brightness = 1.0;   // shift ~ (u - 0.5)·brightness
    double saturation = 2.0;   // factor ~ u·saturation
    double contrast = 0.5;     // factor ~ u + contrast
    double cropRatio = 0.125;  // max shift = int(side·ratio + 0.5)
    double cutoutRatio = 0.5;  // square side = int(side·ratio + 0.5)
    double flipProb = 0.5;
    double scaleRatio = 1.2;   // factors in [1/ratio, ratio)
    double rotateDegrees = 15; // angle in [-deg, deg)
};

constexpr const char *kDsaDefaultStrategy = "color_crop_cutout_flip_scale_rotate";
constexpr const char *kDsaNoFlipStrategy = "color_crop_cutout_scale_rotate";

// "auto" -> the default strategy, without flip when the data must not be flipped
// (digits, core/README.md: DSA); any other name is returned as it is ("none" disables DSA).
std::string resolveDsaStrategy(const std::string &name, bool allowsHorizontalFlip);
// Throws ConfigError for a strategy DsaAugment would refuse ("auto" and "none" are fine).
void checkDsaStrategy(const std::string &name);

class DsaAugment {
public:
    explicit DsaAugment(const std::string &strategy = kDsaDefaultStrategy, const DsaParams &params = {});

    torch::Tensor siamese(const torch::Tensor &x, int64_t seed) const;
    torch::Tensor perImage(const torch::Tensor &x, at::Generator &generator) const;

    const std::vector<std::string> &groups() const { return m_groups; }
    bool isIdentity() const { return m_groups.empty(); }

private:
    class Draws;
    torch::Tensor applyGroup(const std::string &group, const torch::Tensor &x, Draws &draws) const;

    std::vector<std::string> m_groups; // subset of color, crop, cutout, flip, scale, rotate
    DsaParams m_params;
};

} // namespace itgan
