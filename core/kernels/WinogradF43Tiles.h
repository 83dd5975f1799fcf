#pragma once
// The per-tile transforms of the own Winograd F(4×4, 3×3) convolution (core/kernels/WinogradF43.h),
// on channels-last data so that each step is a loop over contiguous channels. This file's
// implementation is compiled for AVX2 + FMA and holds no LibTorch code: the caller checks the
// CPU (ownWinogradSupported) before calling in.
//
// Lavin & Gray's F(4,3) with interpolation points 0, ±1, ±2, ∞: a 6×6 input tile d and a 3×3
// kernel g give the 4×4 output tile Y = Aᵀ [(G g Gᵀ) ⊙ (Bᵀ d B)] A, 36 multiplications per
// channel pair instead of 144.
#include <cstdint>

namespace itgan::winograd43 {

// Bᵀ d B of the 6×6 input tile whose top-left pixel is (top, left) of one channels-last image
// [height][width][channels] (pixels outside it are the zero padding). Writes point ξ = 6·i + j
// of channel c to v[ξ·pointStride + c]. `scratch` holds kInputScratchRows × channels floats.
constexpr int64_t kInputScratchRows = 37;
void inputTile(const float *image, int64_t height, int64_t width, int64_t channels, int64_t top, int64_t left,
               float *v, int64_t pointStride, float *scratch);

// Aᵀ m A + bias: the 4×4 output tile from the 36 products m[ξ·pointStride + k] of each output
// channel k, written to the channels-last output image [outHeight][outWidth][channels] at
// (top, left), the part inside the image only. `bias` may be null; `scratch` holds
// kOutputScratchRows × channels floats.
constexpr int64_t kOutputScratchRows = 28;
void outputTile(const float *m, int64_t pointStride, const float *bias, float *image, int64_t outHeight,
                int64_t outWidth, int64_t channels, int64_t top, int64_t left, float *scratch);

// A dY Aᵀ, the adjoint of outputTile for the weights' gradient: the 4×4 tile of the output's
// gradient at (top, left) of the channels-last image [outHeight][outWidth][channels] (zero
// outside it) to its 36 points, written to dm[ξ·pointStride + k]. `scratch` holds
// kGradientScratchRows × channels floats.
constexpr int64_t kGradientScratchRows = 25;
void gradientTile(const float *image, int64_t outHeight, int64_t outWidth, int64_t channels, int64_t top, int64_t left,
                  float *dm, int64_t pointStride, float *scratch);

} // namespace itgan::winograd43
