#include "core/kernels/WinogradF43.h"

#include "core/base/Errors.h"
#include "core/kernels/WinogradF43Tiles.h"

#include <ATen/Parallel.h>
#include <cblas.h>

#include <algorithm>
#include <vector>

namespace itgan {

bool ownWinogradSupported()
{
    static const bool supported = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return supported;
}

torch::Tensor winogradF43Weights(const torch::Tensor &weight)
{
    if (weight.dim() != 4 || weight.size(2) != 3 || weight.size(3) != 3)
        throw ModelError("Winograd F(4,3): expected 3x3 weights [Cout,Cin,3,3], got " + c10::str(weight.sizes()));
    // G (6×3) for the interpolation points 0, ±1, ±2, ∞ (WinogradF43Tiles.h); in double so that
    // the transformed weights carry no rounding beyond the final float conversion.
    const auto G = torch::tensor({1.0 / 4, 0.0, 0.0,                        //
                                  -1.0 / 6, -1.0 / 6, -1.0 / 6,             //
                                  -1.0 / 6, 1.0 / 6, -1.0 / 6,              //
                                  1.0 / 24, 1.0 / 12, 1.0 / 6,              //
                                  1.0 / 24, -1.0 / 12, 1.0 / 6,             //
                                  0.0, 0.0, 1.0},
                                 torch::kDouble)
                       .reshape({6, 3});
    const auto u = torch::matmul(torch::matmul(G, weight.detach().to(torch::kDouble)), G.t()); // [Cout, Cin, 6, 6]
    return u.permute({2, 3, 1, 0}).reshape({36, weight.size(1), weight.size(0)}).to(torch::kFloat).contiguous();
}

torch::Tensor winogradF43Forward(const torch::Tensor &input, const torch::Tensor &transformedWeights,
                                 const torch::Tensor &bias, int64_t padding)
{
    const int64_t inChannels = transformedWeights.size(1), outChannels = transformedWeights.size(2);
    if (input.dim() != 4 || input.scalar_type() != torch::kFloat || !input.device().is_cpu()
        || input.size(1) != inChannels || padding < 0)
        throw ModelError("Winograd F(4,3): expected a float CPU tensor [N," + std::to_string(inChannels)
                         + ",H,W] and padding >= 0, got " + c10::str(input.sizes()) + " and padding "
                         + std::to_string(padding));
    const int64_t batch = input.size(0), height = input.size(2), width = input.size(3);
    const int64_t outHeight = height + 2 * padding - 2, outWidth = width + 2 * padding - 2;
    if (outHeight <= 0 || outWidth <= 0)
        throw ModelError("Winograd F(4,3): input " + c10::str(input.sizes()) + " is smaller than the 3x3 kernel");
    const auto x = input.contiguous(at::MemoryFormat::ChannelsLast); // channels contiguous per pixel
    const auto b = bias.defined() ? bias.to(torch::kFloat).contiguous() : torch::Tensor();
    auto y = torch::empty({batch, outChannels, outHeight, outWidth}, input.options().memory_format(at::MemoryFormat::ChannelsLast));
    const int64_t tilesDown = (outHeight + 3) / 4, tilesAcross = (outWidth + 3) / 4, tilesPerImage = tilesDown * tilesAcross;
    const int64_t tiles = batch * tilesPerImage;
    // Tiles per block: the block's transformed inputs and products (36 × block × channels
    // floats each) stay within about 1 MiB together, and sgemm gets at least 16 rows. The
    // transformed weights (36 × Cin × Cout floats) are read once per block; beyond 4 MiB they
    // no longer stay in a cache between blocks, so then a block is at least Cin·Cout / (Cin +
    // Cout) tiles, as many bytes of tiles as of weights (bench_layers: 512 channels at 4×4 took
    // 56 ms with 16-tile blocks, 34 ms with 256; 128 channels lose 10 % with the larger blocks).
    int64_t block = (1 << 18) / (36 * (inChannels + outChannels));
    if (36 * inChannels * outChannels * 4 > (4 << 20))
        block = std::max(block, inChannels * outChannels / (inChannels + outChannels));
    block = std::clamp<int64_t>(block, 16, 512);
    const int64_t blocks = (tiles + block - 1) / block;
    const float *xData = x.data_ptr<float>(), *uData = transformedWeights.data_ptr<float>();
    const float *biasData = b.defined() ? b.data_ptr<float>() : nullptr;
    float *yData = y.data_ptr<float>();
    at::parallel_for(0, blocks, 1, [&](int64_t first, int64_t last) {
        std::vector<float> v(static_cast<size_t>(36 * block * inChannels)), m(static_cast<size_t>(36 * block * outChannels));
        std::vector<float> scratch(static_cast<size_t>(
            std::max(winograd43::kInputScratchRows * inChannels, winograd43::kOutputScratchRows * outChannels)));
        for (int64_t blockIndex = first; blockIndex < last; ++blockIndex) {
            const int64_t start = blockIndex * block, count = std::min(block, tiles - start);
            auto locate = [&](int64_t tile, int64_t &image, int64_t &top, int64_t &left) {
                image = tile / tilesPerImage;
                const int64_t within = tile % tilesPerImage;
                top = (within / tilesAcross) * 4;
                left = (within % tilesAcross) * 4;
            };
            for (int64_t t = 0; t < count; ++t) {
                int64_t image, top, left;
                locate(start + t, image, top, left);
                winograd43::inputTile(xData + image * height * width * inChannels, height, width, inChannels,
                                      top - padding, left - padding, v.data() + t * inChannels, block * inChannels,
                                      scratch.data());
            }
            for (int64_t point = 0; point < 36; ++point) // the 36 products [count × Cin] · [Cin × Cout]
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, static_cast<int>(count),
                            static_cast<int>(outChannels), static_cast<int>(inChannels), 1.0f,
                            v.data() + point * block * inChannels, static_cast<int>(inChannels),
                            uData + point * inChannels * outChannels, static_cast<int>(outChannels), 0.0f,
                            m.data() + point * block * outChannels, static_cast<int>(outChannels));
            for (int64_t t = 0; t < count; ++t) {
                int64_t image, top, left;
                locate(start + t, image, top, left);
                winograd43::outputTile(m.data() + t * outChannels, block * outChannels, biasData,
                                       yData + image * outHeight * outWidth * outChannels, outHeight, outWidth,
                                       outChannels, top, left, scratch.data());
            }
        }
    });
    return y.contiguous();
}

} // namespace itgan
