#pragma once

namespace itgan {

// LibTorch defaults to one intra-op thread on these machines; set it explicitly.
// threads <= 0 means defaultTorchThreads(). Returns the count in force afterwards.
int configureTorchThreads(int threads);

// OMP_NUM_THREADS when set (PyTorch's own rule; `itgan launch` sets it for each rank),
// else all cores, divided among the ranks on this host when LOCAL_WORLD_SIZE says there
// are several.
int defaultTorchThreads();

// Number of hardware threads of this machine (at least 1).
int hardwareThreads();

} // namespace itgan
