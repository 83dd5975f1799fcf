#include "FeatureNeighbours.h"

#include "core/base/Errors.h"

#include <limits>
#include <sstream>
#include <string>

namespace itgan {

namespace {

// Query rows per chunk: the chunk × pool distance matrix stays within a few tens of MB.
int64_t queryChunk(int64_t poolRows)
{
    return std::max<int64_t>(1, std::min<int64_t>(256, (8 << 20) / std::max<int64_t>(1, poolRows)));
}

// Candidates beyond k per query, so that float32-scale rounding of the expanded distance
// cannot push a true neighbour out before the exact recomputation ranks them.
constexpr int64_t kSpareCandidates = 8;

} // namespace

Neighbours nearestNeighbours(const torch::Tensor &queries, const torch::Tensor &pool, int64_t k,
                             const torch::Tensor &excluded)
{
    if (queries.dim() != 2 || pool.dim() != 2 || queries.size(1) != pool.size(1)) {
        std::ostringstream shapes;
        shapes << "queries " << queries.sizes() << ", pool " << pool.sizes();
        throw ConfigError("nearest neighbours need [N, D] queries and a [M, D] pool of the same D; got " + shapes.str());
    }
    const bool excluding = excluded.defined();
    if (excluding && (excluded.dim() != 1 || excluded.size(0) != queries.size(0)))
        throw ConfigError("nearest neighbours: one excluded pool row per query expected");
    const int64_t available = pool.size(0) - (excluding ? 1 : 0);
    if (k < 1 || k > available)
        throw ConfigError("nearest neighbours: k = " + std::to_string(k) + " but the pool offers " + std::to_string(available)
                          + " rows");
    torch::NoGradGuard noGrad;
    const auto p = pool.to(torch::kFloat64);
    const auto q = queries.to(torch::kFloat64);
    const auto poolNorms = p.pow(2).sum(1);
    const int64_t candidates = std::min<int64_t>(available, k + kSpareCandidates);
    const auto excludedRows = excluding ? excluded.to(torch::kInt64) : torch::Tensor();
    Neighbours result{torch::empty({q.size(0), k}, torch::kInt64), torch::empty({q.size(0), k}, torch::kFloat64)};
    const int64_t chunk = queryChunk(p.size(0));
    for (int64_t start = 0; start < q.size(0); start += chunk) {
        const int64_t len = std::min(chunk, q.size(0) - start);
        const auto block = q.narrow(0, start, len);
        // ‖q‖² − 2 q·p + ‖p‖²: ‖q‖² is the same for every candidate of a query, so left out.
        auto score = poolNorms.unsqueeze(0) - 2.0 * torch::matmul(block, p.t());
        if (excluding) {
            const auto rows = excludedRows.narrow(0, start, len);
            const auto valid = rows.ge(0);
            if (valid.any().item<bool>()) {
                const auto at = valid.nonzero().flatten();
                score.index_put_({at, rows.index_select(0, at)}, std::numeric_limits<double>::infinity());
            }
        }
        const auto nearest = std::get<1>(score.topk(candidates, 1, /*largest=*/false, /*sorted=*/true));
        // Exact distances of the candidates, then the k smallest (ties by pool row).
        const auto exact = (block.unsqueeze(1) - p.index_select(0, nearest.flatten()).view({len, candidates, -1}))
                               .pow(2)
                               .sum(2)
                               .sqrt();
        const auto [sorted, order] = exact.sort(/*stable=*/true, 1, /*descending=*/false);
        result.distances.narrow(0, start, len).copy_(sorted.narrow(1, 0, k));
        result.indices.narrow(0, start, len).copy_(nearest.gather(1, order).narrow(1, 0, k));
    }
    return result;
}

double medianOf(const torch::Tensor &values)
{
    if (!values.defined() || values.numel() == 0)
        throw ConfigError("the median of no values");
    return values.flatten().to(torch::kFloat64).median().item<double>();
}

} // namespace itgan
