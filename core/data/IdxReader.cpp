#include "core/data/IdxReader.h"

#include "core/base/Errors.h"

#include <zlib.h>

#include <filesystem>
#include <memory>

namespace fs = std::filesystem;

#include <cstring>
#include <vector>

namespace itgan {

namespace {

// zlib's gz* functions read gzip and plain files alike, which is exactly what IDX needs.
struct GzCloser {
    void operator()(gzFile f) const { gzclose(f); }
};
using GzHandle = std::unique_ptr<std::remove_pointer_t<gzFile>, GzCloser>;

// Reads exactly `n` bytes or reports how many there were.
int64_t readFully(gzFile f, uint8_t *out, int64_t n)
{
    int64_t done = 0;
    while (done < n) {
        const unsigned chunk = static_cast<unsigned>(std::min<int64_t>(n - done, 1 << 30));
        const int got = gzread(f, out + done, chunk);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        done += got;
    }
    return done;
}

std::string findWithOptionalGz(const std::string &dir, const std::string &stem)
{
    for (const char *suffix : {".gz", ""}) {
        const fs::path p = fs::path(dir) / (stem + suffix);
        if (fs::exists(p))
            return p.string();
    }
    throw DatasetError("missing IDX file " + (fs::path(dir) / (stem + "[.gz]")).string());
}

} // namespace

torch::Tensor readIdxFile(const std::string &path)
{
    if (!fs::exists(path))
        throw DatasetError("missing IDX file " + path);
    GzHandle file(gzopen(path.c_str(), "rb"));
    if (!file)
        throw DatasetError("cannot open IDX file " + path);

    uint8_t header[4];
    if (readFully(file.get(), header, 4) != 4)
        throw DatasetError(path + ": truncated IDX header (expected 4 magic bytes)");
    if (header[0] != 0 || header[1] != 0)
        throw DatasetError(path + ": wrong magic number (an IDX file starts with two zero bytes)");
    if (header[2] != 0x08)
        throw DatasetError(path + ": unsupported IDX element type 0x" + std::to_string(header[2])
                           + " (expected 0x08, unsigned byte)");
    const int ndims = header[3];
    if (ndims < 1 || ndims > 4)
        throw DatasetError(path + ": IDX header declares " + std::to_string(ndims) + " dimensions (expected 1..4)");

    // Up to four sizes of up to 2^32 each: their product is checked before it is formed, so
    // a header of huge sizes is refused instead of overflowing 64 bits.
    constexpr int64_t kMaxIdxBytes = int64_t(1) << 34;
    std::vector<int64_t> dims;
    int64_t total = 1;
    for (int d = 0; d < ndims; ++d) {
        uint8_t b[4];
        if (readFully(file.get(), b, 4) != 4)
            throw DatasetError(path + ": truncated IDX header (dimension sizes)");
        const int64_t size = (int64_t(b[0]) << 24) | (int64_t(b[1]) << 16) | (int64_t(b[2]) << 8) | int64_t(b[3]);
        dims.push_back(size);
        if (size != 0 && total > kMaxIdxBytes / size)
            throw DatasetError(path + ": IDX header declares an implausible size (dimension " + std::to_string(d + 1)
                               + " is " + std::to_string(size) + "; more than 2^34 bytes in all)");
        total *= size;
    }

    // Read in pieces, so memory follows the bytes the file really holds: a short file whose
    // header promises gigabytes is refused as truncated without allocating them (a gzip file's
    // size says nothing about its contents').
    std::vector<uint8_t> payload;
    constexpr int64_t kPiece = int64_t(1) << 24;
    while (static_cast<int64_t>(payload.size()) < total) {
        const size_t before = payload.size();
        payload.resize(before + static_cast<size_t>(std::min(kPiece, total - static_cast<int64_t>(before))));
        const int64_t got = readFully(file.get(), payload.data() + before, static_cast<int64_t>(payload.size() - before));
        if (got < 0)
            throw DatasetError(path + ": corrupt compressed data");
        payload.resize(before + static_cast<size_t>(got));
        if (got == 0)
            break;
    }
    if (static_cast<int64_t>(payload.size()) < total)
        throw DatasetError(path + ": truncated: header promises " + std::to_string(total) + " data bytes, file has "
                           + std::to_string(payload.size()));
    auto data = torch::empty(dims, torch::kUInt8);
    if (!payload.empty()) // a size 0 dimension: nothing to copy (and memcpy takes no null pointers)
        std::memcpy(data.data_ptr<uint8_t>(), payload.data(), payload.size());
    uint8_t extra;
    if (readFully(file.get(), &extra, 1) != 0)
        throw DatasetError(path + ": file is longer than its IDX header says (" + std::to_string(total)
                           + " data bytes)");
    return data;
}

DatasetSplit readIdxSplit(const std::string &dir, const std::string &prefix, int64_t numClasses)
{
    const std::string imagesPath = findWithOptionalGz(dir, prefix + "-images-idx3-ubyte");
    const std::string labelsPath = findWithOptionalGz(dir, prefix + "-labels-idx1-ubyte");
    auto images = readIdxFile(imagesPath);
    auto labels = readIdxFile(labelsPath);
    if (images.dim() != 3)
        throw DatasetError(imagesPath + ": expected 3 dimensions (count, rows, columns), found "
                           + std::to_string(images.dim()));
    if (labels.dim() != 1)
        throw DatasetError(labelsPath + ": expected 1 dimension (count), found " + std::to_string(labels.dim()));
    if (images.size(0) != labels.size(0))
        throw DatasetError(imagesPath + " has " + std::to_string(images.size(0)) + " images but " + labelsPath
                           + " has " + std::to_string(labels.size(0)) + " labels");
    DatasetSplit split{images.unsqueeze(1).contiguous(), labels.to(torch::kInt64)};
    validateSplit(split, numClasses, labelsPath);
    return split;
}

bool looksLikeIdxFolder(const std::string &dir)
{
    for (const char *name : {"train-images-idx3-ubyte", "train-images-idx3-ubyte.gz"})
        if (fs::exists(fs::path(dir) / name))
            return true;
    return false;
}

} // namespace itgan
