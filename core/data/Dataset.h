#pragma once
// An in-memory labelled image dataset: uint8 pixels [N,C,H,W] plus int64 labels,
// split into train and test, with class names and the per-channel normalisation
// that classifiers expect (core/README.md: Data spaces).
#include "core/base/TorchInclude.h"

#include <cstdint>
#include <string>
#include <vector>

namespace itgan {

struct Normalisation {
    std::vector<float> mean; // one per channel
    std::vector<float> std;  // one per channel
};

struct DatasetSplit {
    torch::Tensor images; // uint8 [N,C,H,W]
    torch::Tensor labels; // int64 [N]

    int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
};

struct Dataset {
    std::string name;                    // e.g. "fashion-mnist"
    std::string source;                  // file or folder it was read from
    std::vector<std::string> classNames; // index = label
    Normalisation normalisation;
    DatasetSplit train;
    DatasetSplit test;

    int64_t numClasses() const { return static_cast<int64_t>(classNames.size()); }
    int64_t channels() const { return train.images.size(1); }
    int64_t height() const { return train.images.size(2); }
    int64_t width() const { return train.images.size(3); }
    // Digits must not be flipped by the augmentation (core/README.md: DSA).
    bool allowsHorizontalFlip() const { return name != "mnist"; }
};

// A content hash of the pixels and labels of both splits (fileContentHash's kind): the
// identity of a dataset in config.json, whatever folder or file it was read from.
std::string datasetContentHash(const Dataset &data);

// uint8 pixels -> float classifier space: (x/255 - mean_c) / std_c.
torch::Tensor toClassifierSpace(const torch::Tensor &uint8Images, const Normalisation &norm);
// Generator output in [-1,1] -> classifier space: ((g+1)/2 - mean_c) / std_c (core/README.md: Data spaces).
torch::Tensor generatorToClassifierSpace(const torch::Tensor &generated, const Normalisation &norm);
// Classifier space -> uint8 pixels (clamped), the inverse of toClassifierSpace.
torch::Tensor fromClassifierSpace(const torch::Tensor &normalised, const Normalisation &norm);

// Per-channel mean/std of uint8 images scaled to [0,1].
Normalisation computeNormalisation(const torch::Tensor &uint8Images);

// Sample indices of each class, in dataset order.
std::vector<std::vector<int64_t>> indicesPerClass(const torch::Tensor &labels, int64_t numClasses);

// Indices of k images of every class (class-major order), chosen by a seeded shuffle;
// the images subsetPerClass returns. Throws DatasetError when a class has fewer than k.
torch::Tensor chooseIndicesPerClass(const torch::Tensor &labels, int64_t numClasses, int64_t k, uint64_t seed);
// k images of every class, chosen by a seeded shuffle (the same seed gives the same
// subset). Throws DatasetError when a class has fewer than k images.
DatasetSplit subsetPerClass(const DatasetSplit &split, int64_t numClasses, int64_t k, uint64_t seed);

// Checks shapes, dtypes, label range and that every class has at least one image.
// `what` names the data in the error message (a file or folder).
void validateSplit(const DatasetSplit &split, int64_t numClasses, const std::string &what);

} // namespace itgan
