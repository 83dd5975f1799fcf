#include "core/gan/GanTrainer.h"

#include "core/base/ComputeDevice.h"
#include "core/augment/DiffAugment.h"
#include "core/gan/Discriminator.h"
#include "core/augment/DsaOps.h"
#include "core/base/DurationText.h"
#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/base/LearningRate.h"
#include "core/io/ImageGrid.h"
#include "core/io/RunDirectory.h"
#include "core/io/TensorIo.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>

namespace fs = std::filesystem;

namespace itgan {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int64_t kResolution = 32;
constexpr int64_t kSamplesPerClassInGrid = 10;
constexpr const char *kCheckpointFile = "checkpoint.pt";
// Settings a resume may change: a run is extended by asking for more steps (how the bundled
// generator was trained), a run whose quality has levelled off is finished with a learning-rate
// decay, and how often it checkpoints or draws samples changes no weight.
constexpr const char *kSettingsAResumeMayChange[] = {"steps", "lr_decay_start", "checkpoint_every", "sample_every"};

// The list above as train-gan's options ("--steps, --lr-decay-start, … and --sample-every"): each
// option is its config.json key with '_' written '-'.
std::string settingsAResumeMayChangeAsOptions()
{
    std::string text;
    const size_t count = std::size(kSettingsAResumeMayChange);
    for (size_t i = 0; i < count; ++i) {
        std::string option = std::string("--") + kSettingsAResumeMayChange[i];
        std::replace(option.begin(), option.end(), '_', '-');
        text += (i == 0 ? "" : i + 1 == count ? " and " : ", ") + option;
    }
    return text;
}

// The factor on both learning rates at generator step `step` (0-based): 1, then falling linearly
// from learningRateDecayStart to reach 0 at `steps`.
double learningRateScale(const GanTrainingConfig &c, int64_t step)
{
    if (c.learningRateDecayStart <= 0 || step < c.learningRateDecayStart)
        return 1.0;
    return double(c.steps - step) / double(c.steps - c.learningRateDecayStart);
}

// ema = decay·ema + (1 - decay)·G for parameters (decay 0: an exact copy); buffers (BN
// statistics, SN state) are copied.
void updateEma(torch::nn::Module &g, torch::nn::Module &ema, double decay)
{
    torch::NoGradGuard noGrad;
    auto src = g.named_parameters(true);
    for (auto &p : ema.named_parameters(true)) {
        if (decay == 0.0)
            p.value().copy_(src[p.key()]);
        else
            p.value().mul_(decay).add_(src[p.key()], 1.0 - decay);
    }
    auto srcB = g.named_buffers(true);
    for (auto &b : ema.named_buffers(true))
        b.value().copy_(srcB[b.key()]);
}

} // namespace

nlohmann::json ganConfigJson(const GanTrainingConfig &c)
{
    return {{"arch", c.arch},
            {"width", c.width},
            {"discriminator_width", c.discriminatorWidth},
            {"latent_size", c.latentSize},
            {"steps", c.steps},
            {"batch_size", c.batchSize},
            {"lr_g", c.learningRateG},
            {"lr_d", c.learningRateD},
            {"lr_decay_start", c.learningRateDecayStart},
            {"betas", {c.beta1, c.beta2}},
            {"adam_eps", c.adamEps},
            {"d_steps", c.discriminatorSteps},
            {"ema_decay", c.emaDecay},
            {"ema_start", c.emaStart},
            {"diffaugment", c.diffAugment},
            {"flip_reals", c.flipReals},
            {"seed", c.seed},
            {"checkpoint_every", c.checkpointEvery},
            {"sample_every", c.sampleEvery},
            {"loss", "hinge"}};
}

struct GanTrainer::State {
    GanTrainingConfig config;
    const Dataset &data;
    RunDirectory runDir;
    torch::Tensor reals;  // generator space, padded to 32x32
    torch::Tensor labels;
    LoadedGenerator g, ema;
    DiscriminatorPtr d;
    std::unique_ptr<torch::optim::Adam> optG, optD;
    at::Generator rng;
    DiffAugment augment;
    bool flip;
    int64_t step = 0;
    ClassifierPtr probe;
    GanQualityOptions probeOptions;
    double bestFrechet = std::numeric_limits<double>::infinity();

