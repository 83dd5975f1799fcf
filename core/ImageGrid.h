#pragma once
// Image mosaics as PNG (rows x columns of uint8 NCHW images, 1 or 3 channels).
#include "core/TorchInclude.h"

#include <string>
#include <vector>

namespace itgan {

// Lays images out row by row, `columns` per row, with a 1-pixel gap; `scale` enlarges
// each pixel (nearest) for viewing. Returns the PNG bytes.
std::vector<char> encodePngGrid(const torch::Tensor &uint8Images, int64_t columns, int scale = 1);
// Writes the grid atomically.
void writePngGrid(const torch::Tensor &uint8Images, int64_t columns, const std::string &path, int scale = 1);

} // namespace itgan
