#pragma once
// Width and height of a PNG or JPEG file read from its header alone, before anything is
// decoded: a file of a few hundred bytes may claim tens of thousands of pixels a side, and
// decoding it would allocate gigabytes (the image-folder fuzzer found exactly that).
#include <cstddef>
#include <optional>
#include <string>

namespace itgan {

struct ImageDimensions {
    long long width = 0;
    long long height = 0;
};

// The most pixels an image of a dataset folder may have: 2^25 (e.g. 8192 x 4096); every
// image is shrunk to at most 1024 x 1024 anyway.
constexpr long long kMaxImagePixels = 1LL << 25;

// std::nullopt when the bytes are neither PNG nor JPEG or their header gives no size.
// PNG: the IHDR chunk that must follow the signature. JPEG: the first start-of-frame
// segment, walking markers the way libjpeg does (bytes between segments are skipped).
std::optional<ImageDimensions> readImageDimensions(const char *bytes, std::size_t size);

} // namespace itgan