    State(const GanTrainingConfig &c, const Dataset &ds, const std::string &dir, bool resume)
        : config(c), data(ds), runDir(RunDirectory::open(dir, resume)), rng(at::detail::createCPUGenerator(c.seed)),
          augment(c.diffAugment), flip(c.flipReals && ds.allowsHorizontalFlip())
    {
        // A killed run may have left half-written files; the complete ones are in place.
        removeStaleTemporaries(runDir.path());
    }

    void saveCheckpoint()
    {
        torch::serialize::OutputArchive archive;
        auto save = [&](const char *key, torch::nn::Module &m) {
            torch::serialize::OutputArchive sub;
            m.save(sub);
            archive.write(key, sub);
        };
        save("G", *g.module);
        save("EMA", *ema.module);
        save("D", *d);
        torch::serialize::OutputArchive og, od;
        optG->save(og);
        optD->save(od);
        archive.write("optG", og);
        archive.write("optD", od);
        archive.write("step", torch::tensor(step, torch::kInt64));
        archive.write("rng", rng.get_state());
        writeArchiveAtomically(archive, runDir.file(kCheckpointFile));
    }

    bool loadCheckpoint()
    {
        const std::string path = runDir.file(kCheckpointFile);
        if (!fs::exists(path))
            return false;
        try {
            const std::vector<char> bytes = readArchiveBytes(path);
            torch::serialize::InputArchive archive;
            archive.load_from(bytes.data(), bytes.size(), computeDevice()); // modules and optimiser state live there
            auto load = [&](const char *key, torch::nn::Module &m) {
                torch::serialize::InputArchive sub;
                archive.read(key, sub);
                m.load(sub);
            };
            load("G", *g.module);
            load("EMA", *ema.module);
            load("D", *d);
            torch::serialize::InputArchive og, od;
            archive.read("optG", og);
            archive.read("optD", od);
            optG->load(og);
            optD->load(od);
            torch::Tensor s, r;
            archive.read("step", s);
            archive.read("rng", r);
            step = s.item<int64_t>();
            rng.set_state(r.to(torch::kCPU)); // the CPU generator's state, whatever the device
        } catch (const c10::Error &e) {
            throw IoError(path + ": corrupt or truncated checkpoint (" + e.what_without_backtrace() + ")");
        }
        return true;
    }

    // A resumed run must train the same networks on the same data as it started with.
    void refuseADifferentConfiguration(const nlohmann::json &now) const
    {
        const std::string path = runDir.file("config.json");
        // A run written before a setting existed holds that setting's default (JsonConfig.h).
        nlohmann::json then = withDefaultsForMissingKeys(readJsonFile(path), ganConfigJson(GanTrainingConfig{}));
        nlohmann::json compared = now;
        for (const char *key : kSettingsAResumeMayChange) {
            then.erase(key);
            compared.erase(key);
        }
        const std::string key = firstJsonDifference(then, compared);
        if (!key.empty())
            throw ConfigError(path + ": the run was started with a different configuration: "
                              + describeJsonDifference(key, then, compared)
                              + "; resume with the same settings (only " + settingsAResumeMayChangeAsOptions()
                              + " may change), or choose a new output folder");
    }

    // The lowest Fréchet distance of the checkpoints so far (events.jsonl, already trimmed to
    // the checkpoint resumed from), so that a resumed run keeps generator_best.pt unless it improves on it.
    double lowestRecordedFrechet() const
    {
        double lowest = std::numeric_limits<double>::infinity();
        std::ifstream in(runDir.file("events.jsonl"));
        for (std::string line; std::getline(in, line);) {
            const auto event = nlohmann::json::parse(line, nullptr, false);
            if (!event.is_object() || !event.contains("metrics"))
                continue;
            const auto &fd = event["metrics"].value("frechet_distance", nlohmann::json());
            if (fd.is_number())
                lowest = std::min(lowest, fd.get<double>());
        }
        return lowest;
    }

    void writeSamples()
    {
        auto gen = at::detail::createCPUGenerator(config.seed + 1); // the same latents every time
        const int64_t classes = data.numClasses();
        auto y = torch::arange(classes, torch::kInt64).repeat_interleave(kSamplesPerClassInGrid);
        auto z = torch::randn({y.size(0), config.latentSize}, gen);
        ema.generator->setTraining(false);
        const auto images = generatorToPixels(generateInChunks(*ema.generator, z, y), data.height(), data.width());
        fs::create_directories(runDir.file("samples"));
        char name[64];
        std::snprintf(name, sizeof name, "samples/step_%07lld.png", static_cast<long long>(step));
        writePngGrid(images, kSamplesPerClassInGrid, runDir.file(name), 2);
        writePngGrid(images, kSamplesPerClassInGrid, runDir.file("samples/latest.png"), 2);
    }

