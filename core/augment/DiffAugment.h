#pragma once
// DiffAugment for GAN training (Zhao et al. 2020; core/README.md: GAN training): every listed policy is
// applied, each image with its own random parameters, to everything the discriminator
// sees (real and fake, in D and G steps). Images are in generator space [-1, 1].
//   color: brightness + (u - 0.5), saturation x 2u, contrast x (u + 0.5)
//   translation: integer shift up to 1/8 of the side, zero fill
//   cutout: a zeroed square of half the side
#include "core/base/TorchInclude.h"

#include <string>
#include <vector>

namespace itgan {

class DiffAugment {
public:
    // policy: comma- or underscore-separated subset of color, translation, cutout; "" = none.
    explicit DiffAugment(const std::string &policy = "translation,cutout");
    torch::Tensor apply(const torch::Tensor &x, at::Generator &generator) const;
    std::string policy() const;

private:
    std::vector<std::string> m_ops;
};

} // namespace itgan
