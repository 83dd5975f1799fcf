#pragma once
// Latents picked in the studio's explorer, saved with where they came from so they can be
// loaded back (and read by Python): a torch.save dict
//   {latents float [N, dz], labels int64 [N], source_indices int64 [N], provenance str}
// where provenance is JSON: per latent its set, index, class, source image and run folder,
// and how it was made (interpolation t and path, direction steps, class blend).
#include "core/latents/LatentSet.h"

#include <nlohmann/json.hpp>

#include <string>

namespace itgan {

struct PickedLatents {
    LatentSet latents;
    nlohmann::json provenance; // {"latents": [{...} per latent], ...}
};

// Written atomically. ConfigError when the latents and labels disagree in count.
void savePickedLatents(const PickedLatents &picked, const std::string &path);
// IoError naming the file when it is missing, damaged, or not such a dict (a plain latent
// set {latents, labels[, source_indices]} is accepted too, with empty provenance).
PickedLatents loadPickedLatents(const std::string &path);

} // namespace itgan