    GanCheckpointEvent checkpoint()
    {
        GanCheckpointEvent event;
        event.step = step;
        nlohmann::json meta = {{"step", step}, {"training", ganConfigJson(config)}, {"dataset", data.name}};
        if (probe) {
            event.quality = measureGanQuality(*ema.generator, *probe, data, probeOptions);
            const GanQuality &q = *event.quality;
            meta["metrics"] = {{"gan_test_accuracy", q.ganTestAccuracy},
                               {"frechet_distance", q.frechetDistance},
                               {"frechet_features", "bundled ConvNet embed() (2048-d, last conv block)"},
                               {"diversity_ratio", q.diversityRatio}};
            if (q.ganTrainAccuracy >= 0)
                meta["metrics"]["gan_train_accuracy"] = q.ganTrainAccuracy;
            event.best = q.frechetDistance < bestFrechet;
        }
        saveGenerator(ema, meta, runDir.file("generator_latest.pt"));
        // Every checkpoint's generator is kept (a few MB each), so that any of them can be measured
        // further later (GAN-train, inversion) and shipped, not only the latest and the best.
        fs::create_directories(runDir.file("generators"));
        char kept[64];
        std::snprintf(kept, sizeof kept, "generators/generator_step_%07lld.pt", static_cast<long long>(step));
        saveGenerator(ema, meta, runDir.file(kept));
        if (event.best) {
            bestFrechet = event.quality->frechetDistance;
            saveGenerator(ema, meta, runDir.file("generator_best.pt"));
        }
        saveCheckpoint();
        nlohmann::json record = {{"step", step}, {"checkpoint", true}, {"best", event.best}};
        if (meta.contains("metrics"))
            record["metrics"] = meta["metrics"];
        runDir.appendEvent(record);
        return event;
    }
};

GanTrainer::GanTrainer(const GanTrainingConfig &config, const Dataset &data, const std::string &runDir, bool resume)
{
    if (config.steps < 1 || config.batchSize < 1 || config.discriminatorSteps < 1)
        throw ConfigError("steps, batch size and D steps must be positive");
    if (config.checkpointEvery < 1 || config.sampleEvery < 1 || config.logEvery < 1)
        throw ConfigError("checkpoint, sample and log intervals must be positive");
    if (config.learningRateDecayStart < 0 || config.learningRateDecayStart >= config.steps)
        throw ConfigError("the learning-rate decay start " + std::to_string(config.learningRateDecayStart)
                          + " must lie in [0, steps = " + std::to_string(config.steps)
                          + "): 0 keeps the learning rates constant, a later step decays them from there to 0");
    if (data.height() > kResolution || data.width() > kResolution)
        throw ConfigError("GAN training needs images of at most 32x32, " + data.name + " has "
                          + std::to_string(data.height()) + "x" + std::to_string(data.width()));
    m_state = std::make_unique<State>(config, data, runDir, resume);
    State &s = *m_state;
    s.reals = pixelsToGeneratorSpace(data.train.images, kResolution);
    s.labels = data.train.labels;
    torch::manual_seed(config.seed); // network initialisation
    s.g = createGenerator(config.arch, config.width, config.latentSize, data.numClasses(), data.channels());
    s.ema = createGenerator(config.arch, config.width, config.latentSize, data.numClasses(), data.channels());
    updateEma(*s.g.module, *s.ema.module, 0.0);
    s.d = createDiscriminator(config.arch, config.discriminatorWidth, data.numClasses(), data.channels());
    s.optG = std::make_unique<torch::optim::Adam>(
        s.g.module->parameters(),
        torch::optim::AdamOptions(config.learningRateG).betas({config.beta1, config.beta2}).eps(config.adamEps));
    s.optD = std::make_unique<torch::optim::Adam>(
        s.d->parameters(),
        torch::optim::AdamOptions(config.learningRateD).betas({config.beta1, config.beta2}).eps(config.adamEps));

    nlohmann::json runConfig = ganConfigJson(config);
    runConfig["dataset"] = {{"name", data.name}, {"source", data.source}, {"train_size", data.train.size()}};
    if (resume && fs::exists(s.runDir.file("config.json")))
        s.refuseADifferentConfiguration(runConfig);
    if (resume && s.loadCheckpoint()) {
        s.runDir.trimEventsAfter("step", s.step);
        s.bestFrechet = s.lowestRecordedFrechet();
    } else {
        s.runDir.writeText("events.jsonl", "");
    }
    s.runDir.writeJson("config.json", runConfig); // on resume: the steps now asked for
}

