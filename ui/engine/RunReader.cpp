#include "RunReader.h"

#include "core/runs/EngineInputs.h"
#include "core/base/Errors.h"
#include "core/runs/RunFolder.h"
#include "core/base/JsonConfig.h"
#include "core/latents/LatentSet.h"
#include "core/latents/SyntheticSets.h"

#include <QFile>
#include <QJsonDocument>

#include <filesystem>
#include <cmath>

namespace fs = std::filesystem;

namespace studio {
namespace {

QString sourceInfo(const torch::Tensor &sources, int64_t i)
{
    if (!sources.defined() || sources.numel() <= i)
        return {};
    const int64_t source = sources[i].item<int64_t>();
    return source >= 0 ? QObject::tr("source: training image #%1").arg(source) : QString();
}

// Real training images: the inversion's sources when there are any, else the first k per class.
SampleFrame realFrame(const itgan::Dataset &data, const itgan::LatentSet *inverted, int64_t perClass)
{
    torch::Tensor indices;
    if (inverted && inverted->sourceIndices.defined() && (inverted->sourceIndices >= 0).all().item<bool>()) {
        indices = inverted->sourceIndices;
    } else {
        std::vector<int64_t> chosen;
        for (const auto &cls : itgan::indicesPerClass(data.train.labels, data.numClasses()))
            for (int64_t i = 0; i < perClass && i < static_cast<int64_t>(cls.size()); ++i)
                chosen.push_back(cls[static_cast<size_t>(i)]);
        indices = torch::tensor(chosen, torch::kInt64);
    }
    SampleFrame frame;
    frame.tiles = toTiles(data.train.images.index_select(0, indices), data.train.labels.index_select(0, indices),
                          [&](int64_t i) { return QObject::tr("training image #%1").arg(indices[i].item<int64_t>()); });
    return frame;
}

SampleFrame ganFrame(itgan::Generator &g, const itgan::Dataset &data, int64_t perClass, uint64_t seed)
{
    const auto latents = itgan::randomLatents(g.info(), perClass, seed);
    SampleFrame frame;
    frame.tiles = toTiles(itgan::generatePixels(g, latents, data), latents.labels,
                          [&](int64_t i) { return QObject::tr("z ~ N(0, I), seed %1, latent #%2").arg(seed).arg(i); });
    return frame;
}

// The pixels of one history snapshot: those the job kept, else generated now.
torch::Tensor snapshotPixels(EngineCache &cache, const std::string &file,
                             const std::function<torch::Tensor()> &generate)
{
    torch::Tensor kept = cache.snapshotPixels(file);
    return kept.defined() ? kept : generate();
}

// Latent frames of one stage: every history snapshot, then the final latents.pt.
QVector<SampleFrame> latentFrames(EngineCache &cache, itgan::Generator &g, const itgan::Dataset &data,
                                  const itgan::StageFolder &stage, itgan::LatentSet *finalSet)
{
    QVector<SampleFrame> frames;
    const auto labelled = stage.labelledLatents();
    if (!labelled)
        return frames;
    for (const int64_t it : stage.historyIterations()) {
        const std::string file = stage.historyFile(it);
        const torch::Tensor pixels = snapshotPixels(cache, file, [&] {
            const auto snapshot = itgan::loadTensorMap(file);
            if (!snapshot.count("latents"))
                return torch::Tensor();
            itgan::LatentSet set{snapshot.at("latents"), labelled->labels, labelled->sourceIndices};
            itgan::checkLatentsFitGenerator(set, g.info(), file);
            return itgan::generatePixels(g, set, data);
        });
        if (!pixels.defined())
            continue;
        SampleFrame frame;
        frame.iteration = it;
        frame.tiles = toTiles(pixels, labelled->labels, [&](int64_t i) { return sourceInfo(labelled->sourceIndices, i); });
        frames.append(frame);
    }
    if (const auto last = stage.finalLatents()) {
        itgan::checkLatentsFitGenerator(*last, g.info(), stage.resultFile());
        const auto tensors = stage.resultTensors();
        const bool hasErrors = tensors.count("feature_error") > 0;
        SampleFrame frame;
        frame.iteration = frames.isEmpty() ? 0 : frames.back().iteration;
        // The final latents are the last checkpoint's: reuse its pixels when the job kept them.
        const torch::Tensor pixels =
            frames.isEmpty() ? itgan::generatePixels(g, *last, data)
                             : snapshotPixels(cache, stage.historyFile(frame.iteration),
                                              [&] { return itgan::generatePixels(g, *last, data); });
        frame.tiles = toTiles(pixels, last->labels, [&](int64_t i) {
            QString text = sourceInfo(last->sourceIndices, i);
            if (hasErrors)
                text += QObject::tr("\nfeature error %1, pixel error %2")
                            .arg(tensors.at("feature_error")[i].item<double>(), 0, 'g', 4)
                            .arg(tensors.at("pixel_error")[i].item<double>(), 0, 'g', 4);
            return text;
        });
        if (!frames.isEmpty() && frames.back().iteration == frame.iteration)
            frames.back() = frame;
        else
            frames.append(frame);
        if (finalSet)
            *finalSet = *last;
    }
    return frames;
}

// DM: history snapshots hold the optimised images in classifier space, the final file
// uint8 pixels.
QVector<SampleFrame> pixelFrames(const itgan::StageFolder &stage, const itgan::Dataset &data)
{
    QVector<SampleFrame> frames;
    if (!stage.finished())
        return frames;
    const auto tensors = stage.resultTensors();
    const torch::Tensor labels = tensors.at("labels");
    for (const int64_t it : stage.historyIterations()) {
        const auto snapshot = stage.historySnapshot(it);
        if (!snapshot.count("images"))
            continue;
        SampleFrame frame;
        frame.iteration = it;
        frame.tiles = toTiles(itgan::fromClassifierSpace(snapshot.at("images"), data.normalisation), labels);
        frames.append(frame);
    }
    SampleFrame frame;
    frame.iteration = frames.isEmpty() ? 0 : frames.back().iteration;
    frame.tiles = toTiles(tensors.at("images"), labels);
    if (!frames.isEmpty() && frames.back().iteration == frame.iteration)
        frames.back() = frame;
    else
        frames.append(frame);
    return frames;
}

} // namespace

SampleBoard inputsBoard(EngineCache &cache, const std::string &dataset, const std::string &generator, int perClass,
                        uint64_t seed)
{
    const itgan::Dataset &data = cache.dataset(dataset);
    SampleBoard board;
    for (const auto &name : data.classNames)
        board.classNames << QString::fromStdString(name);
    board.columns.insert(QStringLiteral("real"), {realFrame(data, nullptr, perClass)});
    if (!generator.empty()) {
        auto &g = *cache.generator(generator).generator;
        itgan::checkGeneratorFitsDataset(g.info(), data, cache.generatorPath());
        board.columns.insert(QStringLiteral("gan"), {ganFrame(g, data, perClass, seed)});
    }
    return board;
}

IterationInfo toInfo(const itgan::IterationEvent &e)
{
    IterationInfo info;
    info.method = QString::fromStdString(e.method);
    info.iteration = e.iteration;
    info.iterations = e.iterations;
    for (const auto &[name, value] : e.terms)
        info.terms.insert(QString::fromStdString(name), value);
    info.lambda = e.lambda;
    info.learningRate = e.learningRate;
    info.seconds = e.seconds;
    info.elapsed = e.elapsed;
    return info;
}

EvalEpochInfo toInfo(const std::string &set, const std::string &arch, int run, const itgan::EpochRecord &r)
{
    EvalEpochInfo info;
    info.set = QString::fromStdString(set);
    info.arch = QString::fromStdString(arch);
    info.run = run;
    info.epoch = r.epoch;
    info.trainAccuracy = r.trainAccuracy;
    info.testAccuracy = std::isnan(r.testAccuracy) ? -1.0 : r.testAccuracy;
    return info;
}

RunLogs readRunLogs(const itgan::RunFolder &folder)
{
    RunLogs logs;
    for (const auto &stage : folder.stages())
        for (const auto &event : stage.iterations())
            logs.iterations.append(toInfo(event));
    for (const auto &point : folder.curves())
        logs.curves.append(toInfo(point.set, point.arch, point.run, point.record));
    return logs;
}

RunContents readRun(EngineCache &cache, const std::string &runDir)
{
    const itgan::RunFolder folder = itgan::RunFolder::open(runDir);
    RunContents contents;
    const nlohmann::json config = folder.isCompare() ? folder.compareConfig() : folder.stored();
    contents.config = QJsonDocument::fromJson(QByteArray::fromStdString(config.dump())).object();
    const auto request = folder.inputs();
    const itgan::Dataset &data = cache.dataset(request.dataset);
    for (const auto &name : data.classNames)
        contents.board.classNames << QString::fromStdString(name);
    const int64_t perClass = folder.isCompare() ? config.value("images_per_class", 10) : 10;
    const uint64_t seed = folder.isCompare() ? config.value("seed", 0) : 0;

    const bool latentStages = folder.stage(itgan::Stage::Inversion) || folder.stage(itgan::Stage::Itgan);
    itgan::Generator *g = nullptr;
    if (!request.generator.empty() && (latentStages || folder.isCompare())) {
        g = cache.generator(request.generator, request.generatorArch).generator.get();
        itgan::checkGeneratorFitsDataset(g->info(), data, cache.generatorPath());
    }
    itgan::LatentSet inverted;
    for (const auto &stage : folder.stages()) {
        const QString column = QString::fromLatin1(itgan::stageName(stage.stage()));
        QVector<SampleFrame> frames;
        if (stage.stage() == itgan::Stage::Dm)
            frames = pixelFrames(stage, data);
        else if (g)
            frames = latentFrames(cache, *g, data, stage, stage.stage() == itgan::Stage::Inversion ? &inverted : nullptr);
        if (!frames.isEmpty())
            contents.board.columns.insert(column, frames);
        if (stage.finished())
            contents.exportSources << QString::fromStdString(stage.path());
    }
    contents.board.columns.insert(QStringLiteral("real"),
                                  {realFrame(data, inverted.labels.defined() ? &inverted : nullptr, perClass)});
    if (g && folder.isCompare())
        contents.board.columns.insert(QStringLiteral("gan"), {ganFrame(*g, data, perClass, seed)});

    RunLogs logs = readRunLogs(folder);
    contents.iterations = std::move(logs.iterations);
    contents.curves = std::move(logs.curves);
    if (const auto results = folder.results())
        contents.results = QByteArray::fromStdString(results->dump());
    return contents;
}

} // namespace studio
