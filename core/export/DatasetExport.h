#pragma once
// `export`: a synthetic set (a run directory of inversion / IT-GAN / DM, or a latent
// bundle) written in the formats other tools read:
//   png-folders  <out>/<NN>_<class>/<index>.png + manifest.json
//   npy          <out>/images.npy (uint8 N,H,W,C) + labels.npy (int64) + manifest.json
//   torch        <out> = a .pt dict {images uint8 [N,C,H,W], labels int64, classes [str]}
//   cifar-bin    <out>/data_batch_1.bin (1 label byte + C·H·W channel-planar bytes per
//                record) + batches.meta.txt (class names) + manifest.json
//   bundle       <out> = a latent bundle (latent-form sources only)
// Outputs appear complete or not at all, and an existing one is replaced only when asked.
#include "core/base/Cancellation.h"
#include "core/data/Dataset.h"
#include "core/latents/LatentSet.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace itgan {

struct ExportSource {
    std::string path;
    std::string method;               // inversion | itgan | dm | gan
    DatasetSplit pixels;              // uint8 [N,C,H,W] + labels
    std::vector<std::string> classNames;
    nlohmann::json dataset;           // {"name", "classes", "image_shape", "normalisation"}
    nlohmann::json config;            // the method's configuration
    std::optional<LatentSet> latents; // latent-form sources
    std::string generatorPath;        // latent-form sources
    std::string generatorArch;
    std::vector<int64_t> selectedIndices; // a subset's rows in the whole set (empty = the whole set)
};

// Opens a run directory (config.json with "method") or a latent bundle.
ExportSource openExportSource(const std::string &path);

std::vector<std::string> exportFormats();
// The rows `indices` of `source` (pixels, labels and latents), for exporting a selection; the
// manifest, a torch file ("indices") and a bundle's config record them. ConfigError naming the
// source for an empty list or an index outside the set.
ExportSource selectExportRows(const ExportSource &source, const std::vector<int64_t> &indices);
// Writes `source` as `format` to `out`; IoError when `out` exists and !force. A `cancel`
// that fires stops it (CancelledError, checked every image) and nothing appears at `out`.
void exportDataset(const ExportSource &source, const std::string &format, const std::string &out, bool force,
                   const CancellationToken *cancel = nullptr);

// NumPy .npy bytes (format 1.0) of a C-contiguous uint8 or int64 tensor.
std::vector<char> encodeNpy(const torch::Tensor &tensor);

} // namespace itgan
