#include "EngineCache.h"

#include "StudioTypes.h"

#include "core/base/ComputeDevice.h"
#include "core/io/BundledModels.h"
#include "core/data/DatasetLoader.h"
#include "core/runs/EngineInputs.h"
#include "core/nets/ClassifierFile.h"

#include <QFileInfo>

#include <map>
#include <mutex>

namespace studio {

namespace {

// The datasets some studio thread holds, by name; loaded by the first thread that asks.
std::shared_ptr<const itgan::Dataset> sharedDataset(const std::string &nameOrPath)
{
    static std::mutex mutex;
    static std::map<std::string, std::weak_ptr<const itgan::Dataset>> loaded;
    std::lock_guard<std::mutex> lock(mutex); // a second thread waits for the first one's load
    if (auto existing = loaded[nameOrPath].lock())
        return existing;
    itgan::DatasetRequest request;
    request.nameOrPath = nameOrPath;
    auto dataset = std::make_shared<const itgan::Dataset>(itgan::loadDataset(request));
    loaded[nameOrPath] = dataset;
    return dataset;
}

} // namespace

const itgan::Dataset &EngineCache::dataset(const std::string &nameOrPath)
{
    if (nameOrPath != m_datasetName || !m_dataset) {
        m_dataset = sharedDataset(nameOrPath);
        m_datasetName = nameOrPath;
    }
    return *m_dataset;
}

itgan::LoadedGenerator &EngineCache::generator(const std::string &nameOrPath, const std::string &arch)
{
    const std::string path = itgan::resolveModelPath(nameOrPath.empty() ? "bundled" : nameOrPath, itgan::kBundledGenerator);
    // A change of the compute device (the studio's setting) loads the module again, onto it.
    const std::string key = path + "|" + arch + "|" + itgan::computeDevice().str();
    if (key != m_generatorKey || !m_generator.generator) {
        m_generator = itgan::loadGenerator(path, arch);
        m_generator.generator->setTraining(false);
        m_generatorKey = key;
        m_generatorPath = path;
    }
    return m_generator;
}

itgan::ClassifierPtr EngineCache::featureNet(const std::string &nameOrPath, const std::string &arch,
                                            const itgan::Dataset &data)
{
    const std::string path =
        itgan::resolveModelPath(nameOrPath.empty() ? "bundled" : nameOrPath, itgan::kBundledClassifier);
    const std::string key = path + "|" + arch + "|" + std::to_string(data.channels()) + "x" + std::to_string(data.height())
                            + "|" + itgan::computeDevice().str();
    if (key != m_featureKey || !m_featureNet) {
        m_featureNet = itgan::loadClassifier(path, arch.empty() ? "convnet" : arch, data.channels(), data.height());
        m_featureNet->eval();
        m_featureKey = key;
    }
    return m_featureNet;
}

void EngineCache::keepSnapshotPixels(const std::string &historyFile, const torch::Tensor &pixels)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(historyFile, error);
    const auto time = std::filesystem::last_write_time(historyFile, error);
    if (!error)
        m_snapshotPixels[historyFile] = {pixels.clone(), size, time};
}

torch::Tensor EngineCache::snapshotPixels(const std::string &historyFile) const
{
    const auto it = m_snapshotPixels.find(historyFile);
    if (it == m_snapshotPixels.end())
        return {};
    std::error_code error;
    const auto size = std::filesystem::file_size(historyFile, error);
    const auto time = std::filesystem::last_write_time(historyFile, error);
    if (error || size != it->second.size || time != it->second.time)
        return {}; // rewritten since (a resumed or repeated run)
    return it->second.pixels;
}

void EngineCache::forgetSnapshotPixels()
{
    m_snapshotPixels.clear();
}

QImage toQImage(const torch::Tensor &chw)
{
    const auto hwc = chw.to(torch::kUInt8).permute({1, 2, 0}).contiguous();
    const int h = static_cast<int>(hwc.size(0)), w = static_cast<int>(hwc.size(1)), c = static_cast<int>(hwc.size(2));
    const auto format = c == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    return QImage(hwc.data_ptr<uint8_t>(), w, h, w * c, format).copy();
}

QVector<SampleTile> toTiles(const torch::Tensor &pixels, const torch::Tensor &labels,
                            const std::function<QString(int64_t)> &info)
{
    QVector<SampleTile> tiles;
    tiles.reserve(static_cast<int>(pixels.size(0)));
    const auto labelsCpu = labels.to(torch::kInt64).contiguous();
    for (int64_t i = 0; i < pixels.size(0); ++i) {
        SampleTile tile;
        tile.image = toQImage(pixels[i]);
        tile.label = static_cast<int>(labelsCpu[i].item<int64_t>());
        tile.index = static_cast<int>(i);
        if (info)
            tile.info = info(i);
        tiles.append(tile);
    }
    return tiles;
}

QString describeGenerator(const itgan::LoadedGenerator &loaded, const std::string &path)
{
    const auto info = loaded.generator->info();
    QString text = QObject::tr("Generator: %1\nFile kind: %2\nArchitecture: %3\nParameters: %4\n"
                               "Latent size: %5\nClasses: %6\nChannels: %7\nResolution: %8×%8")
                       .arg(QFileInfo(QString::fromStdString(path)).fileName(), QString::fromStdString(loaded.fileKind),
                            QString::fromStdString(info.arch))
                       .arg(info.parameterCount)
                       .arg(info.latentSize)
                       .arg(info.numClasses)
                       .arg(info.channels)
                       .arg(info.resolution);
    if (loaded.metadata.contains("metrics")) {
        text += QObject::tr("\nTraining metrics:");
        for (const auto &item : loaded.metadata.at("metrics").items())
            text += QStringLiteral("\n  %1: %2").arg(QString::fromStdString(item.key()),
                                                    item.value().is_number()
                                                        ? QString::number(item.value().get<double>(), 'g', 4)
                                                        : QString::fromStdString(item.value().is_string()
                                                                                     ? item.value().get<std::string>()
                                                                                     : item.value().dump()));
    }
    return text;
}

QString describeDataset(const itgan::Dataset &data)
{
    return QObject::tr("Dataset: %1\nSource: %2\nTraining images: %3\nTest images: %4\nClasses: %5\nImage: %6×%7×%8")
        .arg(QString::fromStdString(data.name), QString::fromStdString(data.source))
        .arg(data.train.size())
        .arg(data.test.size())
        .arg(data.numClasses())
        .arg(data.channels())
        .arg(data.height())
        .arg(data.width());
}

} // namespace studio
