#include "core/generators/GeneratorFile.h"

#include "core/base/ComputeDevice.h"
#include "core/generators/BigGan.h"
#include "core/generators/Dcgan.h"
#include "core/base/Errors.h"
#include "core/io/StateDict.h"
#include "core/generators/TorchScriptGenerator.h"

namespace itgan {

namespace {

constexpr const char *kMetadataKey = "__itgan__";

nlohmann::json optionsJson(const GeneratorInfo &info, int64_t width)
{
    return {{"arch", info.arch},          {"width", width},
            {"latent_size", info.latentSize}, {"num_classes", info.numClasses},
            {"channels", info.channels},  {"resolution", info.resolution}};
}

int64_t widthOf(const LoadedGenerator &g)
{
    if (auto b = std::dynamic_pointer_cast<BigGanGeneratorImpl>(g.module))
        return b->options().channelWidth;
    if (auto d = std::dynamic_pointer_cast<DcganGeneratorImpl>(g.module))
        return d->options().width;
    return 0;
}

} // namespace

LoadedGenerator createGenerator(const std::string &arch, int64_t width, int64_t latentSize, int64_t numClasses,
                                int64_t channels)
{
    LoadedGenerator g;
    if (arch == "biggan32") {
        auto m = BigGanGenerator(BigGanOptions{width, latentSize, numClasses, channels}).ptr();
        g.generator = m;
        g.module = m;
    } else if (arch == "dcgan32") {
        auto m = DcganGenerator(DcganOptions{width, latentSize, numClasses, channels}).ptr();
        g.generator = m;
        g.module = m;
    } else {
        throw ConfigError("unknown generator architecture '" + arch + "' (expected biggan32 or dcgan32)");
    }
    g.module->to(computeDevice()); // initialised on the CPU: the same weights on every device
    g.metadata = optionsJson(g.generator->info(), width);
    return g;
}

LoadedGenerator loadGenerator(const std::string &path, const std::string &arch)
{
    if (isTorchScriptFile(path)) {
        LoadedGenerator g;
        g.generator = std::make_shared<TorchScriptGenerator>(path);
        g.fileKind = "torchscript";
        return g;
    }
    TensorMap weights;
    try {
        weights = loadTensorMap(path);
    } catch (const IoError &e) {
        throw ModelError(std::string(e.what()) + " (expected a generator file: native, BigGAN state dict or TorchScript)");
    }
    if (auto meta = weights.find(kMetadataKey); meta != weights.end()) {
        const auto bytes = meta->second.to(torch::kUInt8).contiguous();
        nlohmann::json m;
        try {
            m = nlohmann::json::parse(std::string(reinterpret_cast<const char *>(bytes.data_ptr<uint8_t>()),
                                                  static_cast<size_t>(bytes.numel())));
        } catch (const std::exception &e) {
            throw ModelError(path + ": corrupt generator metadata (" + e.what() + ")");
        }
        const auto &o = m.contains("options") ? m["options"] : m;
        LoadedGenerator g = createGenerator(o.value("arch", std::string()), o.value("width", int64_t(0)),
                                            o.value("latent_size", int64_t(0)), o.value("num_classes", int64_t(0)),
                                            o.value("channels", int64_t(0)));
        weights.erase(kMetadataKey);
        loadStateDict(*g.module, weights, "", true, path);
        g.metadata = m;
        return g;
    }
    const bool looksBigGan = weights.count("linear.u0") && weights.count("blocks.0.0.bn1.gain.weight");
    if (!arch.empty() && arch != "biggan32")
        throw ModelError(path + ": a state dict can be imported as biggan32 only; '" + arch
                         + "' generators are saved as native files");
    if (!looksBigGan)
        throw ModelError(path + ": not a BigGAN generator state dict (no linear.u0 / blocks.0.0.bn1.gain.weight)");
    const BigGanOptions options = bigGanOptionsFromWeights(weights);
    LoadedGenerator g = createGenerator("biggan32", options.channelWidth, options.latentSize, options.numClasses,
                                        options.outputChannels);
    loadStateDict(*g.module, weights, "", true, path);
    g.metadata = {{"options", optionsJson(g.generator->info(), options.channelWidth)}};
    g.fileKind = "state-dict";
    return g;
}

void saveGenerator(const LoadedGenerator &generator, const nlohmann::json &extraMetadata, const std::string &path,
                   StoredPrecision precision)
{
    if (!generator.module)
        throw ConfigError("only native generators can be saved; a TorchScript file is already portable");
    nlohmann::json meta = extraMetadata;
    meta["format"] = "itgan-generator";
    meta["version"] = 1;
    meta["options"] = optionsJson(generator.generator->info(), widthOf(generator));
    meta["precision"] = enumName(precision);
    TensorMap tensors = stateDictOf(*generator.module);
    for (auto &[key, tensor] : tensors)
        tensor = toStoredPrecision(tensor, precision);
    const std::string text = meta.dump();
    tensors[kMetadataKey] = torch::from_blob(const_cast<char *>(text.data()), {static_cast<int64_t>(text.size())},
                                             torch::kUInt8)
                                .clone();
    saveTensorMap(tensors, path);
}

} // namespace itgan
