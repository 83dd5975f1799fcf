#pragma once
// Image mosaics as PNG (rows x columns of uint8 NCHW images, 1 or 3 channels).
#include "core/base/TorchInclude.h"

#include <string>
#include <vector>

namespace itgan {

// Lays images out row by row, `columns` per row, with a 1-pixel gap; `scale` enlarges
// each pixel (nearest) for viewing. Returns the PNG bytes.
std::vector<char> encodePngGrid(const torch::Tensor &uint8Images, int64_t columns, int scale = 1);
// Writes the grid atomically.
void writePngGrid(const torch::Tensor &uint8Images, int64_t columns, const std::string &path, int scale = 1);

// One row per class: up to `perClass` images of that class (in set order) from each
// of `sets` (same length and labels), set after set, e.g. real | inverted | IT-GAN.
torch::Tensor classRowsMosaic(const std::vector<torch::Tensor> &sets, const torch::Tensor &labels, int64_t numClasses,
                              int64_t perClass);
void writeClassRowsGrid(const std::vector<torch::Tensor> &sets, const torch::Tensor &labels, int64_t numClasses,
                        const std::string &path, int64_t perClass = 10, int scale = 2);

} // namespace itgan
