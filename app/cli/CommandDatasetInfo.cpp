// itgan dataset-info: what a dataset holds, as the engine reads it.
#include "Commands.h"

#include "core/data/DatasetLoader.h"

#include <cstdio>

namespace itgan::cli {

namespace {

void runDatasetInfo(const std::string &what, int imageSize)
{
    const Dataset ds = loadDataset({what, imageSize, 0});
    std::printf("dataset     %s\nsource      %s\nimages      %lld x %lld x %lld (C x H x W)\n", ds.name.c_str(),
                ds.source.c_str(), static_cast<long long>(ds.channels()), static_cast<long long>(ds.height()),
                static_cast<long long>(ds.width()));
    std::printf("train       %lld images\ntest        %lld images\n", static_cast<long long>(ds.train.size()),
                static_cast<long long>(ds.test.size()));
    std::printf("normalise   mean");
    for (float m : ds.normalisation.mean)
        std::printf(" %.4f", m);
    std::printf(" / std");
    for (float s : ds.normalisation.std)
        std::printf(" %.4f", s);
    std::printf("\nclasses     %lld\n", static_cast<long long>(ds.numClasses()));
    const auto perClass = indicesPerClass(ds.train.labels, ds.numClasses());
    for (int64_t c = 0; c < ds.numClasses(); ++c)
        std::printf("  %3lld  %-16s %6zu train images\n", static_cast<long long>(c), ds.classNames[static_cast<size_t>(c)].c_str(),
                    perClass[static_cast<size_t>(c)].size());
}

} // namespace

void addDatasetInfoCommand(CLI::App &app)
{
    auto dataset = std::make_shared<std::string>("fashion-mnist");
    auto imageSize = std::make_shared<int>(32);
    CLI::App *cmd = app.add_subcommand("dataset-info", "Show what a dataset holds (sizes, classes, normalisation)");
    cmd->add_option("--dataset", *dataset, "fashion-mnist, or a folder of IDX files, CIFAR binaries or class folders")
        ->capture_default_str();
    cmd->add_option("--image-size", *imageSize, "Image size for image-folder datasets")->capture_default_str();
    cmd->callback([dataset, imageSize] { runDatasetInfo(*dataset, *imageSize); });
}

} // namespace itgan::cli
