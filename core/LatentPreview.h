#pragma once
// Live previews of latent jobs: the current G(z) as pixels for the job's preview hook,
// at most every hooks.previewEvery iterations.
#include "core/JobEvents.h"
#include "core/LatentSet.h"

namespace itgan {

void emitPreview(const JobHooks &hooks, Generator &g, const torch::Tensor &z, const torch::Tensor &labels,
                 const Dataset &data, int64_t iteration);

} // namespace itgan
