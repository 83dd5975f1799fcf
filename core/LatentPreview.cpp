#include "core/LatentPreview.h"

namespace itgan {

void emitPreview(const JobHooks &hooks, Generator &g, const torch::Tensor &z, const torch::Tensor &labels,
                 const Dataset &data, int64_t iteration)
{
    if (!hooks.onPreview || hooks.previewEvery <= 0 || iteration % hooks.previewEvery != 0)
        return;
    LatentSet current{z.detach(), labels, {}};
    hooks.onPreview(generatePixels(g, current, data), labels, iteration);
}

} // namespace itgan
