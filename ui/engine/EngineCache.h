#pragma once
// Internal to the studio's engine library (includes LibTorch): the dataset and generator
// a studio thread works with, loaded once and reused while their names stay the same.
// Datasets are immutable once loaded and shared between the studio's threads (one copy of
// the images in memory, read once at start-up); each thread keeps its own generator,
// since a module must not run on two threads at once.
#include "core/data/Dataset.h"
#include "core/runs/EngineInputs.h"
#include "core/generators/GeneratorFile.h"

#include <QImage>
#include <QString>
#include <QVector>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>

struct SampleTile;

namespace studio {

class EngineCache {
public:
    const itgan::Dataset &dataset(const std::string &nameOrPath);
    // "bundled" or "" = the bundled generator.
    itgan::LoadedGenerator &generator(const std::string &nameOrPath, const std::string &arch = "");
    std::string generatorPath() const { return m_generatorPath; }
    // The feature network ψ ("bundled" or "" = the bundled ConvNet) for `data`'s images.
    itgan::ClassifierPtr featureNet(const std::string &nameOrPath, const std::string &arch, const itgan::Dataset &data);

    // Pixels of a history snapshot, kept when a job wrote it (JobHooks::onCheckpointImages)
    // so reading the finished run does not regenerate them. Keyed by the snapshot's path;
    // an entry is used only while the file's size and time are the ones it was stored with.
    void keepSnapshotPixels(const std::string &historyFile, const torch::Tensor &pixels);
    torch::Tensor snapshotPixels(const std::string &historyFile) const;
    void forgetSnapshotPixels();

private:
    struct KeptPixels {
        torch::Tensor pixels;
        std::uintmax_t size = 0;
        std::filesystem::file_time_type time;
    };
    std::map<std::string, KeptPixels> m_snapshotPixels;

    std::string m_datasetName;
    std::shared_ptr<const itgan::Dataset> m_dataset;
    std::string m_generatorKey;
    std::string m_generatorPath;
    itgan::LoadedGenerator m_generator;
    std::string m_featureKey;
    itgan::ClassifierPtr m_featureNet;
};

// uint8 [C,H,W] pixels as a QImage that owns its bytes.
QImage toQImage(const torch::Tensor &chw);
// uint8 [N,C,H,W] + labels as tiles; info(i) is the tooltip text of image i.
QVector<SampleTile> toTiles(const torch::Tensor &pixels, const torch::Tensor &labels,
                            const std::function<QString(int64_t)> &info = {});

// Readable descriptions for the model-info panel.
QString describeGenerator(const itgan::LoadedGenerator &loaded, const std::string &path);
QString describeDataset(const itgan::Dataset &data);

} // namespace studio
