// Compiled with -mavx2 -mfma -O3 (core/CMakeLists.txt). It must stay free of every header
// with inline functions (the standard library's included): an inline function compiled here
// with AVX2 instructions could be the copy the linker keeps for the whole program, and crash
// a CPU without AVX2 that never calls this file. Scratch memory therefore comes from the caller.
#include "core/kernels/WinogradF43Tiles.h"

namespace itgan::winograd43 {
namespace {

// Bᵀ applied to six channel vectors (one column or row of a tile): the six outputs.
//   Bᵀ = [4  0 -5  0 1 0;  0 -4 -4  1 1 0;  0  4 -4 -1 1 0;
//         0 -2 -1  2 1 0;  0  2 -1 -2 1 0;  0  4  0 -5 0 1]
void transformInput(const float *__restrict d0, const float *__restrict d1, const float *__restrict d2,
                    const float *__restrict d3, const float *__restrict d4, const float *__restrict d5,
                    float *__restrict o0, float *__restrict o1, float *__restrict o2, float *__restrict o3,
                    float *__restrict o4, float *__restrict o5, int64_t n)
{
    for (int64_t c = 0; c < n; ++c) {
        const float a0 = d0[c], a1 = d1[c], a2 = d2[c], a3 = d3[c], a4 = d4[c], a5 = d5[c];
        o0[c] = 4.0f * a0 - 5.0f * a2 + a4;
        o1[c] = -4.0f * (a1 + a2) + a3 + a4;
        o2[c] = 4.0f * (a1 - a2) - a3 + a4;
        o3[c] = 2.0f * (a3 - a1) - a2 + a4;
        o4[c] = 2.0f * (a1 - a3) - a2 + a4;
        o5[c] = 4.0f * a1 - 5.0f * a3 + a5;
    }
}

// Aᵀ applied to six channel vectors: the four outputs, plus `bias` when it is given (the
// second, last pass).  Aᵀ = [1 1 1 1 1 0;  0 1 -1 2 -2 0;  0 1 1 4 4 0;  0 1 -1 8 -8 1]
void transformOutput(const float *__restrict m0, const float *__restrict m1, const float *__restrict m2,
                     const float *__restrict m3, const float *__restrict m4, const float *__restrict m5,
                     const float *__restrict bias, float *__restrict y0, float *__restrict y1, float *__restrict y2,
                     float *__restrict y3, int64_t n)
{
    for (int64_t c = 0; c < n; ++c) {
        const float b = bias ? bias[c] : 0.0f;
        const float sum12 = m1[c] + m2[c], diff12 = m1[c] - m2[c];
        const float sum34 = m3[c] + m4[c], diff34 = m3[c] - m4[c];
        y0[c] = m0[c] + sum12 + sum34 + b;
        y1[c] = diff12 + 2.0f * diff34 + b;
        y2[c] = sum12 + 4.0f * sum34 + b;
        y3[c] = diff12 + 8.0f * diff34 + m5[c] + b;
    }
}

// A applied to four channel vectors: the six outputs (the transpose of transformOutput).
//   A = [1 0 0 0;  1 1 1 1;  1 -1 1 -1;  1 2 4 8;  1 -2 4 -8;  0 0 0 1]
void transformGradient(const float *__restrict y0, const float *__restrict y1, const float *__restrict y2,
                       const float *__restrict y3, float *__restrict o0, float *__restrict o1, float *__restrict o2,
                       float *__restrict o3, float *__restrict o4, float *__restrict o5, int64_t n)
{
    for (int64_t c = 0; c < n; ++c) {
        const float a0 = y0[c], a1 = y1[c], a2 = y2[c], a3 = y3[c];
        const float even = a0 + a2, odd = a1 + a3, even4 = a0 + 4.0f * a2, odd2 = 2.0f * a1 + 8.0f * a3;
        o0[c] = a0;
        o1[c] = even + odd;
        o2[c] = even - odd;
        o3[c] = even4 + odd2;
        o4[c] = even4 - odd2;
        o5[c] = a3;
    }
}

} // namespace

void inputTile(const float *image, int64_t height, int64_t width, int64_t channels, int64_t top, int64_t left,
               float *v, int64_t pointStride, float *scratch)
{
    // scratch: 36 rows of Bᵀ d, then one row of zeros standing for the padding.
    float *columns = scratch, *zeros = scratch + 36 * channels;
    for (int64_t c = 0; c < channels; ++c)
        zeros[c] = 0.0f;
    const float *d[36];
    for (int64_t i = 0; i < 6; ++i)
        for (int64_t j = 0; j < 6; ++j) {
            const int64_t y = top + i, x = left + j;
            d[6 * i + j] = (y >= 0 && y < height && x >= 0 && x < width) ? image + (y * width + x) * channels : zeros;
        }
    auto row = [&](int64_t i, int64_t j) { return columns + (6 * i + j) * channels; };
    for (int64_t j = 0; j < 6; ++j) // Bᵀ d: down each column
        transformInput(d[j], d[6 + j], d[12 + j], d[18 + j], d[24 + j], d[30 + j], row(0, j), row(1, j), row(2, j),
                       row(3, j), row(4, j), row(5, j), channels);
    for (int64_t i = 0; i < 6; ++i) { // (Bᵀ d) B: along each row
        float *out = v + 6 * i * pointStride;
        transformInput(row(i, 0), row(i, 1), row(i, 2), row(i, 3), row(i, 4), row(i, 5), out, out + pointStride,
                       out + 2 * pointStride, out + 3 * pointStride, out + 4 * pointStride, out + 5 * pointStride,
                       channels);
    }
}

void outputTile(const float *m, int64_t pointStride, const float *bias, float *image, int64_t outHeight,
                int64_t outWidth, int64_t channels, int64_t top, int64_t left, float *scratch)
{
    // scratch: 24 rows of Aᵀ m, then 4 rows that take the outputs falling outside the image.
    float *rows = scratch, *discard = scratch + 24 * channels;
    auto point = [&](int64_t i, int64_t j) { return m + (6 * i + j) * pointStride; };
    auto row = [&](int64_t i, int64_t j) { return rows + (6 * i + j) * channels; };
    for (int64_t j = 0; j < 6; ++j) // Aᵀ m: down each column
        transformOutput(point(0, j), point(1, j), point(2, j), point(3, j), point(4, j), point(5, j), nullptr,
                        row(0, j), row(1, j), row(2, j), row(3, j), channels);
    for (int64_t i = 0; i < 4 && top + i < outHeight; ++i) { // (Aᵀ m) A + bias: along each row
        float *out[4];
        for (int64_t j = 0; j < 4; ++j)
            out[j] = left + j < outWidth ? image + ((top + i) * outWidth + left + j) * channels : discard + j * channels;
        transformOutput(row(i, 0), row(i, 1), row(i, 2), row(i, 3), row(i, 4), row(i, 5), bias, out[0], out[1], out[2],
                        out[3], channels);
    }
}

void gradientTile(const float *image, int64_t outHeight, int64_t outWidth, int64_t channels, int64_t top, int64_t left,
                  float *dm, int64_t pointStride, float *scratch)
{
    // scratch: 24 rows of A dY (6 × 4), then one row of zeros for the outputs outside the image.
    float *columns = scratch, *zeros = scratch + 24 * channels;
    for (int64_t c = 0; c < channels; ++c)
        zeros[c] = 0.0f;
    const float *g[16];
    for (int64_t i = 0; i < 4; ++i)
        for (int64_t j = 0; j < 4; ++j) {
            const int64_t y = top + i, x = left + j;
            g[4 * i + j] = (y < outHeight && x < outWidth) ? image + (y * outWidth + x) * channels : zeros;
        }
    auto row = [&](int64_t i, int64_t j) { return columns + (4 * i + j) * channels; };
    for (int64_t j = 0; j < 4; ++j) // A dY: down each column
        transformGradient(g[j], g[4 + j], g[8 + j], g[12 + j], row(0, j), row(1, j), row(2, j), row(3, j), row(4, j),
                          row(5, j), channels);
    for (int64_t i = 0; i < 6; ++i) { // (A dY) Aᵀ: along each row
        float *out = dm + 6 * i * pointStride;
        transformGradient(row(i, 0), row(i, 1), row(i, 2), row(i, 3), out, out + pointStride, out + 2 * pointStride,
                          out + 3 * pointStride, out + 4 * pointStride, out + 5 * pointStride, channels);
    }
}

} // namespace itgan::winograd43
