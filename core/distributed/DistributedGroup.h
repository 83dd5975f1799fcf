#pragma once
// One process's place in a distributed run (core/README.md: Distributed runs), on PyTorch's
// own engine: a c10d::ProcessGroupGloo over a c10d::TCPStore rendezvous, configured the
// way torchrun configures PyTorch (MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE,
// LOCAL_RANK), so Slurm, Kubernetes indexed Jobs and torchrun-style launchers work as they
// are. A process without those variables is world size 1: every collective is a no-op.
#include "core/base/TorchInclude.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace itgan {

// The rendezvous settings of one rank, as read from the environment.
struct DistributedEnvironment {
    std::string masterAddress;
    int masterPort = 0;
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    // How long the rendezvous and every collective may wait for the other ranks
    // (ITGAN_DIST_TIMEOUT, seconds; PyTorch's own default is 30 minutes, too long to
    // notice a dead rank).
    std::chrono::milliseconds timeout{std::chrono::seconds(300)};

    // Reads the variables. None of RANK / WORLD_SIZE set: std::nullopt (one process).
    // Some set, others missing or malformed: a ConfigError naming the variable.
    static std::optional<DistributedEnvironment> fromProcessEnvironment();
};

class DistributedGroup {
public:
    // World size 1, no communication.
    static std::shared_ptr<DistributedGroup> single();
    // Rendezvous with the other ranks (rank 0 hosts the TCPStore) and builds the Gloo
    // process group. Errors name the unreachable address, the busy port, the ranks that
    // never arrived or the rank whose WORLD_SIZE disagrees.
    static std::shared_ptr<DistributedGroup> connect(const DistributedEnvironment &environment);
    // single() or connect() from this process's environment, made once per process.
    static std::shared_ptr<DistributedGroup> fromProcessEnvironment();

    ~DistributedGroup();

    int rank() const { return m_rank; }
    int worldSize() const { return m_worldSize; }
    int localRank() const { return m_localRank; }
    bool isDistributed() const { return m_worldSize > 1; }
    // Rank 0 writes the run folder's files; the others only compute.
    bool writesOutputs() const { return m_rank == 0; }
    // "rank 1 of 3" (for messages), empty with one process.
    std::string describe() const;

    // Element-wise sum over all ranks, in place. CPU tensors; each is made contiguous
    // for Gloo (which needs that) and copied back where it was not.
    void sumInPlace(std::vector<torch::Tensor> tensors) const;
    // Sums the gradients of `parameters` over all ranks (a parameter without a gradient
    // counts as zeros and gets one), flattened into one collective: what every rank does
    // before the same optimiser step, in a distributed stage and in data-parallel training.
    void sumGradients(const std::vector<torch::Tensor> &parameters) const;
    // Rank `root`'s bytes on every rank.
    std::string broadcastBytes(const std::string &bytes, int root = 0) const;
    // Waits until every rank got here; names the ranks that did not within the timeout.
    void barrier() const;
    // Runs `work` on rank 0 only. When it throws, rank 0 rethrows it and every other rank
    // throws an Error with the same message, so no rank waits for one that gave up.
    void onRankZero(const std::function<void()> &work) const;

    // Results of long units of work (one string per unit), on every rank: unit u's comes
    // from rank owners[u], whose `own[u]` it is (others' entries of `own` are ignored).
    // Goes through the rendezvous store, not a collective, and waits as long as the
    // slowest rank takes: a unit (an evaluation) may take hours, longer than any sensible
    // collective timeout. A rank that dies meanwhile is reported by `itgan launch` or the
    // cluster's scheduler, which stops the others.
    std::vector<std::string> gatherUnitResults(const std::vector<int> &owners, const std::vector<std::string> &own) const;

private:
    struct Connection;
    DistributedGroup() = default;
    int m_rank = 0, m_worldSize = 1, m_localRank = 0;
    std::unique_ptr<Connection> m_connection;
    mutable int m_gathers = 0; // every rank gathers in the same order, so the counts agree
};

} // namespace itgan
