#include "core/data/DatasetLoader.h"

#include "core/data/CifarReader.h"
#include "core/base/Errors.h"
#include "core/data/IdxReader.h"
#include "core/io/RunDirectory.h"
#include "core/data/ImageFolderReader.h"

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace itgan {

namespace {

const std::vector<std::string> kFashionMnistClasses = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                       "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
// The content that identifies the known IDX sets: the content hash of Fashion-MNIST's
// training labels (as int64 values), and MNIST's
// training images per class (LeCun et al.'s published split).
const std::string kFashionMnistTrainLabelsHash = "fnv1a64:e7b9ca5f1d9532a3";
const std::vector<int64_t> kMnistTrainClassCounts = {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949};
const std::vector<std::string> kCifar10Classes = {"airplane", "automobile", "bird",  "cat",  "deer",
                                                  "dog",      "frog",       "horse", "ship", "truck"};

// CIFAR ships class names as one name per line in a text file; use them when present.
std::vector<std::string> namesFromFile(const fs::path &file, size_t expected)
{
    std::vector<std::string> names;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty())
            names.push_back(line);
    return names.size() == expected ? names : std::vector<std::string>{};
}

} // namespace

std::vector<std::string> knownClassNames(const std::string &name, int64_t numClasses)
{
    if (name == "fashion-mnist")
        return kFashionMnistClasses;
    if (name == "cifar10")
        return kCifar10Classes;
    std::vector<std::string> names;
    for (int64_t c = 0; c < numClasses; ++c)
        names.push_back(name == "mnist" ? std::to_string(c) : "class " + std::to_string(c));
    return names;
}

Normalisation knownNormalisation(const std::string &name)
{
    if (name == "fashion-mnist")
        return {{0.2861f}, {0.3530f}};
    if (name == "mnist")
        return {{0.1307f}, {0.3081f}};
    if (name == "cifar10")
        return {{0.4914f, 0.4822f, 0.4465f}, {0.2023f, 0.1994f, 0.2010f}};
    if (name == "cifar100")
        return {{0.5071f, 0.4866f, 0.4409f}, {0.2673f, 0.2564f, 0.2762f}};
    throw ConfigError("no known normalisation for dataset '" + name + "'");
}

std::string identifyIdxDataset(const DatasetSplit &train)
{
    const torch::Tensor labels = train.labels.to(torch::kInt64).contiguous();
    if (train.size() == 60000
        && bytesContentHash(labels.data_ptr(), static_cast<size_t>(labels.nbytes())) == kFashionMnistTrainLabelsHash)
        return "fashion-mnist";
    if (train.size() == 60000) {
        const auto counts = torch::bincount(train.labels, {}, 10);
        if (std::vector<int64_t>(counts.data_ptr<int64_t>(), counts.data_ptr<int64_t>() + counts.numel())
            == kMnistTrainClassCounts)
            return "mnist";
    }
    return "";
}

Dataset loadIdxDataset(const std::string &dir)
{
    Dataset ds;
    ds.source = dir;
    ds.train = readIdxSplit(dir, "train", 10);
    ds.test = readIdxSplit(dir, "t10k", 10);
    if (ds.train.images.sizes().slice(1) != ds.test.images.sizes().slice(1))
        throw DatasetError(dir + ": train and t10k images have different sizes");
    // Known by content, not by the folder's name: a copy of Fashion-MNIST anywhere is
    // Fashion-MNIST; any other IDX set is a generic one named after its folder.
    const std::string known = identifyIdxDataset(ds.train);
    if (!known.empty()) {
        ds.name = known;
        ds.classNames = knownClassNames(known, 10);
        ds.normalisation = knownNormalisation(known);
    } else {
        // "idx-" keeps a folder called mnist from taking MNIST's class names and rules.
        fs::path folder = fs::absolute(dir).lexically_normal();
        if (folder.filename().empty())
            folder = folder.parent_path();
        ds.name = "idx-" + folder.filename().string();
        ds.classNames = knownClassNames(ds.name, 10);
        ds.normalisation = computeNormalisation(ds.train.images);
    }
    return ds;
}

Dataset loadCifarDataset(const std::string &dir, const std::string &variant)
{
    const CifarVariant v = variant == "cifar100" ? CifarVariant::Cifar100 : CifarVariant::Cifar10;
    Dataset ds;
    ds.name = variant;
    ds.source = dir;
    ds.train = readCifarFiles(cifarTrainFiles(dir, v), v);
    ds.test = readCifarFiles(cifarTestFiles(dir, v), v);
    const int64_t classes = v == CifarVariant::Cifar100 ? 100 : 10;
    ds.classNames = namesFromFile(fs::path(dir) / (v == CifarVariant::Cifar100 ? "fine_label_names.txt"
                                                                                : "batches.meta.txt"),
                                  static_cast<size_t>(classes));
    if (ds.classNames.empty())
        ds.classNames = knownClassNames(variant, classes);
    ds.normalisation = knownNormalisation(variant);
    validateSplit(ds.train, classes, dir + " (train)");
    validateSplit(ds.test, classes, dir + " (test)");
    return ds;
}

Dataset loadDataset(const DatasetRequest &request)
{
    const std::string &what = request.nameOrPath;
    if (what == "fashion-mnist" || what == "fmnist") {
        if (!fs::is_directory(kFashionMnistDir))
            throw DatasetError(std::string("Fashion-MNIST not found in ") + kFashionMnistDir
                               + " (install Debian's dataset-fashion-mnist package: packaging/setup.sh does)");
        return loadIdxDataset(kFashionMnistDir);
    }
    if (what == "mnist" || what == "cifar10" || what == "cifar100")
        throw DatasetError("dataset '" + what + "' has no default location; pass the folder that holds its files");
    if (!fs::exists(what))
        throw DatasetError("dataset '" + what + "' is neither a known name (fashion-mnist) nor an existing folder");
    if (!fs::is_directory(what))
        throw DatasetError("dataset path " + what + " is a file; expected a folder of IDX, CIFAR binary or class folders");

    if (looksLikeIdxFolder(what))
        return loadIdxDataset(what);
    const std::string cifar = detectCifarFolder(what);
    if (!cifar.empty())
        return loadCifarDataset(what, cifar);
    if (looksLikeImageFolder(what))
        return readImageFolder(what, {request.imageSize, request.channels});
    throw DatasetError("cannot tell the format of " + what
                       + ": expected IDX files (train-images-idx3-ubyte[.gz]), CIFAR binaries (data_batch_1.bin or "
                         "train.bin/test.bin) or class folders of images");
}

} // namespace itgan
