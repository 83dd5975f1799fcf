#pragma once
// The one reader of a run folder (core/README.md, "Run folders"). A folder is either a
// compare experiment (config.json with a "compare" section, inversion/ itgan/ dm/ inside,
// results.json, curves.csv) or a single stage run (config.json with "method"). The CLI,
// the studio (samples, loss log, results, explorer) and export all read through this,
// so the layout is known here and where it is written (IterativeRun, CompareExperiment).
#include "core/evaluation/Evaluation.h"
#include "core/io/TensorIo.h"
#include "core/latents/LatentSet.h"
#include "core/runs/EngineInputs.h"
#include "core/runs/JobEvents.h"
#include "core/runs/Stage.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace itgan {

// One stage's folder: config.json, events.jsonl, checkpoint.pt, history/, and when
// finished latents.pt (inversion, IT-GAN) or images.pt (DM).
class StageFolder {
public:
    StageFolder(Stage stage, std::string path, nlohmann::json config);

    Stage stage() const { return m_stage; }
    const std::string &path() const { return m_path; }
    std::string file(const std::string &name) const;
    // The stage's config.json (its own settings under stageName(stage), the inputs' identity).
    const nlohmann::json &config() const { return m_config; }

    // latents.pt or images.pt: present once the stage has finished.
    std::string resultFile() const;
    bool finished() const;
    // The result file as saved: {latents, labels, source_indices[, feature_error, pixel_error]}
    // or {images, labels}. IoError when the stage has not finished.
    TensorMap resultTensors() const;
    // Latent stages only: the final set, or nullopt when unfinished.
    std::optional<LatentSet> finalLatents() const;
    // The labels and source images of the stage's latents: the final set, else (an unfinished
    // IT-GAN run) the set it started from (initial_latents.pt); nullopt when neither exists.
    std::optional<LatentSet> labelledLatents() const;

    // events.jsonl's iteration lines, in order (control lines skipped).
    std::vector<IterationEvent> iterations() const;
    // Iterations with a history snapshot, ascending, and one snapshot ({latents} or {images}).
    std::vector<int64_t> historyIterations() const;
    TensorMap historySnapshot(int64_t iteration) const;
    std::string historyFile(int64_t iteration) const;

private:
    Stage m_stage;
    std::string m_path;
    nlohmann::json m_config;
};

class RunFolder {
public:
    // Throws IoError naming the folder when it holds no run (no config.json, not JSON, or
    // a config.json that is neither a compare nor a stage run).
    static RunFolder open(const std::string &path);

    const std::string &path() const { return m_path; }
    std::string file(const std::string &name) const;
    // config.json as stored.
    const nlohmann::json &stored() const { return m_stored; }
    bool isCompare() const { return m_stored.contains("compare"); }
    // The compare configuration (complete, as the run used it); {} for a stage run.
    nlohmann::json compareConfig() const;
    // What to open for this run: its dataset, generator and feature network.
    EngineInputRequest inputs() const;

    // The stages present (a compare run: those it has started; a stage run: itself), in
    // the order inversion, IT-GAN, DM.
    const std::vector<StageFolder> &stages() const { return m_stages; }
    const StageFolder *stage(Stage stage) const;

    // results.json, when an evaluation has written it.
    std::optional<nlohmann::json> results() const;
    // curves.csv (no rows when absent).
    std::vector<CurvePoint> curves() const;

private:
    std::string m_path;
    nlohmann::json m_stored;
    std::vector<StageFolder> m_stages;
};

} // namespace itgan
