#include "core/DatasetPreview.h"

#include "core/DatasetLoader.h"

namespace itgan {

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
            auto hwc = ds.train.images[perClassIdx[c][static_cast<size_t>(i)]].permute({1, 2, 0}).contiguous();
            PreviewImage img;
            img.label = static_cast<int>(c);
            img.channels = static_cast<int>(hwc.size(2));
            img.height = static_cast<int>(hwc.size(0));
            img.width = static_cast<int>(hwc.size(1));
            img.pixels.assign(hwc.data_ptr<uint8_t>(), hwc.data_ptr<uint8_t>() + hwc.numel());
            preview.images.push_back(std::move(img));
        }
    }
    return preview;
}

} // namespace itgan
