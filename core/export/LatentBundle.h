#pragma once
// A latent bundle: everything needed to rebuild a latent-form synthetic set bit for bit.
// A folder holding
//   manifest.json  format, dataset (name, classes, image shape, normalisation), method,
//                  its configuration, file hashes and the hash of the generated pixels;
//   generator.pt   a copy of the generator file (native, imported state dict or TorchScript);
//   latents.pt     {latents, labels, source_indices} (Python's torch.load reads it).
#include "core/generators/GeneratorFile.h"
#include "core/latents/LatentSet.h"

namespace itgan {

constexpr const char *kLatentBundleFormat = "itgan-latent-bundle";

struct LatentBundle {
    std::string path;
    nlohmann::json manifest;
    LatentSet latents;
    std::string generatorPath; // inside the bundle
};

struct LatentBundleContent {
    std::string generatorPath;       // the file copied into the bundle
    std::string generatorArch;       // for imported state dicts ("" = detect)
    LatentSet latents;
    nlohmann::json dataset;          // {"name", "classes", "image_shape", "normalisation"}
    std::string method;              // "itgan", "inversion", "gan"
    nlohmann::json config;           // the method's configuration
};

// Writes the bundle folder `path` (refused when it exists unless `overwrite`); the folder
// appears complete or not at all. Returns the regenerated pixels it hashed.
torch::Tensor writeLatentBundle(const LatentBundleContent &content, const std::string &path, bool overwrite);

// Reads and verifies a bundle: IoError naming the file for a missing file, a wrong format,
// or a hash that no longer matches (corrupt bundle).
LatentBundle readLatentBundle(const std::string &path);
bool isLatentBundle(const std::string &path);

// Regenerates the bundle's images as uint8 pixels and checks them against the manifest's
// pixel hash (ModelError when they differ).
torch::Tensor regenerateBundleImages(const LatentBundle &bundle);

} // namespace itgan
