#include "core/export/DatasetExport.h"

#include "core/io/AtomicOutput.h"
#include "core/base/Errors.h"
#include "core/generators/GeneratorFile.h"
#include "core/base/JsonConfig.h"
#include "core/export/LatentBundle.h"
#include "core/io/RunDirectory.h"
#include "core/io/TensorIo.h"
#include "core/runs/RunFolder.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <filesystem>
#include <fstream>
#include <cstring>
#include <sstream>

namespace fs = std::filesystem;

namespace itgan {
namespace {

std::vector<std::string> classNamesOf(const nlohmann::json &dataset, int64_t numClasses)
{
    if (dataset.contains("classes"))
        return dataset.at("classes").get<std::vector<std::string>>();
    std::vector<std::string> names;
    for (int64_t c = 0; c < numClasses; ++c)
        names.push_back("class " + std::to_string(c));
    return names;
}

ExportSource openRun(const std::string &path)
{
    const RunFolder folder = RunFolder::open(path);
    if (folder.isCompare())
        throw IoError(path + ": a compare folder; export one of its stage folders (inversion/, itgan/ or dm/)");
    const StageFolder &stage = folder.stages().front();
    const std::string configPath = folder.file("config.json");
    const auto &config = folder.stored();
    ExportSource source;
    source.path = path;
    source.method = stageName(stage.stage());
    source.dataset = config.value("dataset", nlohmann::json::object());
    source.config = config.value(source.method, nlohmann::json::object());
    if (stage.stage() == Stage::Dm) {
        const auto tensors = stage.resultTensors();
        if (!tensors.count("images") || !tensors.count("labels"))
            throw IoError(stage.resultFile() + ": expected a dict {images, labels}");
        source.pixels = {tensors.at("images"), tensors.at("labels")};
    } else {
        source.latents = stage.finalLatents();
        if (!source.latents)
            throw IoError(stage.resultFile() + ": missing; the " + source.method + " run has not finished (resume it first)");
        const auto generator = config.value("generator", nlohmann::json::object());
        source.generatorPath = generator.value("path", "");
        if (source.generatorPath.empty() || !fs::exists(source.generatorPath))
            throw IoError(configPath + ": the generator " + source.generatorPath + " this run used is not available");
        if (fileContentHash(source.generatorPath) != generator.value("hash", ""))
            throw IoError(source.generatorPath + ": changed since the run (content hash differs from " + configPath + ")");
        if (generator.value("file_kind", "") == "state-dict")
            source.generatorArch = generator.value("arch", "");
        const auto loaded = loadGenerator(source.generatorPath, source.generatorArch);
        const auto shape = source.dataset.value("image_shape", std::vector<int64_t>{});
        if (shape.size() != 3)
            throw IoError(configPath + ": dataset.image_shape [C, H, W] is missing");
        source.pixels = {generatePixels(*loaded.generator, *source.latents, shape[1], shape[2]), source.latents->labels};
    }
    return source;
}

ExportSource openBundle(const std::string &path)
{
    const LatentBundle bundle = readLatentBundle(path);
    ExportSource source;
    source.path = path;
    source.method = bundle.manifest.value("method", "");
    source.dataset = bundle.manifest.value("dataset", nlohmann::json::object());
    source.config = bundle.manifest.value("config", nlohmann::json::object());
    source.latents = bundle.latents;
    source.generatorPath = bundle.generatorPath;
    source.generatorArch = bundle.manifest.at("generator").value("arch_hint", "");
    source.pixels = {regenerateBundleImages(bundle), bundle.latents.labels};
    return source;
}

nlohmann::json manifestFor(const ExportSource &source, const std::string &format)
{
    nlohmann::json manifest = {{"format", format},
            {"source", fs::absolute(source.path).string()},
            {"method", source.method},
            {"dataset", source.dataset},
            {"config", source.config},
            {"count", source.pixels.size()},
            {"image_shape", source.pixels.images.sizes().slice(1).vec()},
            {"classes", source.classNames}};
    if (!source.selectedIndices.empty())
        manifest["selected_indices"] = source.selectedIndices; // an exported selection: its rows in the set
    return manifest;
}

std::string safeName(const std::string &name)
{
    std::string out;
    for (char ch : name)
        out += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
    return out;
}

void writePngFolders(const ExportSource &source, const fs::path &dir, const CancellationToken *cancel)
{
    const auto &images = source.pixels.images;
    const auto hwc = images.permute({0, 2, 3, 1}).contiguous();
    const int channels = static_cast<int>(images.size(1));
    std::vector<int64_t> counters(source.classNames.size(), 0);
    nlohmann::json files = nlohmann::json::array();
    for (int64_t i = 0; i < source.pixels.size(); ++i) {
        if (cancel)
            cancel->throwIfCancelled();
        const int64_t label = source.pixels.labels[i].item<int64_t>();
        char folder[32];
        std::snprintf(folder, sizeof folder, "%02lld_", static_cast<long long>(label));
        const fs::path classDir = dir / (folder + safeName(source.classNames.at(static_cast<size_t>(label))));
        fs::create_directories(classDir);
        char name[32];
        std::snprintf(name, sizeof name, "%05lld.png", static_cast<long long>(counters[static_cast<size_t>(label)]++));
        cv::Mat image(static_cast<int>(images.size(2)), static_cast<int>(images.size(3)), channels == 1 ? CV_8UC1 : CV_8UC3,
                      hwc[i].data_ptr<uint8_t>());
        cv::Mat out = image;
        if (channels == 3)
            cv::cvtColor(image, out, cv::COLOR_RGB2BGR);
        std::vector<unsigned char> png;
        if (!cv::imencode(".png", out, png))
            throw IoError((classDir / name).string() + ": cannot be encoded as PNG");
        writeNewFile((classDir / name).string(), png); // into the export's staging folder (AtomicOutput)
        files.push_back({{"file", (classDir.filename() / name).string()}, {"label", label}});
    }
    auto manifest = manifestFor(source, "png-folders");
    manifest["files"] = files;
    writeFileAtomically((dir / "manifest.json").string(), manifest.dump(2) + "\n");
}

void writeNpy(const ExportSource &source, const fs::path &dir)
{
    writeFileAtomically((dir / "images.npy").string(), encodeNpy(source.pixels.images.permute({0, 2, 3, 1}).contiguous()));
    writeFileAtomically((dir / "labels.npy").string(), encodeNpy(source.pixels.labels.to(torch::kInt64).contiguous()));
    writeFileAtomically((dir / "manifest.json").string(), manifestFor(source, "npy").dump(2) + "\n");
}

void writeTorch(const ExportSource &source, const std::string &file)
{
    c10::impl::GenericDict dict(c10::StringType::get(), c10::AnyType::get());
    dict.insert("images", source.pixels.images.contiguous());
    dict.insert("labels", source.pixels.labels.to(torch::kInt64).contiguous());
    c10::List<std::string> classes;
    for (const auto &name : source.classNames)
        classes.push_back(name);
    dict.insert("classes", classes);
    if (!source.selectedIndices.empty())
        dict.insert("indices", torch::tensor(source.selectedIndices, torch::kInt64));
    savePickledValue(c10::IValue(dict), file);
}

void writeCifarBinary(const ExportSource &source, const fs::path &dir)
{
    if (source.classNames.size() > 256)
        throw ConfigError("CIFAR binary records hold one label byte; this set has " + std::to_string(source.classNames.size())
                          + " classes");
    const auto images = source.pixels.images.contiguous();
    const int64_t record = images[0].numel();
    std::vector<char> bytes;
    bytes.reserve(static_cast<size_t>(source.pixels.size() * (record + 1)));
    for (int64_t i = 0; i < source.pixels.size(); ++i) {
        bytes.push_back(static_cast<char>(source.pixels.labels[i].item<int64_t>()));
        const auto *p = images[i].data_ptr<uint8_t>();
        bytes.insert(bytes.end(), p, p + record);
    }
    writeFileAtomically((dir / "data_batch_1.bin").string(), bytes);
    std::string meta;
    for (const auto &name : source.classNames)
        meta += name + "\n";
    writeFileAtomically((dir / "batches.meta.txt").string(), meta);
    writeFileAtomically((dir / "manifest.json").string(), manifestFor(source, "cifar-bin").dump(2) + "\n");
}

} // namespace

ExportSource openExportSource(const std::string &path)
{
    if (!fs::exists(path))
        throw IoError(path + ": no such run directory or bundle");
    ExportSource source = isLatentBundle(path) ? openBundle(path) : openRun(path);
    if (source.pixels.size() == 0)
        throw IoError(path + ": holds no images");
    source.classNames = classNamesOf(source.dataset, source.pixels.labels.max().item<int64_t>() + 1);
    validateSplit(source.pixels, static_cast<int64_t>(source.classNames.size()), path);
    return source;
}

ExportSource selectExportRows(const ExportSource &source, const std::vector<int64_t> &indices)
{
    if (indices.empty())
        throw ConfigError(source.path + ": nothing selected to export");
    for (int64_t i : indices)
        if (i < 0 || i >= source.pixels.size())
            throw ConfigError(source.path + ": selected image " + std::to_string(i) + " does not exist (the set has "
                              + std::to_string(source.pixels.size()) + ")");
    ExportSource subset = source;
    const auto rows = torch::tensor(indices, torch::kInt64);
    subset.pixels = {source.pixels.images.index_select(0, rows).contiguous(),
                     source.pixels.labels.index_select(0, rows).contiguous()};
    if (source.latents) {
        const auto &set = *source.latents;
        subset.latents = LatentSet{set.latents.index_select(0, rows).contiguous(), set.labels.index_select(0, rows).contiguous(),
                                   set.sourceIndices.defined() ? set.sourceIndices.index_select(0, rows).contiguous()
                                                               : torch::Tensor()};
    }
    for (int64_t i : indices)
        subset.selectedIndices.push_back(source.selectedIndices.empty() ? i
                                                                        : source.selectedIndices[static_cast<size_t>(i)]);
    return subset;
}

std::vector<std::string> exportFormats()
{
    return {"png-folders", "npy", "torch", "cifar-bin", "bundle"};
}

void exportDataset(const ExportSource &source, const std::string &format, const std::string &out, bool force,
                   const CancellationToken *cancel)
{
    const auto stopIfCancelled = [cancel] {
        if (cancel)
            cancel->throwIfCancelled();
    };
    const auto formats = exportFormats();
    if (std::find(formats.begin(), formats.end(), format) == formats.end())
        throw ConfigError("unknown export format \"" + format + "\" (png-folders, npy, torch, cifar-bin, bundle)");
    // Never write over (or around) what is being exported, --force or not.
    requireOutputOutsideInputs(out, {source.path, source.generatorPath});
    stopIfCancelled();
    if (format == "bundle") {
        if (!source.latents)
            throw ConfigError(source.path + ": a " + source.method + " set is stored as pixels; only latent sets (inversion, "
                              "IT-GAN) can be exported as a bundle");
        auto config = source.config;
        if (!source.selectedIndices.empty())
            config["selected_indices"] = source.selectedIndices;
        writeLatentBundle({source.generatorPath, source.generatorArch, *source.latents, source.dataset, source.method, config},
                          out, force);
        return;
    }
    AtomicOutput output(out, force, format != "torch");
    if (format == "png-folders")
        writePngFolders(source, output.staging(), cancel);
    else if (format == "npy")
        writeNpy(source, output.staging());
    else if (format == "torch")
        writeTorch(source, output.staging());
    else
        writeCifarBinary(source, output.staging());
    stopIfCancelled(); // the staging folder goes with `output`
    output.commit();
}

std::vector<char> encodeNpy(const torch::Tensor &tensor)
{
    std::string descr;
    if (tensor.scalar_type() == torch::kUInt8)
        descr = "|u1";
    else if (tensor.scalar_type() == torch::kInt64)
        descr = "<i8";
    else
        throw ConfigError("npy export supports uint8 and int64 tensors");
    std::ostringstream shape;
    shape << "(";
    for (int64_t d = 0; d < tensor.dim(); ++d)
        shape << tensor.size(d) << (tensor.dim() == 1 || d + 1 < tensor.dim() ? "," : "") << (d + 1 < tensor.dim() ? " " : "");
    shape << ")";
    std::string header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape.str() + ", }";
    // magic (6) + version (2) + length (2) + header + '\n' padded to a multiple of 64.
    const size_t unpadded = 10 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    const char prefix[10] = {'\x93', 'N', 'U', 'M', 'P', 'Y', 1, 0, static_cast<char>(header.size() & 0xff),
                             static_cast<char>(header.size() >> 8)};
    const auto contiguous = tensor.contiguous();
    const size_t dataBytes = static_cast<size_t>(contiguous.numel()) * contiguous.element_size();
    // One allocation and plain copies (vector::insert of the pieces trips a false
    // -Warray-bounds in GCC 12, and an empty tensor has no data to copy).
    std::vector<char> bytes(sizeof prefix + header.size() + dataBytes);
    std::memcpy(bytes.data(), prefix, sizeof prefix);
    std::memcpy(bytes.data() + sizeof prefix, header.data(), header.size());
    if (dataBytes > 0)
        std::memcpy(bytes.data() + sizeof prefix + header.size(), contiguous.data_ptr(), dataBytes);
    return bytes;
}

} // namespace itgan
