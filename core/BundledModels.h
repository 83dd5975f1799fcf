#pragma once
// Where the bundled pre-trained models live: $ITGAN_RESOURCES/models, else the source
// tree's resources/models (developer builds), else the installed share folder.
#include <string>

namespace itgan {

// Path of resources/models/<name>; throws IoError naming every place looked at when missing.
std::string bundledModelPath(const std::string &name);

constexpr const char *kBundledClassifier = "convnet_fmnist.pt";   // ψ: ConvNet-128 on Fashion-MNIST
constexpr const char *kBundledGenerator = "generator_fmnist.pt";  // the default conditional generator

} // namespace itgan
