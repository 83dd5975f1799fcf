#include "core/augment/DsaAugment.h"

#include "core/augment/DsaOps.h"
#include "core/base/Errors.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <sstream>

namespace itgan {

// Where parameter values come from. Siamese: reseed with seed + k before the k-th draw
// and use one value for every image (the reference draws a batch and keeps element 0,
// which does not depend on the batch size). Per image: N values from the caller's generator.
class DsaAugment::Draws {
public:
    Draws(at::Generator generator, int64_t n, bool siamese, int64_t seed)
        : m_gen(std::move(generator)), m_n(n), m_siamese(siamese), m_nextSeed(seed)
    {
    }

    torch::Tensor rand()
    {
        reseed();
        return broadcast(torch::rand({m_siamese ? 1 : m_n}, m_gen));
    }

    torch::Tensor randint(int64_t low, int64_t high)
    {
        reseed();
        return broadcast(torch::randint(low, high, {m_siamese ? 1 : m_n}, m_gen));
    }

    int64_t chooseGroup(int64_t count)
    {
        reseed();
        return torch::randint(0, count, {1}, m_gen).item<int64_t>();
    }

private:
    void reseed()
    {
        if (!m_siamese)
            return;
        std::lock_guard<std::mutex> lock(m_gen.mutex());
        m_gen.set_current_seed(static_cast<uint64_t>(m_nextSeed++));
    }

    torch::Tensor broadcast(const torch::Tensor &v) const { return m_siamese ? v.expand({m_n}).contiguous() : v; }

    at::Generator m_gen;
    int64_t m_n;
    bool m_siamese;
    int64_t m_nextSeed;
};

DsaAugment::DsaAugment(const std::string &strategy, const DsaParams &params) : m_params(params)
{
    if (strategy.empty() || strategy == "none")
        return;
    std::stringstream s(strategy);
    std::string group;
    while (std::getline(s, group, '_')) {
        if (group != "color" && group != "crop" && group != "cutout" && group != "flip" && group != "scale"
            && group != "rotate")
            throw ConfigError("unknown DSA operation '" + group + "' in strategy '" + strategy
                              + "' (expected color, crop, cutout, flip, scale, rotate joined by _)");
        m_groups.push_back(group);
    }
}

torch::Tensor DsaAugment::applyGroup(const std::string &group, const torch::Tensor &x, Draws &draws) const
{
    const int64_t h = x.size(2), w = x.size(3);
    if (group == "color") {
        auto y = dsa::brightness(x, (draws.rand() - 0.5) * m_params.brightness);
        y = dsa::saturation(y, draws.rand() * m_params.saturation);
        return dsa::contrast(y, draws.rand() + m_params.contrast);
    }
    if (group == "crop") {
        const int64_t sh = static_cast<int64_t>(h * m_params.cropRatio + 0.5);
        const int64_t sw = static_cast<int64_t>(w * m_params.cropRatio + 0.5);
        auto shiftH = draws.randint(-sh, sh + 1);
        auto shiftW = draws.randint(-sw, sw + 1);
        return dsa::crop(x, shiftH, shiftW);
    }
    if (group == "cutout") {
        const int64_t sizeH = static_cast<int64_t>(h * m_params.cutoutRatio + 0.5);
        const int64_t sizeW = static_cast<int64_t>(w * m_params.cutoutRatio + 0.5);
        auto centerH = draws.randint(0, h + (1 - sizeH % 2));
        auto centerW = draws.randint(0, w + (1 - sizeW % 2));
        return dsa::cutout(x, centerH, centerW, sizeH, sizeW);
    }
    if (group == "flip")
        return dsa::flip(x, draws.rand() < m_params.flipProb);
    if (group == "scale") {
        const double r = m_params.scaleRatio;
        auto sx = draws.rand() * (r - 1.0 / r) + 1.0 / r;
        auto sy = draws.rand() * (r - 1.0 / r) + 1.0 / r;
        return dsa::affine(x, dsa::scaleTheta(sx, sy));
    }
    // rotate: the reference's exact float32 evaluation order.
    auto radians = (draws.rand() - 0.5) * 2 * m_params.rotateDegrees / 180 * M_PI;
    return dsa::affine(x, dsa::rotateTheta(radians));
}

torch::Tensor DsaAugment::siamese(const torch::Tensor &x, int64_t seed) const
{
    if (m_groups.empty())
        return x;
    if (seed < 0)
        throw ConfigError("a Siamese augmentation seed must be >= 0, got " + std::to_string(seed));
    Draws draws(at::detail::createCPUGenerator(static_cast<uint64_t>(seed)), x.size(0), true, seed);
    const int64_t choice = draws.chooseGroup(static_cast<int64_t>(m_groups.size()));
    return applyGroup(m_groups[static_cast<size_t>(choice)], x, draws);
}

torch::Tensor DsaAugment::perImage(const torch::Tensor &x, at::Generator &generator) const
{
    if (m_groups.empty())
        return x;
    Draws draws(generator, x.size(0), false, 0);
    const int64_t choice = draws.chooseGroup(static_cast<int64_t>(m_groups.size()));
    return applyGroup(m_groups[static_cast<size_t>(choice)], x, draws);
}

std::string resolveDsaStrategy(const std::string &name, bool allowsHorizontalFlip)
{
    if (name == "auto")
        return allowsHorizontalFlip ? kDsaDefaultStrategy : kDsaNoFlipStrategy;
    return name;
}

void checkDsaStrategy(const std::string &name)
{
    DsaAugment{resolveDsaStrategy(name, true)};
}

} // namespace itgan
