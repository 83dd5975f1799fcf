// itgan launch: the same itgan command as N ranks on this host (core/README.md: Distributed runs).
#include "Commands.h"
#include "LocalLauncher.h"

#include "core/base/Errors.h"

#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <memory>

namespace itgan::cli {
namespace {

std::string thisExecutable()
{
    char path[PATH_MAX] = {};
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        throw Error("itgan launch: cannot find its own executable through /proc/self/exe");
    return std::string(path, static_cast<size_t>(n));
}

} // namespace

void addLaunchCommand(CLI::App &app)
{
    auto request = std::make_shared<LaunchRequest>();
    CLI::App *cmd = app.add_subcommand(
        "launch", "Run an itgan command as N processes on this host (c10d/Gloo, configured like torchrun): "
                  "itgan launch -n 2 -- invert --out runs/inv ...");
    cmd->add_option("-n,--ranks", request->ranks, "Number of processes (ranks)")
        ->capture_default_str()
        ->check(CLI::Range(1, 256));
    cmd->add_option("--threads-per-rank", request->threadsPerRank,
                    "LibTorch threads of each rank (0 = this host's cores divided among the ranks)")
        ->capture_default_str()
        ->check(CLI::Range(0, 4096));
    cmd->add_option("--master-port", request->masterPort, "Rendezvous port on 127.0.0.1 (0 = a free one)")
        ->capture_default_str()
        ->check(CLI::Range(0, 65535));
    cmd->add_option("command", request->command, "The itgan command and its options, after --")->required()->expected(-1);
    cmd->callback([request] {
        if (request->command.front() == "launch")
            throw ConfigError("itgan launch: the command to launch cannot be launch itself");
        request->executable = thisExecutable();
        const int code = launchLocalRanks(*request);
        if (code != 0)
            std::exit(code); // the launcher already said which rank failed and how
    });
}

} // namespace itgan::cli
