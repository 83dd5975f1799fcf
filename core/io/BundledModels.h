#pragma once
// Where the bundled resources (pre-trained models, presets) live: $ITGAN_RESOURCES/<folder>,
// else the installed share folder beside the binary, else the source tree's resources/
// (developer builds), else the configured install prefix.
#include <string>

namespace itgan {

// Path of resources/<folder>/<name>; throws IoError naming every place looked at when missing.
std::string bundledResourcePath(const std::string &folder, const std::string &name);
// The folder resources/<folder> (the first place that has it), or "" when none has.
std::string bundledResourceFolder(const std::string &folder);
// Path of resources/models/<name>, after checking the file against the content hash
// (fileContentHash) shipped for it in resources/models/content_hashes.json: IoError when
// the file is damaged or has no recorded hash.
std::string bundledModelPath(const std::string &name);
void verifyBundledModel(const std::string &path);

constexpr const char *kBundledModelHashes = "content_hashes.json";

constexpr const char *kBundledClassifier = "convnet_fmnist.pt";   // ψ: ConvNet-128 on Fashion-MNIST
constexpr const char *kBundledGenerator = "generator_fmnist.pt";  // the default conditional generator

} // namespace itgan
