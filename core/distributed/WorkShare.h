#pragma once
// Which rank does which unit of work in a distributed run (core/README.md: Distributed
// runs). A unit is what one rank computes whole: an inversion chunk, one class of IT-GAN
// or DM, one (set, architecture, run) evaluation. The assignment depends only on the
// units' sizes and the world size, so every rank computes the same one without talking,
// and a resumed run (same world size) gives each rank its old units back.
#include <cstdint>
#include <vector>

namespace itgan {

// Owner rank of each unit: largest units first, each to the rank with the least work so
// far (ties: the lower rank), so ranks get equal latent counts where the sizes allow.
std::vector<int> assignUnitsToRanks(const std::vector<int64_t> &unitSizes, int worldSize);

class WorkShare {
public:
    // One process: every unit is this rank's.
    WorkShare() = default;
    WorkShare(const std::vector<int64_t> &unitSizes, int rank, int worldSize);

    bool owns(size_t unit) const { return m_owner.empty() || m_owner.at(unit) == m_rank; }
    // Total size of this rank's units.
    int64_t ownedSize() const { return m_ownedSize; }

private:
    std::vector<int> m_owner;
    int m_rank = 0;
    int64_t m_ownedSize = 0;
};

} // namespace itgan
