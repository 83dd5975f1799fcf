#pragma once
// Opens a dataset by known name ("fashion-mnist") or by path, detecting the format
// from the folder's contents (IDX, CIFAR binary, image folders).
#include "core/data/Dataset.h"

#include <string>

namespace itgan {

// Debian's dataset-fashion-mnist location.
constexpr const char *kFashionMnistDir = "/usr/share/datasets/fashion-mnist";

struct DatasetRequest {
    std::string nameOrPath = "fashion-mnist";
    int imageSize = 32;   // image folders only
    int channels = 0;     // image folders only; 0 = detect
};

Dataset loadDataset(const DatasetRequest &request);

// Individual formats, for callers that know what they have.
// IDX files train-* and t10k-*; Fashion-MNIST and MNIST are recognised by their content
// (identifyIdxDataset), any other set is named after its folder, with its own normalisation.
Dataset loadIdxDataset(const std::string &dir);
// "fashion-mnist", "mnist", or "" for a set that is neither.
std::string identifyIdxDataset(const DatasetSplit &train);
Dataset loadCifarDataset(const std::string &dir, const std::string &variant);

// Class names and normalisation of the known datasets (core/README.md: Data spaces).
std::vector<std::string> knownClassNames(const std::string &name, int64_t numClasses);
Normalisation knownNormalisation(const std::string &name);

} // namespace itgan
