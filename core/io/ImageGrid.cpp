#include "core/io/ImageGrid.h"

#include "core/base/Errors.h"
#include "core/io/TensorIo.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace itgan {

std::vector<char> encodePngGrid(const torch::Tensor &uint8Images, int64_t columns, int scale)
{
    if (uint8Images.dim() != 4 || uint8Images.scalar_type() != torch::kUInt8 || uint8Images.size(0) == 0)
        throw ConfigError("an image grid needs uint8 images [N,C,H,W]");
    const int64_t n = uint8Images.size(0), c = uint8Images.size(1), h = uint8Images.size(2), w = uint8Images.size(3);
    if (c != 1 && c != 3)
        throw ConfigError("an image grid needs 1- or 3-channel images, got " + std::to_string(c));
    columns = std::max<int64_t>(1, std::min(columns, n));
    const int64_t rows = (n + columns - 1) / columns;
    const int gap = 1;
    cv::Mat grid(static_cast<int>(rows * (h + gap) + gap), static_cast<int>(columns * (w + gap) + gap),
                 c == 1 ? CV_8UC1 : CV_8UC3, cv::Scalar::all(128));
    auto hwc = uint8Images.permute({0, 2, 3, 1}).contiguous();
    for (int64_t i = 0; i < n; ++i) {
        cv::Mat tile(static_cast<int>(h), static_cast<int>(w), c == 1 ? CV_8UC1 : CV_8UC3, hwc[i].data_ptr<uint8_t>());
        const int x = static_cast<int>((i % columns) * (w + gap) + gap), y = static_cast<int>((i / columns) * (h + gap) + gap);
        tile.copyTo(grid(cv::Rect(x, y, static_cast<int>(w), static_cast<int>(h))));
    }
    if (c == 3)
        cv::cvtColor(grid, grid, cv::COLOR_RGB2BGR);
    if (scale > 1)
        cv::resize(grid, grid, cv::Size(), scale, scale, cv::INTER_NEAREST);
    std::vector<uchar> png;
    if (!cv::imencode(".png", grid, png))
        throw IoError("PNG encoding failed");
    return std::vector<char>(png.begin(), png.end());
}

void writePngGrid(const torch::Tensor &uint8Images, int64_t columns, const std::string &path, int scale)
{
    writeFileAtomically(path, encodePngGrid(uint8Images, columns, scale));
}

torch::Tensor classRowsMosaic(const std::vector<torch::Tensor> &sets, const torch::Tensor &labels, int64_t numClasses,
                              int64_t perClass)
{
    std::vector<torch::Tensor> tiles;
    for (int64_t c = 0; c < numClasses; ++c) {
        const auto index = (labels == c).nonzero().flatten();
        const int64_t count = std::min(perClass, index.size(0));
        for (const auto &set : sets) {
            for (int64_t i = 0; i < perClass; ++i)
                tiles.push_back(i < count ? set[index[i].item<int64_t>()]
                                          : torch::full_like(sets.front()[0], 128)); // grey filler
        }
    }
    return torch::stack(tiles);
}

void writeClassRowsGrid(const std::vector<torch::Tensor> &sets, const torch::Tensor &labels, int64_t numClasses,
                        const std::string &path, int64_t perClass, int scale)
{
    if (sets.empty() || labels.size(0) == 0)
        throw ConfigError("no images for the grid " + path);
    perClass = std::max<int64_t>(1, std::min(perClass, labels.size(0)));
    writePngGrid(classRowsMosaic(sets, labels, numClasses, perClass), perClass * static_cast<int64_t>(sets.size()), path,
                 scale);
}

} // namespace itgan
