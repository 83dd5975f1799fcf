#pragma once
// Shared by the condensation commands (invert, condense, dm, compare): a progress bar
// fed by the job's iteration events, and reading a run's stored configuration so that
// `--resume` needs nothing but `--out`.
#include "ProgressBar.h"

#include "core/distributed/DistributedGroup.h"
#include "core/runs/EngineInputs.h"
#include "core/runs/JobEvents.h"

#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace itgan::cli {

// Hooks that draw a progress bar with the loss terms, λ and lr, and print stage lines
// and live control changes.
JobHooks progressHooks(const std::shared_ptr<ProgressBar> &bar);

// --dataset, --generator, --generator-arch and (featureNetwork) --feature-net, --feature-arch.
void addEngineInputOptions(CLI::App &cmd, EngineInputRequest &inputs, bool featureNetwork);

// config.json of an existing run directory, or an empty object when there is none.
nlohmann::json storedRunConfig(const std::string &dir);
// The same as read by rank 0 (which alone writes run folders), on every rank.
nlohmann::json storedRunConfig(const std::string &dir, const DistributedGroup &group);

// The --dataset / --generator / --feature-net options given with --resume must name what
// the run was started with (`stored`: its config.json); otherwise a ConfigError says so.
void refuseChangedInputsOnResume(const CLI::App &cmd, const EngineInputRequest &given, const nlohmann::json &stored,
                                 const std::string &runDir);

// This process's ranks (world size 1 unless started by `itgan launch` or a torchrun-style
// launcher that set RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT).
std::shared_ptr<DistributedGroup> rankGroup();

} // namespace itgan::cli
