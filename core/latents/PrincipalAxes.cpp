#include "PrincipalAxes.h"

#include "core/base/Errors.h"

#include <sstream>
#include <string>

namespace itgan {

PrincipalAxes principalAxes(const torch::Tensor &rows, int64_t count)
{
    if (rows.dim() != 2 || rows.size(0) < 2 || rows.size(1) < 1)
    {
        std::ostringstream shape;
        shape << rows.sizes();
        throw ConfigError("principal axes need a matrix of at least 2 rows [N >= 2, D]; got " + shape.str());
    }
    const auto x = rows.to(torch::kFloat64);
    if (!torch::isfinite(x).all().item<bool>())
        throw ConfigError("principal axes: the rows hold NaN or infinite values");
    PrincipalAxes result;
    result.mean = x.mean(0);
    const auto centred = x - result.mean;
    const auto [u, s, vh] = torch::linalg_svd(centred, /*full_matrices=*/false);
    const int64_t k = std::min<int64_t>(count, s.size(0));
    const double total = s.pow(2).sum().item<double>();
    auto axes = vh.narrow(0, 0, k).clone();
    // Fix each axis's sign: the SVD may return either, which would mirror the map at random.
    const auto largest = axes.abs().argmax(1, true);
    const auto signs = axes.gather(1, largest).sign();
    axes = axes * torch::where(signs == 0, torch::ones_like(signs), signs);
    result.axes = axes;
    const double dof = static_cast<double>(x.size(0) - 1);
    result.spread = s.narrow(0, 0, k) / std::sqrt(dof);
    for (int64_t i = 0; i < k; ++i)
        result.explained.push_back(total > 0 ? s[i].item<double>() * s[i].item<double>() / total : 0.0);
    return result;
}

torch::Tensor projectOnto(const PrincipalAxes &axes, const torch::Tensor &rows)
{
    return torch::matmul(rows.to(torch::kFloat64) - axes.mean, axes.axes.t());
}

} // namespace itgan
