#include "core/kernels/WinogradF43.h"

#include "core/base/Errors.h"
#include "core/kernels/WinogradF43Tiles.h"

#include <ATen/Parallel.h>
#include <cblas.h>

#include <algorithm>
#include <mutex>
#include <vector>

namespace itgan {

bool ownWinogradSupported()
{
    static const bool supported = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return supported;
}

namespace {

// G (6×3) for the interpolation points 0, ±1, ±2, ∞ (WinogradF43Tiles.h), in double so that
// the weights' transforms carry no rounding beyond the final float conversion.
torch::Tensor kernelTransform()
{
    return torch::tensor({1.0 / 4, 0.0, 0.0,            //
                          -1.0 / 6, -1.0 / 6, -1.0 / 6, //
                          -1.0 / 6, 1.0 / 6, -1.0 / 6,  //
                          1.0 / 24, 1.0 / 12, 1.0 / 6,  //
                          1.0 / 24, -1.0 / 12, 1.0 / 6, //
                          0.0, 0.0, 1.0},
                         torch::kDouble)
        .reshape({6, 3});
}

// The tiles of one convolution's output: 4×4 each, numbered image by image, row by row.
struct TileGrid {
    int64_t height, width, outHeight, outWidth, padding, tilesAcross, tilesPerImage, tiles;

