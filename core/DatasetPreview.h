#pragma once
// A torch-free view of a dataset for the UI: the first few images of each class as
// 8-bit pixels. Keeps LibTorch out of widget code (compile cost, `slots` clash).
#include <cstdint>
#include <string>
#include <vector>

namespace itgan {

struct PreviewImage {
    int label = 0;
    int channels = 1;
    int height = 0;
    int width = 0;
    std::vector<uint8_t> pixels; // HWC, row-major
};

struct DatasetPreview {
    std::string name;
    std::string source;
    std::vector<std::string> classNames;
    int64_t trainSize = 0;
    int64_t testSize = 0;
    std::vector<PreviewImage> images; // perClass images of class 0, then class 1, ...
};

// Loads the dataset (a known name or a path) and takes `perClass` training images of
// each class. Throws itgan::Error with a readable message on failure.
DatasetPreview loadDatasetPreview(const std::string &nameOrPath, int perClass);

struct GeneratorPreview {
    std::string path;
    std::string description;          // architecture, file kind, parameters
    std::vector<PreviewImage> images; // perClass samples of class 0, then class 1, ...
};

// Samples `perClass` images per class (z ~ N(0, I), seeded) from the generator file
// (empty path = the bundled default), cropped to height x width. Throws itgan::Error.
GeneratorPreview loadGeneratorPreview(const std::string &path, int perClass, uint64_t seed, int height, int width);

} // namespace itgan
