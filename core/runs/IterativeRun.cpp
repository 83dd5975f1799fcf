#include "core/runs/IterativeRun.h"

#include <algorithm>
#include <cstdio>

#include "core/base/ComputeDevice.h"
#include "core/base/DurationText.h"
#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/base/LearningRate.h"

#include <cmath>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace itgan {
namespace {

constexpr const char *kCheckpointFile = "checkpoint.pt";

} // namespace

IterativeRun::IterativeRun(IterativeRunOptions options, RunControl *control, JobHooks hooks)
    : m_options(std::move(options)), m_control(control), m_hooks(std::move(hooks)),
      m_dir(RunDirectory::unopened(m_options.directory))
{
    if (!m_options.group)
        m_options.group = DistributedGroup::single();
    // Rank 0 owns the folder; its refusal (a finished run, another configuration) stops every rank.
    group().onRankZero([this] { openFolder(); });
    m_started = m_iterationStarted = std::chrono::steady_clock::now();
}

void IterativeRun::openFolder()
{
    m_dir = RunDirectory::open(m_options.directory, m_options.resume);
    const std::string configPath = m_dir.file("config.json");
    if (m_options.resume && fs::exists(configPath)) {
        nlohmann::json stored;
        try {
            std::ifstream in(configPath);
            stored = withDefaultsForMissingKeys(nlohmann::json::parse(in), m_options.defaults);
        } catch (const std::exception &e) {
            throw IoError(configPath + ": not valid JSON (" + e.what() + ")");
        }
        const std::string key = firstJsonDifference(stored, m_options.config);
        if (!key.empty())
            throw ConfigError(configPath + ": the run was started with a different configuration: "
                              + describeJsonDifference(key, stored, m_options.config)
                              + "; resume with the same settings and inputs, or choose a new output folder");
    } else {
        m_dir.writeJson("config.json", m_options.config);
        m_dir.writeText("events.jsonl", "");
    }
    // A killed run may have left half-written files; the complete ones are in place.
    removeStaleTemporaries(m_dir.path());
    removeStaleTemporaries(m_dir.file(kHistoryFolder));
}

void IterativeRun::stage(const std::string &text) const
{
    if (m_hooks.onStage && group().writesOutputs())
        m_hooks.onStage(text);
}

int64_t IterativeRun::restore(TensorMap &state, torch::optim::Optimizer &optimizer, LiveValues &live)
{
    const std::string path = m_dir.file(kCheckpointFile);
    std::string bytes; // rank 0's checkpoint, on every rank
    group().onRankZero([&] {
        if (!m_options.resume)
            return;
        if (fs::exists(path)) {
            const std::vector<char> file = readArchiveBytes(path);
            bytes.assign(file.begin(), file.end());
        } else if (!m_dir.lastEventValue("iteration").has_value()) {
            return; // stopped before its first iteration: nothing to undo
        } else {
            // Iterations were logged but there is no checkpoint (killed before the first one,
            // or deleted by hand): start again from 0 without logging them twice.
            m_dir.trimEventsAfter("iteration", 0);
            stage(std::string("no ") + kCheckpointFile + " in " + m_dir.path() + ": starting again from iteration 0");
        }
    });
    bytes = group().broadcastBytes(bytes);
    if (bytes.empty())
        return 0;
    int64_t iteration = 0;
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(bytes.data(), bytes.size(), computeDevice()); // the optimiser state lives there
        checkConfigUnchangedSince(archive);
        torch::NoGradGuard noGrad;
        for (auto &[key, tensor] : state) {
            torch::Tensor saved;
            archive.read("state." + key, saved);
            if (saved.sizes() != tensor.sizes())
                throw IoError(path + ": checkpoint tensor \"" + key + "\" has shape " + c10::str(saved.sizes())
                              + ", this run expects " + c10::str(tensor.sizes()));
            tensor.copy_(saved);
        }
        torch::serialize::InputArchive optimiserArchive;
        archive.read("optimizer", optimiserArchive);
        optimizer.load(optimiserArchive);
        torch::Tensor it, lam, lr;
        archive.read("iteration", it);
        archive.read("lambda", lam);
        archive.read("lr", lr);
        iteration = it.item<int64_t>();
        live.lambda = lam.item<double>();
        live.learningRate = lr.item<double>();
    } catch (const c10::Error &e) {
        throw IoError(path + ": corrupt or truncated checkpoint (" + e.what_without_backtrace() + ")");
    }
    setLearningRate(optimizer, live.learningRate);
    if (group().writesOutputs())
        m_dir.trimEventsAfter("iteration", iteration);
    m_lastCheckpoint = iteration;
    return iteration;
}

