#pragma once
// `itgan launch`'s engine: starts N ranks of one itgan command on this host, configured
// the way torchrun configures PyTorch (MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE,
// LOCAL_RANK, LOCAL_WORLD_SIZE, OMP_NUM_THREADS), forwards their output line by line with
// a "[rank R]" prefix, stops every rank when one fails, and forwards Ctrl-C. No scheduler
// and no protocol of its own: the ranks find each other through c10d's TCPStore.
#include <string>
#include <vector>

namespace itgan::cli {

struct LaunchRequest {
    int ranks = 2;
    int threadsPerRank = 0;        // 0: this host's cores divided among the ranks
    int masterPort = 0;            // 0: a free loopback port
    std::string executable;        // the itgan binary the ranks run
    std::vector<std::string> command; // the itgan sub-command and its options
};

// Runs the ranks to the end. Returns 0 when all succeeded, 130 when interrupted, and
// otherwise 1 after printing which rank failed and how.
int launchLocalRanks(const LaunchRequest &request);

// A TCP port on 127.0.0.1 that nothing listens on right now.
int freeLoopbackPort();

} // namespace itgan::cli
