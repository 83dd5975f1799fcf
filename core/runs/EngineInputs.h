#pragma once
// Opens what an IT-GAN job works on — dataset, frozen generator, pre-trained feature
// ConvNet ψ — from names or paths ("bundled" or "" = the bundled models), checks that
// they fit together, and describes them (paths and content hashes) for config.json.
#include "core/nets/ClassifierNet.h"
#include "core/data/Dataset.h"
#include "core/generators/GeneratorFile.h"

namespace itgan {

struct EngineInputs {
    Dataset data;
    LoadedGenerator generator;      // empty when not requested
    std::string generatorPath;
    int64_t generatorBytes = 0;     // file size: what a latent set needs besides its latents
    ClassifierPtr featureNet;       // empty when not requested
    std::string featureNetPath;
    nlohmann::json identity;        // {"dataset": {...}, "generator": {...}, "feature_network": {...}}
};

struct EngineInputRequest {
    std::string dataset = "fashion-mnist";
    std::string generator = "bundled";      // "" = not needed
    std::string generatorArch;              // for state dicts that are not recognisably BigGAN
    std::string featureNetwork = "bundled"; // "" = not needed
    std::string featureArch = "convnet";
    // > 0: the training split is cut to a seeded subset of this many images per class right
    // after loading, so every index into it (a latent's source image) refers to the subset.
    int64_t trainingSubsetPerClass = 0;
    uint64_t trainingSubsetSeed = 0;
};

// How config.json refers to an input: names ("fashion-mnist", "bundled", "") as they are,
// anything that exists on disk as its absolute path (so `--resume` works from any folder).
std::string inputReference(const std::string &nameOrPath);

// "bundled" -> the bundled model file `bundledName`; anything else is a path.
std::string resolveModelPath(const std::string &nameOrPath, const char *bundledName);

EngineInputs loadEngineInputs(const EngineInputRequest &request);

// The request a run was made with (stored in its identity as "inputs"), so `--resume`
// reopens exactly the same dataset and models.
EngineInputRequest engineRequestFromIdentity(const nlohmann::json &identity);

} // namespace itgan
