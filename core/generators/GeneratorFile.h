#pragma once
// Generator files. Three kinds load through one function:
//  - native: a plain dict of tensors (Python's torch.load reads it) holding the weights
//    plus "__itgan__", a uint8 tensor of JSON metadata (architecture, options, metrics);
//  - imported state dict: the authors' BigGAN weights saved with torch.save(dict(G.state_dict()));
//  - TorchScript: any scripted module with forward(z, y).
#include "core/generators/Generator.h"
#include "core/io/StoredPrecision.h"

#include <nlohmann/json.hpp>

#include <string>

namespace itgan {

struct LoadedGenerator {
    GeneratorPtr generator;
    std::shared_ptr<torch::nn::Module> module; // native and imported kinds; null for TorchScript
    nlohmann::json metadata;                    // native files only
    std::string fileKind = "native";            // native | state-dict | torchscript
};

// Builds a fresh native generator: arch "biggan32" or "dcgan32".
LoadedGenerator createGenerator(const std::string &arch, int64_t width, int64_t latentSize, int64_t numClasses,
                                int64_t channels);

// Loads any kind; `arch` is needed only for state dicts that are not recognisably BigGAN.
// Throws ModelError/IoError naming the file: corrupt or truncated file, wrong architecture
// (with the first mismatching tensor), bad TorchScript signature.
LoadedGenerator loadGenerator(const std::string &path, const std::string &arch = "");

// Writes a native file atomically: weights of `module` + metadata (arch and options are added),
// the floating-point weights at `precision` (float16: half the bytes; loading computes in float32).
void saveGenerator(const LoadedGenerator &generator, const nlohmann::json &extraMetadata, const std::string &path,
                   StoredPrecision precision = StoredPrecision::Float32);

} // namespace itgan
