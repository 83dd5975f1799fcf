#pragma once

namespace itgan {

// LibTorch defaults to one intra-op thread on these machines; set it explicitly.
// threads <= 0 means "all cores". Returns the count in force afterwards.
int configureTorchThreads(int threads);

// Number of hardware threads of this machine (at least 1).
int hardwareThreads();

} // namespace itgan
