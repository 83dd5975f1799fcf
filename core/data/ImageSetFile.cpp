#include "core/data/ImageSetFile.h"

#include "core/base/Errors.h"
#include "core/data/ImageFolderReader.h"
#include "core/io/TensorIo.h"

#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace itgan {

namespace {

// {images, labels} and, as our own torch export writes them, "classes" (the class names) and
// "indices" (an exported selection's rows); `classNames` gets the names when present.
DatasetSplit readTensorFile(const std::string &path, std::vector<std::string> *classNames)
{
    TensorMap entries;
    std::map<std::string, c10::IValue> others;
    try {
        entries = loadTensorMap(path, &others);
    } catch (const IoError &e) {
        throw DatasetError(std::string(e.what()) + " (expected a dict {images, labels})");
    }
    for (const auto &[key, value] : others) {
        if (key != "classes" || !value.isList())
            throw DatasetError(path + ": entry '" + key + "' is a " + value.tagKind()
                               + " (expected a dict {images, labels[, classes: a list of names]})");
        for (const auto &name : value.toListRef()) {
            if (!name.isString())
                throw DatasetError(path + ": 'classes' must be a list of names");
            classNames->push_back(name.toStringRef());
        }
    }
    for (const char *key : {"images", "labels"})
        if (!entries.count(key))
            throw DatasetError(path + ": no '" + key + "' entry (expected a dict {images, labels})");
    torch::Tensor images = entries.at("images"), labels = entries.at("labels");
    if (images.dim() != 4)
        throw DatasetError(path + ": images have shape " + c10::str(images.sizes()) + ", expected [N,C,H,W]");
    if (images.scalar_type() != torch::kUInt8) {
        if (!images.is_floating_point())
            throw DatasetError(path + ": images must be uint8 pixels or float pixels in [0,1]");
        if (!torch::isfinite(images).all().item<bool>())
            throw DatasetError(path + ": images hold NaN or Inf values; expected pixels in [0,1]");
        if (images.min().item<double>() < -1e-3 || images.max().item<double>() > 1 + 1e-3)
            throw DatasetError(path + ": float images must be pixels in [0,1]");
        images = images.mul(255.0).round().clamp(0, 255).to(torch::kUInt8);
    }
    if (labels.dim() != 1 || labels.is_floating_point())
        throw DatasetError(path + ": labels must be an integer vector, got shape " + c10::str(labels.sizes()));
    return {images.contiguous(), labels.to(torch::kInt64).contiguous()};
}

} // namespace

DatasetSplit readImageSet(const std::string &path, const Dataset &reference)
{
    if (!fs::exists(path))
        throw DatasetError("image set " + path + " does not exist");
    DatasetSplit set;
    if (fs::is_directory(path)) {
        const Dataset folder = readImageFolder(path, {static_cast<int>(reference.height()),
                                                      static_cast<int>(reference.channels())});
        if (folder.classNames.size() != reference.classNames.size())
            throw DatasetError(path + ": has " + std::to_string(folder.classNames.size()) + " class folders, "
                               + reference.name + " has " + std::to_string(reference.numClasses()) + " classes");
        set = folder.train;
    } else {
        std::vector<std::string> classNames;
        set = readTensorFile(path, &classNames);
        if (!classNames.empty() && static_cast<int64_t>(classNames.size()) != reference.numClasses())
            throw DatasetError(path + ": names " + std::to_string(classNames.size()) + " classes, " + reference.name
                               + " has " + std::to_string(reference.numClasses()));
    }
    if (set.images.size(0) != set.labels.size(0))
        throw DatasetError(path + ": " + std::to_string(set.images.size(0)) + " images but "
                           + std::to_string(set.labels.size(0)) + " labels");
    if (set.images.size(1) != reference.channels())
        throw DatasetError(path + ": images have " + std::to_string(set.images.size(1)) + " channels, "
                           + reference.name + " has " + std::to_string(reference.channels()));
    const int64_t h = reference.height(), w = reference.width();
    if (set.images.size(2) == h + 4 && set.images.size(3) == w + 4)
        set.images = set.images.narrow(2, 2, h).narrow(3, 2, w).contiguous();
    if (set.images.size(2) != h || set.images.size(3) != w)
        throw DatasetError(path + ": images are " + std::to_string(set.images.size(2)) + "x"
                           + std::to_string(set.images.size(3)) + ", " + reference.name + " images are "
                           + std::to_string(h) + "x" + std::to_string(w));
    if (set.size() == 0)
        throw DatasetError(path + ": holds no images");
    const int64_t lo = set.labels.min().item<int64_t>(), hi = set.labels.max().item<int64_t>();
    if (lo < 0 || hi >= reference.numClasses())
        throw DatasetError(path + ": labels span " + std::to_string(lo) + ".." + std::to_string(hi) + ", "
                           + reference.name + " has classes 0.." + std::to_string(reference.numClasses() - 1));
    return set;
}

} // namespace itgan
