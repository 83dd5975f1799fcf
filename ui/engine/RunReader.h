#pragma once
// Internal to the studio's engine library: reads a run directory — a `compare` folder
// (inversion/, itgan/, dm/ inside) or a single inversion / IT-GAN / DM run — into what
// the studio shows: the samples board (with every checkpoint of the history for the
// step slider), the iteration log for the loss plot, and results.json.
#include "EngineCache.h"

#include "core/evaluation/ClassifierTrainer.h"
#include "core/runs/JobEvents.h"
#include "core/runs/RunFolder.h"
#include "StudioTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace studio {

struct RunContents {
    SampleBoard board;
    QVector<IterationInfo> iterations; // every logged iteration, all methods, in order
    QByteArray results;                // results.json, or empty
    QVector<EvalEpochInfo> curves;     // curves.csv: per-epoch accuracies of every evaluated set
    QJsonObject config;                // the compare configuration (or the run's config.json)
    QStringList exportSources;         // run folders export can read (inversion, itgan, dm)
};

// Real and GAN columns for a dataset and generator with no run yet.
SampleBoard inputsBoard(EngineCache &cache, const std::string &dataset, const std::string &generator, int perClass,
                        uint64_t seed);

// The iteration log and evaluation curves of an open run folder (no images: cheap).
RunLogs readRunLogs(const itgan::RunFolder &folder);

// Reads the folder through itgan::RunFolder; history snapshots the cache kept pixels for
// (EngineCache::keepSnapshotPixels) are not generated again.
RunContents readRun(EngineCache &cache, const std::string &runDir);

// The engine's records as the studio's plain values.
IterationInfo toInfo(const itgan::IterationEvent &event);
EvalEpochInfo toInfo(const std::string &set, const std::string &arch, int run, const itgan::EpochRecord &record);

} // namespace studio
