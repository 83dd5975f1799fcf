#pragma once
// Internal to the studio's engine library (includes LibTorch): the dataset and generator
// a studio thread works with, loaded once and reused while their names stay the same.
// Datasets are immutable once loaded and shared between the studio's threads (one copy of
// the images in memory, read once at start-up); each thread keeps its own generator,
// since a module must not run on two threads at once.
#include "core/Dataset.h"
#include "core/EngineInputs.h"
#include "core/GeneratorFile.h"

#include <QImage>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

struct SampleTile;

namespace studio {

class EngineCache {
public:
    const itgan::Dataset &dataset(const std::string &nameOrPath);
    // "bundled" or "" = the bundled generator.
    itgan::LoadedGenerator &generator(const std::string &nameOrPath, const std::string &arch = "");
    std::string generatorPath() const { return m_generatorPath; }

private:
    std::string m_datasetName;
    std::shared_ptr<const itgan::Dataset> m_dataset;
    std::string m_generatorKey;
    std::string m_generatorPath;
    itgan::LoadedGenerator m_generator;
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