    TileGrid(int64_t batch, int64_t height_, int64_t width_, int64_t padding_)
        : height(height_), width(width_), outHeight(height_ + 2 * padding_ - 2), outWidth(width_ + 2 * padding_ - 2),
          padding(padding_), tilesAcross((outWidth + 3) / 4), tilesPerImage(((outHeight + 3) / 4) * tilesAcross),
          tiles(batch * tilesPerImage)
    {
    }
    // Tile `tile`'s image and the output position of its top-left pixel.
    void locate(int64_t tile, int64_t &image, int64_t &top, int64_t &left) const
    {
        image = tile / tilesPerImage;
        const int64_t within = tile % tilesPerImage;
        top = (within / tilesAcross) * 4;
        left = (within % tilesAcross) * 4;
    }
};

// Tiles per block: the block's transformed inputs and products (36 × block × channels floats
// each) stay within about 1 MiB together, and sgemm gets at least 16 rows. The transformed
// weights (36 × Cin × Cout floats) are read once per block; beyond 4 MiB they no longer stay
// in a cache between blocks, so then a block is at least Cin·Cout / (Cin + Cout) tiles, as many
// bytes of tiles as of weights (bench_layers: 512 channels at 4×4 took 56 ms with 16-tile
// blocks, 34 ms with 256; 128 channels lose 10 % with the larger blocks).
int64_t tilesPerBlock(int64_t inChannels, int64_t outChannels)
{
    int64_t block = (1 << 18) / (36 * (inChannels + outChannels));
    if (36 * inChannels * outChannels * 4 > (4 << 20))
        block = std::max(block, inChannels * outChannels / (inChannels + outChannels));
    return std::clamp<int64_t>(block, 16, 512);
}

// Bᵀ d B of the tiles [start, start + count) of a channels-last input into v (point ξ of tile t
// at v[ξ·block·Cin + t·Cin]).
void transformInputTiles(const TileGrid &grid, const float *x, int64_t inChannels, int64_t start, int64_t count,
                         int64_t block, float *v, float *scratch)
{
    const int64_t inImage = grid.height * grid.width * inChannels;
    for (int64_t t = 0; t < count; ++t) {
        int64_t image, top, left;
        grid.locate(start + t, image, top, left);
        winograd43::inputTile(x + image * inImage, grid.height, grid.width, inChannels, top - grid.padding,
                              left - grid.padding, v + t * inChannels, block * inChannels, scratch);
    }
}

void requireFloatCpu(const torch::Tensor &t, int64_t channels, const char *what)
{
    if (t.dim() != 4 || t.scalar_type() != torch::kFloat || !t.device().is_cpu() || t.size(1) != channels)
        throw ModelError(std::string("Winograd F(4,3): expected ") + what + " as a float CPU tensor [N,"
                         + std::to_string(channels) + ",H,W], got " + c10::str(t.sizes()));
}

} // namespace

torch::Tensor winogradF43Weights(const torch::Tensor &weight)
{
    if (weight.dim() != 4 || weight.size(2) != 3 || weight.size(3) != 3)
        throw ModelError("Winograd F(4,3): expected 3x3 weights [Cout,Cin,3,3], got " + c10::str(weight.sizes()));
    const auto G = kernelTransform();
    const auto u = torch::matmul(torch::matmul(G, weight.detach().to(torch::kDouble)), G.t()); // [Cout, Cin, 6, 6]
    return u.permute({2, 3, 1, 0}).reshape({36, weight.size(1), weight.size(0)}).to(torch::kFloat).contiguous();
}

torch::Tensor winogradF43Forward(const torch::Tensor &input, const torch::Tensor &transformedWeights,
                                 const torch::Tensor &bias, int64_t padding)
{
    const int64_t inChannels = transformedWeights.size(1), outChannels = transformedWeights.size(2);
    requireFloatCpu(input, inChannels, "the input");
    if (padding < 0)
        throw ModelError("Winograd F(4,3): padding must be >= 0, got " + std::to_string(padding));
    const TileGrid grid(input.size(0), input.size(2), input.size(3), padding);
    if (grid.outHeight <= 0 || grid.outWidth <= 0)
        throw ModelError("Winograd F(4,3): input " + c10::str(input.sizes()) + " is smaller than the 3x3 kernel");
    const auto x = input.contiguous(at::MemoryFormat::ChannelsLast); // channels contiguous per pixel
    const auto b = bias.defined() ? bias.to(torch::kFloat).contiguous() : torch::Tensor();
    auto y = torch::empty({input.size(0), outChannels, grid.outHeight, grid.outWidth},
                          input.options().memory_format(at::MemoryFormat::ChannelsLast));
    const int64_t block = tilesPerBlock(inChannels, outChannels), blocks = (grid.tiles + block - 1) / block;
    const float *xData = x.data_ptr<float>(), *uData = transformedWeights.data_ptr<float>();
    const float *biasData = b.defined() ? b.data_ptr<float>() : nullptr;
    float *yData = y.data_ptr<float>();
    const int64_t outImage = grid.outHeight * grid.outWidth * outChannels;
    at::parallel_for(0, blocks, 1, [&](int64_t first, int64_t last) {
        std::vector<float> v(static_cast<size_t>(36 * block * inChannels)), m(static_cast<size_t>(36 * block * outChannels));
        std::vector<float> scratch(static_cast<size_t>(
            std::max(winograd43::kInputScratchRows * inChannels, winograd43::kOutputScratchRows * outChannels)));
        for (int64_t blockIndex = first; blockIndex < last; ++blockIndex) {
            const int64_t start = blockIndex * block, count = std::min(block, grid.tiles - start);
            transformInputTiles(grid, xData, inChannels, start, count, block, v.data(), scratch.data());
            for (int64_t point = 0; point < 36; ++point) // the 36 products [count × Cin] · [Cin × Cout]
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, static_cast<int>(count),
                            static_cast<int>(outChannels), static_cast<int>(inChannels), 1.0f,
                            v.data() + point * block * inChannels, static_cast<int>(inChannels),
                            uData + point * inChannels * outChannels, static_cast<int>(outChannels), 0.0f,
                            m.data() + point * block * outChannels, static_cast<int>(outChannels));
            for (int64_t t = 0; t < count; ++t) {
                int64_t image, top, left;
                grid.locate(start + t, image, top, left);
                winograd43::outputTile(m.data() + t * outChannels, block * outChannels, biasData, yData + image * outImage,
                                       grid.outHeight, grid.outWidth, outChannels, top, left, scratch.data());
            }
        }
    });
    return y.contiguous();
}

