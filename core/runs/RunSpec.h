#pragma once
// Where a condensation job writes its run directory, whether it continues an earlier
// run, and the identity of its inputs (dataset, generator and network files with
// content hashes) that goes into config.json next to the method's own settings, and
// the distributed group it runs in (none: one process).
#include "core/distributed/DistributedGroup.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace itgan {

struct RunSpec {
    RunSpec() = default;
    // Callers name what they have, in this order; the rest keeps its default.
    RunSpec(std::string directory, bool resume = false, nlohmann::json identity = nlohmann::json::object(),
            std::shared_ptr<DistributedGroup> group = nullptr)
        : directory(std::move(directory)), resume(resume), identity(std::move(identity)), group(std::move(group))
    {
    }

    std::string directory;
    bool resume = false;
    nlohmann::json identity = nlohmann::json::object();
    // The ranks that share this run (core/README.md: Distributed runs); null = one process.
    std::shared_ptr<DistributedGroup> group;
};

} // namespace itgan
