#include "core/export/LatentBundle.h"

#include "core/io/AtomicOutput.h"
#include "core/base/Errors.h"
#include "core/io/RunDirectory.h"

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace itgan {
namespace {

constexpr const char *kGeneratorFile = "generator.pt";
constexpr const char *kLatentsFile = "latents.pt";
constexpr const char *kManifestFile = "manifest.json";

std::string pixelHash(const torch::Tensor &pixels)
{
    const auto contiguous = pixels.contiguous();
    return bytesContentHash(contiguous.data_ptr(), static_cast<size_t>(contiguous.numel()));
}

std::pair<int64_t, int64_t> imageSize(const nlohmann::json &manifest, const std::string &source)
{
    try {
        const auto shape = manifest.at("dataset").at("image_shape");
        return {shape.at(1).get<int64_t>(), shape.at(2).get<int64_t>()};
    } catch (const nlohmann::json::exception &) {
        throw IoError(source + ": manifest lacks dataset.image_shape [C, H, W]");
    }
}

} // namespace

torch::Tensor writeLatentBundle(const LatentBundleContent &content, const std::string &path, bool overwrite)
{
    const LoadedGenerator loaded = loadGenerator(content.generatorPath, content.generatorArch);
    checkLatentsFitGenerator(content.latents, loaded.generator->info(), "the bundle's latents");
    requireOutputOutsideInputs(path, {content.generatorPath});
    AtomicOutput output(path, overwrite, true);
    const fs::path staging = output.staging();
    fs::copy_file(content.generatorPath, staging / kGeneratorFile);
    saveLatentSet(content.latents, (staging / kLatentsFile).string());

    nlohmann::json manifest = {{"format", kLatentBundleFormat},
                               {"version", 1},
                               {"dataset", content.dataset},
                               {"method", content.method},
                               {"config", content.config},
                               {"count", content.latents.size()},
                               {"generator",
                                {{"file", kGeneratorFile},
                                 {"arch", loaded.generator->info().arch},
                                 {"arch_hint", content.generatorArch},
                                 {"file_kind", loaded.fileKind},
                                 {"hash", fileContentHash((staging / kGeneratorFile).string())}}},
                               {"latents", {{"file", kLatentsFile}, {"hash", fileContentHash((staging / kLatentsFile).string())}}}};
    const auto [height, width] = imageSize(manifest, path);
    // Regenerate from the copies just written, so the hash covers exactly what a reader rebuilds.
    const LoadedGenerator copy = loadGenerator((staging / kGeneratorFile).string(), content.generatorArch);
    const LatentSet reread = loadLatentSet((staging / kLatentsFile).string());
    const auto pixels = generatePixels(*copy.generator, reread, height, width);
    manifest["pixels"] = {{"shape", pixels.sizes().vec()}, {"hash", pixelHash(pixels)}};
    writeFileAtomically((staging / kManifestFile).string(), manifest.dump(2) + "\n");
    output.commit();
    return pixels;
}

bool isLatentBundle(const std::string &path)
{
    const fs::path manifest = fs::path(path) / kManifestFile;
    if (!fs::is_regular_file(manifest))
        return false;
    try {
        std::ifstream in(manifest);
        return nlohmann::json::parse(in).value("format", "") == kLatentBundleFormat;
    } catch (const std::exception &) {
        return false;
    }
}

LatentBundle readLatentBundle(const std::string &path)
{
    LatentBundle bundle;
    bundle.path = path;
    const std::string manifestPath = (fs::path(path) / kManifestFile).string();
    std::ifstream in(manifestPath);
    if (!in)
        throw IoError(manifestPath + ": missing; not a latent bundle");
    try {
        bundle.manifest = nlohmann::json::parse(in);
    } catch (const std::exception &e) {
        throw IoError(manifestPath + ": not valid JSON (" + e.what() + ")");
    }
    if (bundle.manifest.value("format", "") != kLatentBundleFormat)
        throw IoError(manifestPath + ": not a latent bundle manifest (format \"" + bundle.manifest.value("format", "")
                      + "\")");
    for (const char *part : {"generator", "latents"}) {
        const std::string file = (fs::path(path) / bundle.manifest.at(part).value("file", "")).string();
        if (!fs::is_regular_file(file))
            throw IoError(file + ": missing from the bundle");
        if (fileContentHash(file) != bundle.manifest.at(part).value("hash", ""))
            throw IoError(file + ": content does not match the manifest's hash (corrupt or modified bundle)");
    }
    bundle.generatorPath = (fs::path(path) / bundle.manifest.at("generator").value("file", "")).string();
    bundle.latents = loadLatentSet((fs::path(path) / bundle.manifest.at("latents").value("file", "")).string());
    return bundle;
}

torch::Tensor regenerateBundleImages(const LatentBundle &bundle)
{
    const LoadedGenerator loaded =
        loadGenerator(bundle.generatorPath, bundle.manifest.at("generator").value("arch_hint", ""));
    checkLatentsFitGenerator(bundle.latents, loaded.generator->info(), bundle.path);
    const auto [height, width] = imageSize(bundle.manifest, bundle.path);
    auto pixels = generatePixels(*loaded.generator, bundle.latents, height, width);
    const std::string expected = bundle.manifest.value("pixels", nlohmann::json::object()).value("hash", "");
    if (!expected.empty() && pixelHash(pixels) != expected)
        throw ModelError(bundle.path + ": the regenerated images differ from the ones the bundle was made with (pixel hash "
                         + pixelHash(pixels) + ", manifest " + expected + ")");
    return pixels;
}

} // namespace itgan
