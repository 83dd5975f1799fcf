#include "core/augment/DiffAugment.h"

#include "core/augment/DsaOps.h"
#include "core/base/Errors.h"

namespace itgan {

namespace {

constexpr double kTranslationRatio = 0.125;
constexpr double kCutoutRatio = 0.5;

} // namespace

DiffAugment::DiffAugment(const std::string &policy)
{
    std::string item;
    for (size_t i = 0; i <= policy.size(); ++i) {
        if (i == policy.size() || policy[i] == ',' || policy[i] == '_') {
            if (!item.empty()) {
                if (item != "color" && item != "translation" && item != "cutout")
                    throw ConfigError("unknown DiffAugment policy '" + item + "' (expected color, translation, cutout)");
                m_ops.push_back(item);
            }
            item.clear();
        } else {
            item += policy[i];
        }
    }
}

std::string DiffAugment::policy() const
{
    std::string out;
    for (const auto &op : m_ops)
        out += (out.empty() ? "" : ",") + op;
    return out;
}

torch::Tensor DiffAugment::apply(const torch::Tensor &x, at::Generator &gen) const
{
    const int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    torch::Tensor y = x;
    for (const auto &op : m_ops) {
        if (op == "color") {
            y = dsa::brightness(y, torch::rand({n}, gen) - 0.5);
            y = dsa::saturation(y, torch::rand({n}, gen) * 2);
            y = dsa::contrast(y, torch::rand({n}, gen) + 0.5);
        } else if (op == "translation") {
            const int64_t sh = static_cast<int64_t>(h * kTranslationRatio + 0.5);
            const int64_t sw = static_cast<int64_t>(w * kTranslationRatio + 0.5);
            auto shiftH = torch::randint(-sh, sh + 1, {n}, gen);
            auto shiftW = torch::randint(-sw, sw + 1, {n}, gen);
            y = dsa::crop(y, shiftH, shiftW);
        } else {
            const int64_t ch = static_cast<int64_t>(h * kCutoutRatio + 0.5);
            const int64_t cw = static_cast<int64_t>(w * kCutoutRatio + 0.5);
            auto centerH = torch::randint(0, h + (1 - ch % 2), {n}, gen);
            auto centerW = torch::randint(0, w + (1 - cw % 2), {n}, gen);
            y = dsa::cutout(y, centerH, centerW, ch, cw);
        }
    }
    return y;
}

} // namespace itgan
