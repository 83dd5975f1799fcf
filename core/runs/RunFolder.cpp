#include "core/runs/RunFolder.h"

#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/runs/IterativeRun.h"

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace itgan {

StageFolder::StageFolder(Stage stage, std::string path, nlohmann::json config)
    : m_stage(stage), m_path(std::move(path)), m_config(std::move(config))
{
}

std::string StageFolder::file(const std::string &name) const
{
    return (fs::path(m_path) / name).string();
}

std::string StageFolder::resultFile() const
{
    return file(m_stage == Stage::Dm ? "images.pt" : "latents.pt");
}

bool StageFolder::finished() const
{
    return fs::exists(resultFile());
}

TensorMap StageFolder::resultTensors() const
{
    if (!finished())
        throw IoError(resultFile() + ": missing; the " + stageName(m_stage) + " run has not finished (resume it first)");
    return loadTensorMap(resultFile());
}

std::optional<LatentSet> StageFolder::finalLatents() const
{
    if (m_stage == Stage::Dm || !finished())
        return std::nullopt;
    return loadLatentSet(resultFile());
}

std::optional<LatentSet> StageFolder::labelledLatents() const
{
    if (auto final = finalLatents())
        return final;
    if (m_stage == Stage::Itgan && fs::exists(file("initial_latents.pt")))
        return loadLatentSet(file("initial_latents.pt"));
    return std::nullopt;
}

std::vector<IterationEvent> StageFolder::iterations() const
{
    std::vector<IterationEvent> events;
    std::ifstream in(file("events.jsonl"));
    std::string line;
    readingJsonOf(file("events.jsonl"), [&] {
        while (std::getline(in, line)) {
            // A half-written last line of a killed run is not an event.
            const auto json = nlohmann::json::parse(line, nullptr, false);
            if (auto event = iterationEventFromJson(json))
                events.push_back(*event);
        }
    });
    return events;
}

std::vector<int64_t> StageFolder::historyIterations() const
{
    return itgan::historyIterations(m_path);
}

std::string StageFolder::historyFile(int64_t iteration) const
{
    return itgan::historyFile(m_path, iteration);
}

TensorMap StageFolder::historySnapshot(int64_t iteration) const
{
    return loadTensorMap(historyFile(iteration));
}

RunFolder RunFolder::open(const std::string &path)
{
    const fs::path configFile = fs::path(path) / "config.json";
    if (!fs::exists(configFile))
        throw IoError(path + ": not a run folder (no config.json); choose a folder made by a studio run, "
                             "`itgan compare`, `invert`, `condense` or `dm`");
    RunFolder folder;
    folder.m_path = path;
    folder.m_stored = readJsonFile(configFile.string());
    const auto requireObject = [](const nlohmann::json &json, const std::string &file) {
        if (!json.is_object())
            throw ConfigError(file + ": expected a JSON object (a run's configuration), got " + json.type_name());
    };
    requireObject(folder.m_stored, configFile.string());
    readingJsonOf(configFile.string(), [&] {
        if (folder.isCompare()) {
            requireObject(folder.m_stored.at("compare"), configFile.string() + " \"compare\"");
            for (Stage stage : {Stage::Inversion, Stage::Itgan, Stage::Dm}) {
                const fs::path inside = fs::path(path) / stageName(stage);
                if (!fs::exists(inside / "config.json"))
                    continue;
                nlohmann::json stageConfig = readJsonFile((inside / "config.json").string());
                requireObject(stageConfig, (inside / "config.json").string());
                folder.m_stages.emplace_back(stage, inside.string(), std::move(stageConfig));
            }
        } else {
            const std::string method = folder.m_stored.value("method", "");
            const auto stage = stageFromName(method);
            if (!stage)
                throw IoError(configFile.string() + ": neither a compare run nor an inversion, IT-GAN or DM run (method \""
                              + method + "\")");
            folder.m_stages.emplace_back(*stage, path, folder.m_stored);
        }
    });
    return folder;
}

std::string RunFolder::file(const std::string &name) const
{
    return (fs::path(m_path) / name).string();
}

EngineInputRequest RunFolder::inputs() const
{
    return readingJsonOf(file("config.json"), [&] { return engineRequestFromIdentity(m_stored); });
}

nlohmann::json RunFolder::compareConfig() const
{
    return m_stored.value("compare", nlohmann::json::object());
}

const StageFolder *RunFolder::stage(Stage stage) const
{
    for (const auto &folder : m_stages)
        if (folder.stage() == stage)
            return &folder;
    return nullptr;
}

std::optional<nlohmann::json> RunFolder::results() const
{
    if (!fs::exists(file("results.json")))
        return std::nullopt;
    return readJsonFile(file("results.json"));
}

std::vector<CurvePoint> RunFolder::curves() const
{
    return readCurvesCsv(file("curves.csv"));
}

} // namespace itgan
