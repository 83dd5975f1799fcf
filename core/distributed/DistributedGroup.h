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

    // Results of long units of work (one string per unit; evaluations), exchanged through
    // the rendezvous store, not a collective: a unit may take hours, longer than any sensible
    // collective timeout. A rank posts each of its units' results the moment it has it, so
    // rank 0 can look for the others' while it computes its own and keep them at once (a
    // run killed mid-way loses only the units in progress); at the end every rank gathers
    // them all. A rank that dies meanwhile is reported by `itgan launch` or the cluster's
    // scheduler, which stops the others. Every rank opens its exchanges in the same order.
    class UnitResults {
    public:
        // This rank's finished unit (it must own it).
        void post(size_t unit, const std::string &result);
        // Unit u's result if it has been posted (by any rank), without waiting.
        std::optional<std::string> arrived(size_t unit) const;
        // Every unit's result, waiting for the ones still to come.
        std::vector<std::string> gatherAll() const;

    private:
        friend class DistributedGroup;
        UnitResults(const DistributedGroup &group, std::vector<int> owners, std::string prefix);
        std::string key(size_t unit) const { return m_prefix + std::to_string(unit); }
        const DistributedGroup &m_group;
        std::vector<int> m_owners;
        std::string m_prefix;
        std::vector<std::optional<std::string>> m_own; // what this rank posted
    };
    // An exchange for units owned by owners[u].
    UnitResults unitResults(std::vector<int> owners) const;

private:
    struct Connection;
    DistributedGroup() = default;
    int m_rank = 0, m_worldSize = 1, m_localRank = 0;
    std::unique_ptr<Connection> m_connection;
    mutable int m_exchanges = 0; // every rank opens exchanges in the same order, so the counts agree
};

} // namespace itgan
