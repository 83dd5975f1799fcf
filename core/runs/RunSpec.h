#pragma once
// Where a condensation job writes its run directory, whether it continues an earlier
// run, and the identity of its inputs (dataset, generator and network files with
// content hashes) that goes into config.json next to the method's own settings.
#include <nlohmann/json.hpp>

#include <string>

namespace itgan {

struct RunSpec {
    std::string directory;
    bool resume = false;
    nlohmann::json identity = nlohmann::json::object();
};

} // namespace itgan
