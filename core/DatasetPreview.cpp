#include "core/DatasetPreview.h"

#include "core/BundledModels.h"
#include "core/DatasetLoader.h"
#include "core/GanMetrics.h"
#include "core/GeneratorFile.h"

#include <ATen/CPUGeneratorImpl.h>

namespace itgan {

namespace {

PreviewImage toPreview(const torch::Tensor &chw, int label)
{
    auto hwc = chw.permute({1, 2, 0}).contiguous();
    PreviewImage img;
    img.label = label;
    img.channels = static_cast<int>(hwc.size(2));
    img.height = static_cast<int>(hwc.size(0));
    img.width = static_cast<int>(hwc.size(1));
    img.pixels.assign(hwc.data_ptr<uint8_t>(), hwc.data_ptr<uint8_t>() + hwc.numel());
    return img;
}

} // namespace

DatasetPreview loadDatasetPreview(const std::string &nameOrPath, int perClass)
{
    DatasetRequest request;
    request.nameOrPath = nameOrPath;
    const Dataset ds = loadDataset(request);
    DatasetPreview preview;
    preview.name = ds.name;
    preview.source = ds.source;
    preview.classNames = ds.classNames;
    preview.trainSize = ds.train.size();
    preview.testSize = ds.test.size();
    const auto perClassIdx = indicesPerClass(ds.train.labels, ds.numClasses());
    for (size_t c = 0; c < perClassIdx.size(); ++c) {
        for (int i = 0; i < perClass && i < static_cast<int>(perClassIdx[c].size()); ++i) {
            preview.images.push_back(toPreview(ds.train.images[perClassIdx[c][static_cast<size_t>(i)]], static_cast<int>(c)));
        }
    }
    return preview;
}



GeneratorPreview loadGeneratorPreview(const std::string &path, int perClass, uint64_t seed, int height, int width)
{
    GeneratorPreview preview;
    preview.path = path.empty() ? bundledModelPath(kBundledGenerator) : path;
    const LoadedGenerator loaded = loadGenerator(preview.path);
    Generator &g = *loaded.generator;
    const GeneratorInfo info = g.info();
    preview.description = info.arch + " (" + loaded.fileKind + ", " + std::to_string(info.parameterCount) + " parameters)";
    auto gen = at::detail::createCPUGenerator(seed);
    auto y = torch::arange(info.numClasses, torch::kInt64).repeat_interleave(perClass);
    auto z = torch::randn({y.size(0), info.latentSize}, gen);
    g.setTraining(false);
    const auto pixels = generatorToPixels(generateInChunks(g, z, y), std::min<int64_t>(height, info.resolution),
                                          std::min<int64_t>(width, info.resolution));
    for (int64_t i = 0; i < pixels.size(0); ++i)
        preview.images.push_back(toPreview(pixels[i], static_cast<int>(y[i].item<int64_t>())));
    return preview;
}

} // namespace itgan
