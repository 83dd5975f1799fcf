#include "core/data/ImageFolderReader.h"

#include "core/base/Errors.h"
#include "core/data/ImageHeader.h"
#include "core/io/TensorIo.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace itgan {

namespace {

bool isImageFile(const fs::path &p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg";
}

std::vector<std::string> classFolders(const fs::path &root)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(root))
        if (entry.is_directory())
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<fs::path> imagesIn(const fs::path &dir)
{
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && isImageFile(entry.path()))
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// The one place images are decoded. The header's size is checked first (a tiny file may
// claim gigapixels; OpenCV's own cap is 2^30 pixels, read once at start-up); then OpenCV
// refuses some files by returning nothing and others by throwing (a malformed JPEG 2000);
// both become a DatasetError naming the file.
cv::Mat readImage(const fs::path &file, int flags)
{
    const std::vector<char> bytes = readFileBytes(file.string());
    const auto dimensions = readImageDimensions(bytes.data(), bytes.size());
    if (!dimensions || dimensions->width <= 0 || dimensions->height <= 0)
        throw DatasetError("unreadable image " + file.string() + " (expected PNG or JPEG data with a size in its header)");
    if (dimensions->width > kMaxImagePixels / dimensions->height) // width × height, without overflowing
        throw DatasetError("image " + file.string() + " is " + std::to_string(dimensions->width) + "x" +
                           std::to_string(dimensions->height) + " pixels; at most " + std::to_string(kMaxImagePixels) +
                           " pixels (e.g. 8192x4096) are read");
    cv::Mat m;
    try {
        const cv::Mat encoded(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char *>(bytes.data()));
        m = cv::imdecode(encoded, flags);
    } catch (const cv::Exception &e) {
        throw DatasetError("unreadable image " + file.string() + " (" + e.err + ")");
    }
    if (m.empty())
        throw DatasetError("unreadable image " + file.string());
    return m;
}

int detectChannels(const fs::path &file)
{
    return readImage(file, cv::IMREAD_UNCHANGED).channels() == 1 ? 1 : 3;
}

// Reads one split laid out as dir/<class>/*; `classNames` fixes the label order.
DatasetSplit readSplit(const fs::path &dir, const std::vector<std::string> &classNames, int size, int channels)
{
    std::vector<torch::Tensor> images;
    std::vector<int64_t> labels;
    for (size_t c = 0; c < classNames.size(); ++c) {
        const fs::path classDir = dir / classNames[c];
        if (!fs::is_directory(classDir))
            throw DatasetError("missing class folder " + classDir.string());
        const auto files = imagesIn(classDir);
        if (files.empty())
            throw DatasetError("class folder " + classDir.string() + " holds no .png/.jpg images");
        for (const auto &file : files) {
            cv::Mat m = readImage(file, channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
            if (m.depth() != CV_8U)
                m.convertTo(m, CV_8U);
            if (channels == 3)
                cv::cvtColor(m, m, cv::COLOR_BGR2RGB);
            if (m.rows != size || m.cols != size)
                cv::resize(m, m, cv::Size(size, size), 0, 0, cv::INTER_AREA);
            auto hwc = torch::from_blob(m.data, {size, size, channels}, torch::kUInt8).clone();
            images.push_back(hwc.permute({2, 0, 1}));
            labels.push_back(static_cast<int64_t>(c));
        }
    }
    return {torch::stack(images).contiguous(), torch::tensor(labels, torch::kInt64)};
}

} // namespace

bool looksLikeImageFolder(const std::string &dir)
{
    const fs::path root = fs::is_directory(fs::path(dir) / "train") ? fs::path(dir) / "train" : fs::path(dir);
    if (!fs::is_directory(root))
        return false;
    for (const auto &name : classFolders(root))
        if (!imagesIn(root / name).empty())
            return true;
    return false;
}

Dataset readImageFolder(const std::string &rootPath, const ImageFolderOptions &options)
{
    const fs::path root(rootPath);
    if (!fs::is_directory(root))
        throw DatasetError("image folder " + rootPath + " does not exist or is not a directory");
    if (options.size < 4 || options.size > 1024)
        throw ConfigError("image size " + std::to_string(options.size) + " is outside 4..1024");
    if (options.channels != 0 && options.channels != 1 && options.channels != 3)
        throw ConfigError("image channels must be 1 or 3, got " + std::to_string(options.channels));

    const bool hasSplits = fs::is_directory(root / "train") && fs::is_directory(root / "test");
    const fs::path trainDir = hasSplits ? root / "train" : root;
    const auto classNames = classFolders(trainDir);
    if (classNames.empty())
        throw DatasetError("image folder " + trainDir.string() + " has no class sub-folders (expected root/<class>/*.png)");
    if (hasSplits && classFolders(root / "test") != classNames)
        throw DatasetError("image folder " + rootPath + ": train/ and test/ have different class folders");

    int channels = options.channels;
    if (channels == 0) {
        const auto first = imagesIn(trainDir / classNames.front());
        if (first.empty())
            throw DatasetError("class folder " + (trainDir / classNames.front()).string() + " holds no .png/.jpg images");
        channels = detectChannels(first.front());
    }

    Dataset ds;
    ds.name = fs::path(rootPath).filename().string();
    ds.source = rootPath;
    ds.classNames = classNames;
    ds.train = readSplit(trainDir, classNames, options.size, channels);
    if (hasSplits)
        ds.test = readSplit(root / "test", classNames, options.size, channels);
    ds.normalisation = computeNormalisation(ds.train.images);
    return ds;
}

} // namespace itgan