void IterativeRun::checkConfigUnchangedSince(torch::serialize::InputArchive &checkpoint) const
{
    c10::IValue saved;
    if (!checkpoint.try_read("config", saved) || !saved.isString())
        return; // written before checkpoints carried their configuration
    const auto started = withDefaultsForMissingKeys(nlohmann::json::parse(saved.toStringRef(), nullptr, false),
                                                    m_options.defaults);
    const std::string key = firstJsonDifference(started, m_options.config);
    if (key.empty())
        return;
    throw ConfigError(m_dir.file("config.json") + ": changed after the run started ("
                      + describeJsonDifference(key, started, m_options.config) + ", judged by " + kCheckpointFile
                      + "); a run resumes only with the settings and inputs it started with: undo the change, or "
                        "start a new run in another folder");
}

void IterativeRun::run(TensorMap &state, torch::optim::Optimizer &optimizer, LiveValues live, const std::string &what,
                       const StageIteration &step)
{
    const int64_t start = restore(state, optimizer, live);
    if (start > 0)
        stage("resumed at iteration " + std::to_string(start));
    stage(what);
    for (int64_t it = start + 1; it <= m_options.iterations; ++it) {
        beginIteration(it, live, optimizer);
        optimizer.zero_grad();
        IterationEvent event;
        event.terms = step.compute(it, live);
        std::vector<torch::Tensor> optimised;
        for (const auto &[key, tensor] : state)
            optimised.push_back(tensor);
        group().sumGradients(optimised); // each rank computed its own units' part
        optimizer.step();
        event.iteration = it;
        event.lambda = live.lambda;
        event.learningRate = live.learningRate;
        endIteration(event, state, optimizer);
        const bool checkpointed = m_lastCheckpoint == it;
        const bool preview = step.previewPixels && group().writesOutputs() && m_hooks.previewDue(it);
        const bool keepImages =
            step.previewPixels && group().writesOutputs() && checkpointed && m_hooks.onCheckpointImages;
        if (preview || keepImages) {
            const torch::Tensor pixels = step.previewPixels();
            if (keepImages)
                m_hooks.onCheckpointImages(historyFile(m_dir.path(), it), pixels, step.previewLabels);
            if (preview)
                m_hooks.onPreview(pixels, step.previewLabels, it);
        }
    }
}

void IterativeRun::beginIteration(int64_t iteration, LiveValues &live, torch::optim::Optimizer &optimizer)
{
    if (group().isDistributed()) {
        // One agreed answer to "stop?", so no rank waits for one that already left.
        auto cancelled = torch::tensor({m_control && m_control->isCancelled() ? 1.0 : 0.0}, torch::kFloat64);
        group().sumInPlace({cancelled});
        if (cancelled.item<double>() > 0)
            throw CancelledError();
    }
    if (m_control) {
        m_control->waitIfPaused([&] {
            if (m_hooks.onPaused)
                m_hooks.onPaused(iteration - 1);
        });
        for (LiveParameter parameter : liveParameters(m_options.stage)) {
            const auto value = m_control->take(m_options.stage, parameter);
            if (!value)
                continue;
            if (parameter == LiveParameter::Lambda) {
                live.lambda = *value;
            } else {
                live.learningRate = *value;
                setLearningRate(optimizer, live.learningRate);
            }
            const char *name = liveParameterName(parameter);
            m_dir.appendEvent({{"control", name}, {"value", *value}, {"iteration", iteration - 1}});
            if (m_hooks.onControl)
                m_hooks.onControl(name, *value, iteration);
        }
    }
    m_iterationStarted = std::chrono::steady_clock::now();
}