GanTrainer::~GanTrainer() = default;

void GanTrainer::setQualityProbe(ClassifierPtr classifier, const GanQualityOptions &options)
{
    m_state->probe = std::move(classifier);
    m_state->probeOptions = options;
}

int64_t GanTrainer::step() const
{
    return m_state->step;
}

Generator &GanTrainer::emaGenerator()
{
    return *m_state->ema.generator;
}

void GanTrainer::run(const CancellationToken *cancel, const GanTrainingCallbacks &callbacks)
{
    State &s = *m_state;
    const GanTrainingConfig &c = s.config;
    const int64_t n = s.reals.size(0), classes = s.data.numClasses();
    const auto start = Clock::now();
    Generator &g = *s.g.generator;
    Discriminator &d = *s.d;
    double lossD = 0, lossG = 0, dReal = 0, dFake = 0;

    while (s.step < c.steps) {
        if (cancel && cancel->isCancelled()) {
            s.checkpoint();
            throw CancelledError();
        }
        // Set every step from the step count alone, so that a resumed run (whose optimiser state
        // holds the rate it was saved with) follows the schedule asked for now.
        const double lrScale = learningRateScale(c, s.step);
        setLearningRate(*s.optD, c.learningRateD * lrScale);
        setLearningRate(*s.optG, c.learningRateG * lrScale);
        g.setTraining(true);
        d.train();
        for (int k = 0; k < c.discriminatorSteps; ++k) {
            auto idx = torch::randint(0, n, {c.batchSize}, s.rng);
            // The real set stays on the CPU; the batch moves to the compute device.
            auto real = toComputeDevice(s.reals.index_select(0, idx));
            auto yReal = toComputeDevice(s.labels.index_select(0, idx));
            if (s.flip)
                real = dsa::flip(real, torch::rand({c.batchSize}, s.rng) < 0.5);
            auto z = torch::randn({c.batchSize, c.latentSize}, s.rng);
            auto yFake = toComputeDevice(torch::randint(0, classes, {c.batchSize}, s.rng));
            torch::Tensor fake;
            {
                torch::NoGradGuard noGrad;
                fake = g.generate(z, yFake);
            }
            auto outReal = d.forward(s.augment.apply(real, s.rng), yReal);
            auto outFake = d.forward(s.augment.apply(fake, s.rng), yFake);
            auto loss = torch::relu(1.0 - outReal).mean() + torch::relu(1.0 + outFake).mean();
            s.optD->zero_grad();
            loss.backward();
            s.optD->step();
            lossD = loss.item<double>();
            dReal = outReal.mean().item<double>();
            dFake = outFake.mean().item<double>();
        }
        auto z = torch::randn({c.batchSize, c.latentSize}, s.rng);
        auto y = toComputeDevice(torch::randint(0, classes, {c.batchSize}, s.rng));
        auto loss = -d.forward(s.augment.apply(g.generate(z, y), s.rng), y).mean();
        s.optG->zero_grad();
        loss.backward();
        s.optG->step();
        lossG = loss.item<double>();
        ++s.step;
        if (s.step < c.emaStart)
            updateEma(*s.g.module, *s.ema.module, 0.0);
        else
            updateEma(*s.g.module, *s.ema.module, c.emaDecay);

        GanStepEvent event{s.step, lossD, lossG, dReal, dFake, secondsSince(start)};
        if (s.step % c.logEvery == 0)
            s.runDir.appendEvent({{"step", s.step},
                                  {"loss_d", lossD},
                                  {"loss_g", lossG},
                                  {"d_real", dReal},
                                  {"d_fake", dFake},
                                  {"lr_scale", lrScale},
                                  {"seconds", event.seconds}});
        if (callbacks.onStep)
            callbacks.onStep(event, c.steps);
        if (s.step % c.sampleEvery == 0 || s.step == c.steps)
            s.writeSamples();
        if (s.step % c.checkpointEvery == 0 || s.step == c.steps) {
            const GanCheckpointEvent ce = s.checkpoint();
            if (callbacks.onCheckpoint)
                callbacks.onCheckpoint(ce);
        }
    }
}

} // namespace itgan
