#include "core/distributed/WorkShare.h"

#include <algorithm>
#include <numeric>

namespace itgan {

std::vector<int> assignUnitsToRanks(const std::vector<int64_t> &unitSizes, int worldSize)
{
    std::vector<size_t> order(unitSizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return unitSizes[a] > unitSizes[b]; });
    std::vector<int64_t> load(static_cast<size_t>(std::max(worldSize, 1)), 0);
    std::vector<int> owner(unitSizes.size(), 0);
    for (size_t unit : order) {
        const auto least = std::min_element(load.begin(), load.end()); // first minimum: the lower rank
        owner[unit] = static_cast<int>(least - load.begin());
        *least += unitSizes[unit];
    }
    return owner;
}

WorkShare::WorkShare(const std::vector<int64_t> &unitSizes, int rank, int worldSize) : m_rank(rank)
{
    if (worldSize > 1)
        m_owner = assignUnitsToRanks(unitSizes, worldSize);
    for (size_t unit = 0; unit < unitSizes.size(); ++unit)
        if (owns(unit))
            m_ownedSize += unitSizes[unit];
}

} // namespace itgan
