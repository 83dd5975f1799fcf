#include "core/data/CifarReader.h"

#include "core/base/Errors.h"

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace itgan {

namespace {

constexpr int64_t kPixelsPerImage = 3 * 32 * 32;

} // namespace

DatasetSplit readCifarFiles(const std::vector<std::string> &paths, CifarVariant variant)
{
    const int64_t labelBytes = variant == CifarVariant::Cifar10 ? 1 : 2;
    const int64_t recordSize = labelBytes + kPixelsPerImage;
    const int64_t numClasses = variant == CifarVariant::Cifar10 ? 10 : 100;

    std::vector<torch::Tensor> images, labels;
    for (const auto &path : paths) {
        if (!fs::exists(path))
            throw DatasetError("missing CIFAR file " + path);
        const auto bytes = static_cast<int64_t>(fs::file_size(path));
        if (bytes == 0)
            throw DatasetError(path + ": file is empty");
        if (bytes % recordSize != 0)
            throw DatasetError(path + ": size " + std::to_string(bytes) + " bytes is not a multiple of the "
                               + std::to_string(recordSize) + "-byte record size");
        const int64_t n = bytes / recordSize;
        auto raw = torch::empty({n, recordSize}, torch::kUInt8);
        std::ifstream in(path, std::ios::binary);
        if (!in.read(reinterpret_cast<char *>(raw.data_ptr<uint8_t>()), bytes))
            throw DatasetError(path + ": read failed after " + std::to_string(in.gcount()) + " bytes");
        auto fine = raw.select(1, labelBytes - 1).to(torch::kInt64);
        const int64_t maxLabel = fine.max().item<int64_t>();
        if (maxLabel >= numClasses)
            throw DatasetError(path + ": label " + std::to_string(maxLabel) + " is outside 0.."
                               + std::to_string(numClasses - 1));
        images.push_back(raw.narrow(1, labelBytes, kPixelsPerImage).reshape({n, 3, 32, 32}));
        labels.push_back(fine);
    }
    if (images.empty())
        throw DatasetError("no CIFAR files given");
    return {torch::cat(images).contiguous(), torch::cat(labels).contiguous()};
}

std::string detectCifarFolder(const std::string &dir)
{
    if (fs::exists(fs::path(dir) / "data_batch_1.bin"))
        return "cifar10";
    if (fs::exists(fs::path(dir) / "train.bin") && fs::exists(fs::path(dir) / "test.bin"))
        return "cifar100";
    return "";
}

std::vector<std::string> cifarTrainFiles(const std::string &dir, CifarVariant variant)
{
    if (variant == CifarVariant::Cifar100)
        return {(fs::path(dir) / "train.bin").string()};
    std::vector<std::string> files;
    for (int i = 1; i <= 5; ++i)
        files.push_back((fs::path(dir) / ("data_batch_" + std::to_string(i) + ".bin")).string());
    return files;
}

std::vector<std::string> cifarTestFiles(const std::string &dir, CifarVariant variant)
{
    return {(fs::path(dir) / (variant == CifarVariant::Cifar100 ? "test.bin" : "test_batch.bin")).string()};
}

} // namespace itgan