torch::Tensor winogradF43WeightGradient(const torch::Tensor &input, const torch::Tensor &gradOutput, int64_t padding)
{
    const int64_t inChannels = input.dim() == 4 ? input.size(1) : 0, outChannels = gradOutput.dim() == 4 ? gradOutput.size(1) : 0;
    requireFloatCpu(input, inChannels, "the input");
    requireFloatCpu(gradOutput, outChannels, "the output gradient");
    const TileGrid grid(input.size(0), input.size(2), input.size(3), padding);
    if (padding < 0 || gradOutput.size(0) != input.size(0) || gradOutput.size(2) != grid.outHeight
        || gradOutput.size(3) != grid.outWidth)
        throw ModelError("Winograd F(4,3): an output gradient " + c10::str(gradOutput.sizes())
                         + " does not belong to the input " + c10::str(input.sizes()) + " with padding "
                         + std::to_string(padding));
    const auto x = input.contiguous(at::MemoryFormat::ChannelsLast);
    const auto g = gradOutput.contiguous(at::MemoryFormat::ChannelsLast);
    const int64_t block = tilesPerBlock(inChannels, outChannels), blocks = (grid.tiles + block - 1) / block;
    const float *xData = x.data_ptr<float>(), *gData = g.data_ptr<float>();
    const int64_t outImage = grid.outHeight * grid.outWidth * outChannels;
    // dU[ξ] = Σ over tiles V[ξ]ᵀ · dM[ξ] (Cin × Cout), one sum per thread, added up at the end.
    auto transformedGradient = torch::zeros({36, inChannels, outChannels}, torch::kFloat);
    std::mutex adding;
    at::parallel_for(0, blocks, 1, [&](int64_t first, int64_t last) {
        std::vector<float> v(static_cast<size_t>(36 * block * inChannels)), dm(static_cast<size_t>(36 * block * outChannels));
        std::vector<float> scratch(static_cast<size_t>(
            std::max(winograd43::kInputScratchRows * inChannels, winograd43::kGradientScratchRows * outChannels)));
        std::vector<float> sum(static_cast<size_t>(36 * inChannels * outChannels), 0.0f);
        for (int64_t blockIndex = first; blockIndex < last; ++blockIndex) {
            const int64_t start = blockIndex * block, count = std::min(block, grid.tiles - start);
            transformInputTiles(grid, xData, inChannels, start, count, block, v.data(), scratch.data());
            for (int64_t t = 0; t < count; ++t) {
                int64_t image, top, left;
                grid.locate(start + t, image, top, left);
                winograd43::gradientTile(gData + image * outImage, grid.outHeight, grid.outWidth, outChannels, top, left,
                                         dm.data() + t * outChannels, block * outChannels, scratch.data());
            }
            for (int64_t point = 0; point < 36; ++point) // dU[ξ] += V[ξ]ᵀ [Cin × count] · dM[ξ] [count × Cout]
                cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, static_cast<int>(inChannels),
                            static_cast<int>(outChannels), static_cast<int>(count), 1.0f,
                            v.data() + point * block * inChannels, static_cast<int>(inChannels),
                            dm.data() + point * block * outChannels, static_cast<int>(outChannels), 1.0f,
                            sum.data() + point * inChannels * outChannels, static_cast<int>(outChannels));
        }
        std::lock_guard<std::mutex> lock(adding);
        transformedGradient.add_(torch::from_blob(sum.data(), {36, inChannels, outChannels}, torch::kFloat));
    });
    // The adjoint of U = G g Gᵀ: dW = Gᵀ dU G per channel pair.
    const auto G = kernelTransform();
    const auto dU = transformedGradient.to(torch::kDouble).reshape({6, 6, inChannels, outChannels}).permute({3, 2, 0, 1});
    return torch::matmul(torch::matmul(G.t(), dU), G).to(torch::kFloat).contiguous(); // [Cout, Cin, 3, 3]
}

} // namespace itgan
