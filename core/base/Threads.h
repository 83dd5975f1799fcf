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

// A launcher's environment variable (OMP_NUM_THREADS, LOCAL_WORLD_SIZE, LOCAL_RANK) as a
// positive integer up to 4 096; 0 when unset, zero or not such a number.
int positiveEnvironmentInteger(const char *name);

} // namespace itgan
