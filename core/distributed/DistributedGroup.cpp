#include "core/distributed/DistributedGroup.h"

#include "core/base/ErrorMessage.h"
#include "core/base/Errors.h"

// ProcessGroupGloo.hpp declares its class only when PyTorch was built with Gloo, which
// Debian's libtorch is (its CMake package defines USE_C10D_GLOO for us); its headers
// need libgloo-dev.
#ifndef USE_C10D_GLOO
#error "this LibTorch was built without Gloo (USE_C10D_GLOO); distributed runs need Debian's libtorch"
#endif
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <sstream>
#include <thread>

namespace itgan {

namespace {

using Clock = std::chrono::steady_clock;

std::optional<std::string> variable(const char *name)
{
    const char *value = std::getenv(name);
    if (!value || !*value)
        return std::nullopt;
    return std::string(value);
}

int integerVariable(const char *name, long low, long high, const std::string &meaning)
{
    const auto text = variable(name);
    if (!text)
        throw ConfigError(std::string("the environment variable ") + name + " is not set; a distributed run needs "
                          + meaning + " (as torchrun sets it)");
    char *end = nullptr;
    const long value = std::strtol(text->c_str(), &end, 10);
    if (end == text->c_str() || *end != '\0' || value < low || value > high)
        throw ConfigError(std::string("the environment variable ") + name + "=\"" + *text + "\" is not " + meaning
                          + ": expected an integer in [" + std::to_string(low) + ", " + std::to_string(high) + "]");
    return static_cast<int>(value);
}

std::string hostName()
{
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return "?";
    return name;
}

bool isLoopback(const std::string &address)
{
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

std::string toText(const std::vector<uint8_t> &bytes)
{
    return std::string(bytes.begin(), bytes.end());
}

std::vector<uint8_t> toBytes(const std::string &text)
{
    return std::vector<uint8_t>(text.begin(), text.end());
}

std::string rankList(const std::vector<int> &ranks)
{
    std::string text;
    for (size_t i = 0; i < ranks.size(); ++i)
        text += (i ? ", " : "") + std::to_string(ranks[i]);
    return text;
}

} // namespace

std::optional<DistributedEnvironment> DistributedEnvironment::fromProcessEnvironment()
{
    if (!variable("RANK") && !variable("WORLD_SIZE"))
        return std::nullopt;
    DistributedEnvironment env;
    env.worldSize = integerVariable("WORLD_SIZE", 1, 65536, "the number of processes");
    env.rank = integerVariable("RANK", 0, env.worldSize - 1, "this process's rank below WORLD_SIZE");
    env.localRank = variable("LOCAL_RANK") ? integerVariable("LOCAL_RANK", 0, 65535, "this process's rank on its host")
                                           : 0;
    if (env.worldSize > 1) {
        const auto address = variable("MASTER_ADDR");
        if (!address)
            throw ConfigError("the environment variable MASTER_ADDR is not set; a distributed run needs the address of "
                              "rank 0's host (as torchrun sets it)");
        env.masterAddress = *address;
        env.masterPort = integerVariable("MASTER_PORT", 1, 65535, "a TCP port for the rendezvous");
    }
    if (variable("ITGAN_DIST_TIMEOUT"))
        env.timeout = std::chrono::seconds(
            integerVariable("ITGAN_DIST_TIMEOUT", 1, 7 * 24 * 3600, "a timeout in seconds"));
    return env;
}

struct DistributedGroup::Connection {
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
    std::chrono::milliseconds timeout;
    std::string where; // "MASTER_ADDR:MASTER_PORT"
};

std::shared_ptr<DistributedGroup> DistributedGroup::single()
{
    return std::shared_ptr<DistributedGroup>(new DistributedGroup());
}

std::shared_ptr<DistributedGroup> DistributedGroup::fromProcessEnvironment()
{
    static std::mutex mutex;
    static std::shared_ptr<DistributedGroup> group;
    std::lock_guard<std::mutex> lock(mutex);
    if (!group) {
        const auto env = DistributedEnvironment::fromProcessEnvironment();
        group = env && env->worldSize > 1 ? connect(*env) : single();
        if (env && env->worldSize == 1)
            group->m_localRank = env->localRank;
    }
    return group;
}

std::shared_ptr<DistributedGroup> DistributedGroup::connect(const DistributedEnvironment &env)
{
    if (env.worldSize <= 1)
        return single();
    std::shared_ptr<DistributedGroup> self(new DistributedGroup());
    self->m_rank = env.rank;
    self->m_worldSize = env.worldSize;
    self->m_localRank = env.localRank;
    auto connection = std::make_unique<Connection>();
    connection->timeout = env.timeout;
    connection->where = env.masterAddress + ":" + std::to_string(env.masterPort);
    const std::string seconds = std::to_string(env.timeout.count() / 1000) + " s";
    const std::string me = "rank " + std::to_string(env.rank) + " of " + std::to_string(env.worldSize);

    // 1. The store: rank 0 serves it, the others connect (retrying until the timeout).
    c10d::TCPStoreOptions options;
    options.port = static_cast<uint16_t>(env.masterPort);
    options.isServer = env.rank == 0;
    options.numWorkers = static_cast<size_t>(env.worldSize);
    options.waitWorkers = false; // we wait ourselves, to name the ranks that never came
    options.timeout = env.timeout;
    try {
        connection->store = c10::make_intrusive<c10d::TCPStore>(env.masterAddress, options);
    } catch (const std::exception &e) {
        if (env.rank == 0)
            throw Error(me + ": cannot serve the rendezvous on " + connection->where
                        + " (MASTER_ADDR:MASTER_PORT): " + userMessage(e)
                        + "; is the port in use, or the address not this host's?");
        throw Error(me + ": cannot reach the rendezvous at " + connection->where + " (MASTER_ADDR:MASTER_PORT) within "
                    + seconds + ": " + userMessage(e) + "; is rank 0 running and the address reachable?");
    }
    auto &store = *connection->store;

    // 2. Every rank says who it is; rank 0 checks that all came and agree on the world size.
    store.set("itgan/rank/" + std::to_string(env.rank),
              toBytes(std::to_string(env.worldSize) + " " + hostName() + " " + std::to_string(getpid())));
    const std::string verdictKey = "itgan/verdict";
    if (env.rank == 0) {
        const auto deadline = Clock::now() + env.timeout;
        std::vector<int> missing;
        std::string problem;
        for (;;) {
            missing.clear();
            for (int r = 1; r < env.worldSize; ++r)
                if (!store.check({"itgan/rank/" + std::to_string(r)}))
                    missing.push_back(r);
            if (missing.empty() || Clock::now() > deadline)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (!missing.empty())
            problem = "rank(s) " + rankList(missing) + " of " + std::to_string(env.worldSize)
                      + " did not join the rendezvous at " + connection->where + " within " + seconds;
        for (int r = 1; r < env.worldSize && problem.empty(); ++r) {
            std::istringstream who(toText(store.get("itgan/rank/" + std::to_string(r))));
            int theirWorld = 0;
            std::string host, pid;
            who >> theirWorld >> host >> pid;
            if (theirWorld != env.worldSize)
                problem = "rank " + std::to_string(r) + " (" + host + ", pid " + pid + ") has WORLD_SIZE="
                          + std::to_string(theirWorld) + " but rank 0 has " + std::to_string(env.worldSize);
        }
        store.set(verdictKey, toBytes(problem.empty() ? "ok" : problem));
        if (!problem.empty())
            throw Error(me + ": " + problem);
    } else {
        const auto deadline = Clock::now() + env.timeout;
        while (!store.check({verdictKey})) {
            if (Clock::now() > deadline)
                throw Error(me + ": rank 0 did not complete the rendezvous at " + connection->where + " within "
                            + seconds + " (are all " + std::to_string(env.worldSize) + " ranks started with the same "
                            + "WORLD_SIZE?)");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        const std::string verdict = toText(store.get(verdictKey));
        if (verdict != "ok")
            throw Error(me + ": the rendezvous failed: " + verdict);
    }

    // 3. The Gloo process group, on loopback when rank 0 is this host (one-host runs).
    auto groupOptions = c10d::ProcessGroupGloo::Options::create(env.timeout);
    try {
        if (isLoopback(env.masterAddress))
            groupOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else if (const auto interface = variable("GLOO_SOCKET_IFNAME"))
            groupOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(*interface));
        else
            groupOptions->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        connection->group = c10::make_intrusive<c10d::ProcessGroupGloo>(
            c10::make_intrusive<c10d::PrefixStore>("itgan/gloo", connection->store), env.rank, env.worldSize,
            groupOptions);
    } catch (const std::exception &e) {
        throw Error(me + ": cannot build the Gloo process group through " + connection->where + ": " + userMessage(e));
    }
    self->m_connection = std::move(connection);
    return self;
}

DistributedGroup::~DistributedGroup() = default;

std::string DistributedGroup::describe() const
{
    if (!isDistributed())
        return "";
    return "rank " + std::to_string(m_rank) + " of " + std::to_string(m_worldSize);
}

namespace {

void waitFor(const c10::intrusive_ptr<c10d::Work> &work, const std::string &what, const std::string &who)
{
    try {
        work->wait();
    } catch (const std::exception &e) {
        throw Error(who + ": " + what + " failed, so another rank stopped or cannot be reached (" + userMessage(e)
                    + "); the launcher or scheduler names the rank that failed");
    }
}

} // namespace

void DistributedGroup::sumInPlace(std::vector<torch::Tensor> tensors) const
{
    if (!isDistributed())
        return;
    for (auto &tensor : tensors) {
        // Gloo reads and writes contiguous CPU memory here; a strided view or a tensor on
        // another device (--device cuda) goes through a CPU copy.
        std::vector<torch::Tensor> buffer{tensor.is_contiguous() && tensor.is_cpu() ? tensor
                                                                                      : tensor.to(torch::kCPU).contiguous()};
        c10d::AllreduceOptions options;
        options.reduceOp = c10d::ReduceOp::SUM;
        waitFor(m_connection->group->allreduce(buffer, options), "summing over ranks", describe());
        if (!buffer[0].is_same(tensor))
            tensor.copy_(buffer[0]);
    }
}

void DistributedGroup::sumGradients(const std::vector<torch::Tensor> &parameters) const
{
    if (!isDistributed())
        return;
    std::vector<torch::Tensor> grads;
    for (auto parameter : parameters) { // handles: their grads are the parameters' grads
        if (!parameter.grad().defined())
            parameter.mutable_grad() = torch::zeros_like(parameter);
        grads.push_back(parameter.grad().flatten());
    }
    auto flat = torch::cat(grads);
    sumInPlace({flat});
    int64_t offset = 0;
    for (auto parameter : parameters) {
        parameter.mutable_grad().copy_(flat.narrow(0, offset, parameter.numel()).view_as(parameter));
        offset += parameter.numel();
    }
}

std::string DistributedGroup::broadcastBytes(const std::string &bytes, int root) const
{
    if (!isDistributed())
        return bytes;
    c10d::BroadcastOptions options;
    options.rootRank = root;
    std::vector<torch::Tensor> length{torch::tensor({static_cast<int64_t>(bytes.size())}, torch::kInt64)};
    waitFor(m_connection->group->broadcast(length, options), "broadcasting from rank " + std::to_string(root),
            describe());
    const int64_t size = length[0].item<int64_t>();
    if (size == 0)
        return "";
    std::vector<torch::Tensor> data{torch::empty({size}, torch::kUInt8)};
    if (m_rank == root)
        std::memcpy(data[0].data_ptr(), bytes.data(), bytes.size());
    waitFor(m_connection->group->broadcast(data, options), "broadcasting from rank " + std::to_string(root),
            describe());
    return std::string(static_cast<const char *>(data[0].data_ptr()), static_cast<size_t>(size));
}

void DistributedGroup::barrier() const
{
    if (!isDistributed())
        return;
    c10d::BarrierOptions options;
    options.timeout = m_connection->timeout;
    try {
        // Gloo's monitored barrier names the ranks that did not arrive.
        m_connection->group->monitoredBarrier(options, true);
    } catch (const std::exception &e) {
        throw Error(describe() + ": waiting for the other ranks failed: " + userMessage(e));
    }
}

void DistributedGroup::onRankZero(const std::function<void()> &work) const
{
    if (!isDistributed()) {
        work();
        return;
    }
    if (m_rank == 0) {
        try {
            work();
        } catch (const std::exception &e) {
            broadcastBytes(userMessage(e));
            throw;
        }
    }
    const std::string failure = broadcastBytes("");
    if (!failure.empty() && m_rank != 0)
        throw Error(failure);
}

DistributedGroup::UnitResults DistributedGroup::unitResults(std::vector<int> owners) const
{
    return UnitResults(*this, std::move(owners), "itgan/units/" + std::to_string(++m_exchanges) + "/");
}

DistributedGroup::UnitResults::UnitResults(const DistributedGroup &group, std::vector<int> owners, std::string prefix)
    : m_group(group), m_owners(std::move(owners)), m_prefix(std::move(prefix)), m_own(m_owners.size())
{
}

void DistributedGroup::UnitResults::post(size_t unit, const std::string &result)
{
    if (m_owners.at(unit) != m_group.m_rank)
        throw Error("unit " + std::to_string(unit) + " belongs to rank " + std::to_string(m_owners[unit]) + ", not to "
                    + m_group.describe());
    m_own[unit] = result;
    if (m_group.isDistributed())
        m_group.m_connection->store->set(key(unit), toBytes(result));
}

std::optional<std::string> DistributedGroup::UnitResults::arrived(size_t unit) const
{
    if (m_owners.at(unit) == m_group.m_rank || !m_group.isDistributed())
        return m_own[unit];
    auto &store = *m_group.m_connection->store;
    try {
        if (!store.check({key(unit)}))
            return std::nullopt;
        return toText(store.get(key(unit)));
    } catch (const std::exception &e) {
        throw Error(m_group.describe() + ": asking for rank " + std::to_string(m_owners[unit]) + "'s result failed ("
                    + userMessage(e) + "); rank 0 (which holds the rendezvous) stopped");
    }
}

std::vector<std::string> DistributedGroup::UnitResults::gatherAll() const
{
    std::vector<std::string> results(m_owners.size());
    for (size_t u = 0; u < m_owners.size(); ++u) {
        std::optional<std::string> result = arrived(u);
        while (!result) {
            if (m_owners[u] == m_group.m_rank || !m_group.isDistributed())
                throw Error("unit " + std::to_string(u) + " was never posted by "
                            + (m_group.isDistributed() ? m_group.describe() : std::string("this process")));
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            result = arrived(u);
        }
        results[u] = *result;
    }
    if (!m_group.isDistributed())
        return results;
    // Rank 0 serves the store: it stays until every rank has read what it needs.
    auto &store = *m_group.m_connection->store;
    store.add(m_prefix + "read", 1);
    if (m_group.m_rank == 0)
        while (store.add(m_prefix + "read", 0) < m_group.m_worldSize)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return results;
}

} // namespace itgan
