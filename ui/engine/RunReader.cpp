#include "RunReader.h"

#include "core/EngineInputs.h"
#include "core/Errors.h"
#include "core/IterativeRun.h"
#include "core/JsonConfig.h"
#include "core/LatentSet.h"
#include "core/SyntheticSets.h"

#include <QFile>
#include <QJsonDocument>

#include <filesystem>
#include <fstream>

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

// Latent frames of one run folder: every history snapshot, then the final latents.pt.
QVector<SampleFrame> latentFrames(itgan::Generator &g, const itgan::Dataset &data, const std::string &dir,
                                  itgan::LatentSet *finalSet)
{
    QVector<SampleFrame> frames;
    const std::string finalFile = (fs::path(dir) / "latents.pt").string();
    const std::string initialFile = (fs::path(dir) / "initial_latents.pt").string();
    itgan::LatentSet last;
    if (fs::exists(finalFile))
        last = itgan::loadLatentSet(finalFile);
    // An unfinished IT-GAN run: its labels and sources come from the latents it started from.
    const itgan::LatentSet labelled = last.labels.defined() || !fs::exists(initialFile) ? last : itgan::loadLatentSet(initialFile);
    const auto tensors = fs::exists(finalFile) ? itgan::loadTensorMap(finalFile) : itgan::TensorMap{};
    const bool hasErrors = tensors.count("feature_error") > 0;
    for (const int64_t it : itgan::historyIterations(dir)) {
        const auto snapshot = itgan::loadTensorMap(itgan::historyFile(dir, it));
        if (!snapshot.count("latents") || !labelled.labels.defined())
            continue;
        itgan::LatentSet set{snapshot.at("latents"), labelled.labels, labelled.sourceIndices};
        itgan::checkLatentsFitGenerator(set, g.info(), itgan::historyFile(dir, it));
        SampleFrame frame;
        frame.iteration = it;
        frame.tiles = toTiles(itgan::generatePixels(g, set, data), set.labels,
                              [&](int64_t i) { return sourceInfo(set.sourceIndices, i); });
        frames.append(frame);
    }
    if (last.labels.defined()) {
        itgan::checkLatentsFitGenerator(last, g.info(), finalFile);
        SampleFrame frame;
        frame.iteration = frames.isEmpty() ? 0 : frames.back().iteration;
        frame.tiles = toTiles(itgan::generatePixels(g, last, data), last.labels, [&](int64_t i) {
            QString text = sourceInfo(last.sourceIndices, i);
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
            *finalSet = last;
    }
    return frames;
}

// DM: history snapshots hold the optimised images in classifier space, the final file
// uint8 pixels.
QVector<SampleFrame> pixelFrames(const std::string &dir, const itgan::Dataset &data)
{
    QVector<SampleFrame> frames;
    const std::string finalFile = (fs::path(dir) / "images.pt").string();
    if (!fs::exists(finalFile))
        return frames;
    const auto tensors = itgan::loadTensorMap(finalFile);
    const torch::Tensor labels = tensors.at("labels");
    for (const int64_t it : itgan::historyIterations(dir)) {
        const auto snapshot = itgan::loadTensorMap(itgan::historyFile(dir, it));
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

QVector<IterationInfo> readIterationLog(const std::string &eventsFile)
{
    QVector<IterationInfo> log;
    std::ifstream in(eventsFile);
    std::string line;
    while (std::getline(in, line)) {
        const QJsonObject e = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
        if (!e.contains(QStringLiteral("iteration")) || e.contains(QStringLiteral("control")))
            continue;
        // Flat lines: the loss terms sit beside the bookkeeping keys (JobEvents.cpp).
        IterationInfo info;
        info.method = e.value(QStringLiteral("method")).toString();
        info.iteration = e.value(QStringLiteral("iteration")).toInteger();
        info.iterations = e.value(QStringLiteral("iterations")).toInteger();
        info.lambda = e.value(QStringLiteral("lambda")).toDouble();
        info.learningRate = e.value(QStringLiteral("lr")).toDouble();
        info.seconds = e.value(QStringLiteral("seconds")).toDouble();
        info.elapsed = e.value(QStringLiteral("elapsed")).toDouble();
        static const QStringList bookkeeping = {"method", "iteration", "iterations", "lambda", "lr", "seconds", "elapsed"};
        for (auto t = e.begin(); t != e.end(); ++t)
            if (t.value().isDouble() && !bookkeeping.contains(t.key()))
                info.terms.insert(t.key(), t.value().toDouble());
        log.append(info);
    }
    return log;
}

QVector<EvalEpochInfo> readCurves(const std::string &curvesFile)
{
    QVector<EvalEpochInfo> curves;
    std::ifstream in(curvesFile);
    std::string line;
    std::getline(in, line); // set,arch,run,epoch,lr,train_loss,train_acc,test_acc,seconds
    while (std::getline(in, line)) {
        QStringList cells = QString::fromStdString(line).split(QLatin1Char(','));
        if (cells.size() < 8)
            continue;
        for (auto &cell : cells)
            cell.remove(QLatin1Char('"'));
        EvalEpochInfo info;
        info.set = cells[0];
        info.arch = cells[1];
        info.run = cells[2].toInt();
        info.epoch = cells[3].toInt();
        info.trainAccuracy = cells[6].toDouble();
        bool tested = false;
        const double test = cells[7].toDouble(&tested);
        info.testAccuracy = tested ? test : -1;
        curves.append(info);
    }
    return curves;
}

RunContents readRun(EngineCache &cache, const std::string &runDir)
{
    const std::string configFile = (fs::path(runDir) / "config.json").string();
    if (!fs::exists(configFile))
        throw itgan::IoError(runDir + ": not a run folder (no config.json); choose a folder made by a studio run, "
                                      "`itgan compare`, `invert`, `condense` or `dm`");
    const nlohmann::json stored = itgan::readJsonFile(configFile);
    RunContents contents;
    contents.config = QJsonDocument::fromJson(QByteArray::fromStdString(stored.dump())).object();
    const bool isCompare = stored.contains("compare");
    const auto request = itgan::engineRequestFromIdentity(stored);
    const itgan::Dataset &data = cache.dataset(request.dataset);
    for (const auto &name : data.classNames)
        contents.board.classNames << QString::fromStdString(name);

    // The method folders: compare keeps them inside; a single run is one itself.
    std::map<std::string, std::string> methodDirs;
    if (isCompare) {
        contents.config = contents.config.value(QStringLiteral("compare")).toObject();
        for (const char *method : {"inversion", "itgan", "dm"})
            if (fs::exists(fs::path(runDir) / method / "config.json"))
                methodDirs[method] = (fs::path(runDir) / method).string();
    } else {
        methodDirs[stored.value("method", "")] = runDir;
    }
    const int64_t perClass = isCompare ? stored.at("compare").value("images_per_class", 10) : 10;
    const uint64_t seed = isCompare ? stored.at("compare").value("seed", 0) : 0;

    itgan::Generator *g = nullptr;
    if (!request.generator.empty() && (methodDirs.count("inversion") || methodDirs.count("itgan") || isCompare)) {
        g = cache.generator(request.generator, request.generatorArch).generator.get();
        itgan::checkGeneratorFitsDataset(g->info(), data, cache.generatorPath());
    }
    itgan::LatentSet inverted;
    for (const char *method : {"inversion", "itgan"}) {
        if (!methodDirs.count(method) || !g)
            continue;
        auto frames = latentFrames(*g, data, methodDirs[method], std::string(method) == "inversion" ? &inverted : nullptr);
        if (!frames.isEmpty())
            contents.board.columns.insert(QString::fromLatin1(method), frames);
    }
    if (methodDirs.count("dm")) {
        auto frames = pixelFrames(methodDirs["dm"], data);
        if (!frames.isEmpty())
            contents.board.columns.insert(QStringLiteral("dm"), frames);
    }
    contents.board.columns.insert(QStringLiteral("real"),
                                  {realFrame(data, inverted.labels.defined() ? &inverted : nullptr, perClass)});
    if (g && isCompare)
        contents.board.columns.insert(QStringLiteral("gan"), {ganFrame(*g, data, perClass, seed)});

    for (const char *method : {"inversion", "itgan", "dm"}) {
        if (!methodDirs.count(method))
            continue;
        contents.iterations += readIterationLog((fs::path(methodDirs[method]) / "events.jsonl").string());
        const bool finished = fs::exists(fs::path(methodDirs[method]) / (std::string(method) == "dm" ? "images.pt" : "latents.pt"));
        if (finished)
            contents.exportSources << QString::fromStdString(methodDirs[method]);
    }
    contents.curves = readCurves((fs::path(runDir) / "curves.csv").string());
    QFile results(QString::fromStdString((fs::path(runDir) / "results.json").string()));
    if (results.open(QIODevice::ReadOnly))
        contents.results = results.readAll();
    return contents;
}

} // namespace studio
