#include "core/data/ImageHeader.h"

#include <cstring>

namespace itgan {

namespace {

unsigned bigEndian16(const unsigned char *p) { return (unsigned(p[0]) << 8) | p[1]; }

unsigned long bigEndian32(const unsigned char *p)
{
    return (static_cast<unsigned long>(bigEndian16(p)) << 16) | bigEndian16(p + 2);
}

std::optional<ImageDimensions> pngDimensions(const unsigned char *p, std::size_t size)
{
    // 8-byte signature, then the IHDR chunk: length (4), "IHDR", width (4), height (4).
    if (size < 24 || std::memcmp(p + 12, "IHDR", 4) != 0)
        return std::nullopt;
    return ImageDimensions{static_cast<long long>(bigEndian32(p + 16)), static_cast<long long>(bigEndian32(p + 20))};
}

// Start-of-frame markers carry the size: C0..CF except C4 (Huffman tables), C8 (reserved)
// and CC (arithmetic-coding conditioning).
bool isStartOfFrame(unsigned char marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

std::optional<ImageDimensions> jpegDimensions(const unsigned char *p, std::size_t size)
{
    std::size_t pos = 2; // after SOI (FF D8)
    while (pos < size) {
        if (p[pos] != 0xFF) { // libjpeg skips stray bytes up to the next marker
            ++pos;
            continue;
        }
        while (pos < size && p[pos] == 0xFF) // fill bytes
            ++pos;
        if (pos >= size)
            break;
        const unsigned char marker = p[pos++];
        if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // markers without a length
        if (marker == 0xD9 || marker == 0xDA)
            return std::nullopt; // end of image or start of scan before any frame header
        if (pos + 2 > size)
            break;
        const std::size_t length = bigEndian16(p + pos);
        if (length < 2)
            return std::nullopt;
        if (isStartOfFrame(marker)) {
            // length (2), sample precision (1), height (2), width (2)
            if (pos + 7 > size)
                return std::nullopt;
            return ImageDimensions{bigEndian16(p + pos + 5), bigEndian16(p + pos + 3)};
        }
        pos += length;
    }
    return std::nullopt;
}

} // namespace

std::optional<ImageDimensions> readImageDimensions(const char *bytes, std::size_t size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes);
    if (size >= 8 && std::memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0)
        return pngDimensions(p, size);
    if (size >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
        return jpegDimensions(p, size);
    return std::nullopt;
}

} // namespace itgan
