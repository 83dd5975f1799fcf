// itgan sample: images from a generator file, as a per-class PNG grid or a tensor file.
#include "Commands.h"
#include "ComputeOptions.h"

#include "core/latents/LatentSet.h"

#include "core/base/Errors.h"
#include "core/generators/GeneratorFile.h"
#include "core/io/ImageGrid.h"
#include "core/io/TensorIo.h"
#include "core/runs/EngineInputs.h"
#include "core/io/BundledModels.h"

#include <ATen/CPUGeneratorImpl.h>

#include <iostream>
#include <sstream>

namespace itgan::cli {

namespace {

struct SampleOptions {
    std::string generator;
    std::string arch;
    int64_t perClass = 10;
    std::string classes; // comma-separated; empty = all
    uint64_t seed = 0;
    std::string zPath, yPath;
    double truncation = 0; // 0 = none
    std::string out;
    ComputeOptions compute;
};

std::vector<int64_t> parseClasses(const std::string &text, int64_t numClasses)
{
    std::vector<int64_t> out;
    if (text.empty()) {
        for (int64_t c = 0; c < numClasses; ++c)
            out.push_back(c);
        return out;
    }
    std::stringstream s(text);
    std::string item;
    while (std::getline(s, item, ',')) {
        try {
            size_t used = 0;
            const long long c = std::stoll(item, &used);
            if (used != item.size() || c < 0 || c >= numClasses)
                throw std::out_of_range(item);
            out.push_back(c);
        } catch (const std::exception &) {
            throw ConfigError("class '" + item + "' in --classes is not an index in 0.." + std::to_string(numClasses - 1));
        }
    }
    return out;
}

void runSample(const SampleOptions &o)
{
    applyComputeOptions(o.compute);
    LoadedGenerator loaded = loadGenerator(resolveModelPath(o.generator, kBundledGenerator), o.arch);
    Generator &g = *loaded.generator;
    const GeneratorInfo info = g.info();
    torch::Tensor z, y;
    int64_t columns = o.perClass;
    if (!o.zPath.empty() || !o.yPath.empty()) {
        if (o.zPath.empty() || o.yPath.empty())
            throw ConfigError("--z and --y go together");
        z = loadTensor(o.zPath, "z").to(torch::kFloat32);
        y = loadTensor(o.yPath, "y");
        if (z.dim() != 2 || z.size(1) != info.latentSize)
            throw ConfigError(o.zPath + ": latents have shape " + c10::str(z.sizes()) + ", the generator expects [N, "
                              + std::to_string(info.latentSize) + "]");
        if (!torch::isfinite(z).all().item<bool>())
            throw ConfigError(o.zPath + ": latents hold NaN or Inf values");
        if (y.dim() != 1 || y.is_floating_point() || y.size(0) != z.size(0))
            throw ConfigError(o.yPath + ": expected " + std::to_string(z.size(0)) + " integer labels, got shape "
                              + c10::str(y.sizes()) + (y.is_floating_point() ? " of floats" : ""));
        y = y.to(torch::kInt64);
        if (y.numel() > 0 && (y.min().item<int64_t>() < 0 || y.max().item<int64_t>() >= info.numClasses))
            throw ConfigError(o.yPath + ": labels span " + std::to_string(y.min().item<int64_t>()) + ".."
                              + std::to_string(y.max().item<int64_t>()) + ", the generator has classes 0.."
                              + std::to_string(info.numClasses - 1));
        columns = std::max<int64_t>(1, static_cast<int64_t>(std::sqrt(double(z.size(0)))));
    } else {
        if (o.perClass < 1)
            throw ConfigError("--n must be positive");
        const auto classes = parseClasses(o.classes, info.numClasses);
        y = torch::tensor(classes, torch::kInt64).repeat_interleave(o.perClass);
        auto gen = at::detail::createCPUGenerator(o.seed);
        z = truncatedNormalLatents(y.size(0), info.latentSize, o.truncation, gen);
    }
    g.setTraining(false);
    const torch::Tensor images = generateInChunks(g, z, y);
    const bool png = o.out.size() > 4 && o.out.compare(o.out.size() - 4, 4, ".png") == 0;
    if (png)
        writePngGrid(((images + 1) * 127.5).round().clamp(0, 255).to(torch::kUInt8), columns, o.out, 2);
    else
        saveTensor(images, o.out);
    std::cout << images.size(0) << " images " << images.sizes() << " from " << info.arch << " (" << loaded.fileKind
              << ") written to " << o.out << "\n";
}

} // namespace

void addSampleCommand(CLI::App &app)
{
    auto o = std::make_shared<SampleOptions>();
    CLI::App *cmd = app.add_subcommand("sample", "Sample a generator: a per-class PNG grid or a tensor file");
    cmd->add_option("--generator", o->generator, "Native generator file, BigGAN state dict, or TorchScript module")
        ->required();
    cmd->add_option("--arch", o->arch, "Architecture of an imported state dict (biggan32; detected when omitted)");
    cmd->add_option("--n", o->perClass, "Images per class")->capture_default_str();
    cmd->add_option("--classes", o->classes, "Comma-separated class indices (default: all)");
    cmd->add_option("--seed", o->seed, "Seed of the latents")->capture_default_str()->check(CLI::NonNegativeNumber);
    cmd->add_option("--z", o->zPath, "Latents [N, latent] saved with torch.save (instead of --n/--classes/--seed)");
    cmd->add_option("--y", o->yPath, "Labels [N] saved with torch.save (with --z)");
    cmd->add_option("--truncation", o->truncation, "Redraw latent entries beyond this magnitude (0 = off)")
        ->capture_default_str();
    cmd->add_option("--out", o->out, "grid.png (rows = classes) or images.pt (raw output in [-1,1], [N,C,H,W])")
        ->required();
    addComputeOptions(*cmd, o->compute);
    cmd->callback([o] { runSample(*o); });
}

} // namespace itgan::cli