void IterativeRun::endIteration(IterationEvent event, const TensorMap &state, torch::optim::Optimizer &optimizer)
{
    for (const auto &[name, value] : event.terms)
        if (!std::isfinite(value))
            throw Error(std::string(stageName(m_options.stage)) + " iteration " + std::to_string(event.iteration) + ": the loss term \"" + name
                        + "\" became " + std::to_string(value) + "; the run stopped and its last good checkpoint (iteration "
                        + std::to_string(m_lastCheckpoint) + ") is kept in " + m_dir.path()
                        + ". Lower the learning rate and resume.");
    const auto now = std::chrono::steady_clock::now();
    event.method = stageName(m_options.stage);
    event.iterations = m_options.iterations;
    event.seconds = secondsBetween(m_iterationStarted, now);
    event.elapsed = secondsBetween(m_started, now);
    if (group().writesOutputs()) {
        m_dir.appendEvent(toJson(event));
        if (m_hooks.onIteration)
            m_hooks.onIteration(event);
    }
    if (event.iteration % m_options.checkpointEvery == 0 || event.iteration == m_options.iterations)
        saveCheckpoint(event.iteration, state, optimizer, {event.lambda, event.learningRate});
}

void IterativeRun::saveCheckpoint(int64_t iteration, const TensorMap &state, torch::optim::Optimizer &optimizer,
                                  const LiveValues &live)
{
    for (const auto &[key, tensor] : state)
        if (!torch::isfinite(tensor).all().item<bool>())
            throw Error(std::string(stageName(m_options.stage)) + " iteration " + std::to_string(iteration) + ": \"" + key
                        + "\" holds NaN or Inf; the last good checkpoint (iteration " + std::to_string(m_lastCheckpoint)
                        + ") is kept in " + m_dir.path() + ". Lower the learning rate and resume.");
    // Every rank holds the same state; rank 0 writes it, and a failed write stops all.
    group().onRankZero([&] { writeCheckpoint(iteration, state, optimizer, live); });
    m_lastCheckpoint = iteration;
}

void IterativeRun::writeCheckpoint(int64_t iteration, const TensorMap &state, torch::optim::Optimizer &optimizer,
                                   const LiveValues &live) const
{
    torch::serialize::OutputArchive archive;
    for (const auto &[key, tensor] : state)
        archive.write("state." + key, tensor.detach());
    torch::serialize::OutputArchive optimiserArchive;
    optimizer.save(optimiserArchive);
    archive.write("optimizer", optimiserArchive);
    archive.write("iteration", torch::tensor(iteration, torch::kInt64));
    archive.write("lambda", torch::tensor(live.lambda, torch::kFloat64));
    archive.write("lr", torch::tensor(live.learningRate, torch::kFloat64));
    archive.write("config", c10::IValue(m_options.config.dump()));
    writeArchiveAtomically(archive, m_dir.file(kCheckpointFile));
    // The optimised tensors alone at every checkpoint (history/iteration_NNNNNN.pt, a dict
    // Python reads): what the studio's step slider scrubs through. Small: latents, or a
    // few hundred images for DM.
    TensorMap snapshot;
    for (const auto &[key, tensor] : state)
        snapshot[key] = tensor.detach().clone();
    fs::create_directories(m_dir.file(kHistoryFolder));
    saveTensorMap(snapshot, historyFile(m_dir.path(), iteration));
}

std::string historyFile(const std::string &runDir, int64_t iteration)
{
    char name[32];
    std::snprintf(name, sizeof name, "iteration_%06lld.pt", static_cast<long long>(iteration));
    return (fs::path(runDir) / kHistoryFolder / name).string();
}

std::vector<int64_t> historyIterations(const std::string &runDir)
{
    std::vector<int64_t> iterations;
    const fs::path folder = fs::path(runDir) / kHistoryFolder;
    if (!fs::is_directory(folder))
        return iterations;
    for (const auto &entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        long long it = 0;
        if (std::sscanf(name.c_str(), "iteration_%lld.pt", &it) == 1 && name.size() > 3
            && name.compare(name.size() - 3, 3, ".pt") == 0)
            iterations.push_back(it);
    }
    std::sort(iterations.begin(), iterations.end());
    return iterations;
}

} // namespace itgan
