#include "core/runs/EngineInputs.h"

#include "core/io/BundledModels.h"
#include "core/nets/ClassifierFile.h"
#include "core/data/DatasetLoader.h"
#include "core/base/Errors.h"
#include "core/latents/LatentSet.h"
#include "core/io/RunDirectory.h"

#include <filesystem>

namespace itgan {

std::string resolveModelPath(const std::string &nameOrPath, const char *bundledName)
{
    return nameOrPath == "bundled" ? bundledModelPath(bundledName) : nameOrPath;
}

std::string inputReference(const std::string &nameOrPath)
{
    const bool name = nameOrPath.empty() || nameOrPath == "bundled" || nameOrPath == "fashion-mnist" || nameOrPath == "fmnist";
    if (name || !std::filesystem::exists(nameOrPath))
        return nameOrPath;
    return std::filesystem::absolute(nameOrPath).lexically_normal().string();
}

EngineInputs loadEngineInputs(const EngineInputRequest &request)
{
    EngineInputs inputs;
    inputs.data = loadDataset({request.dataset});
    const std::string fullDatasetHash = datasetContentHash(inputs.data);
    if (request.trainingSubsetPerClass > 0) {
        try {
            inputs.data.train = subsetPerClass(inputs.data.train, inputs.data.numClasses(),
                                               request.trainingSubsetPerClass, request.trainingSubsetSeed);
        } catch (const DatasetError &e) {
            throw ConfigError("training subset of " + std::to_string(request.trainingSubsetPerClass)
                              + " images per class of " + request.dataset + ": " + e.what());
        }
    }
    // Paths as absolute paths, so `--resume` works from any working directory.
    inputs.identity["inputs"] = {{"dataset", inputReference(request.dataset)},
                                 {"generator", inputReference(request.generator)},
                                 {"generator_arch", request.generatorArch},
                                 {"feature_network", inputReference(request.featureNetwork)},
                                 {"feature_arch", request.featureArch}};
    if (request.trainingSubsetPerClass > 0) { // only then, so runs started before this key still resume
        inputs.identity["inputs"]["training_subset_per_class"] = request.trainingSubsetPerClass;
        inputs.identity["inputs"]["training_subset_seed"] = request.trainingSubsetSeed;
    }
    inputs.identity["dataset"] = {{"name", inputs.data.name},
                                  {"source", std::filesystem::absolute(inputs.data.source).string()},
                                  {"hash", fullDatasetHash}, // of the whole dataset; the subset is in "inputs"
                                  {"train_size", inputs.data.train.size()},
                                  {"test_size", inputs.data.test.size()},
                                  {"image_shape", {inputs.data.channels(), inputs.data.height(), inputs.data.width()}},
                                  {"classes", inputs.data.classNames},
                                  {"normalisation",
                                   {{"mean", inputs.data.normalisation.mean}, {"std", inputs.data.normalisation.std}}}};
    if (!request.generator.empty()) {
        inputs.generatorPath = resolveModelPath(request.generator, kBundledGenerator);
        inputs.generator = loadGenerator(inputs.generatorPath, request.generatorArch);
        checkGeneratorFitsDataset(inputs.generator.generator->info(), inputs.data, inputs.generatorPath);
        inputs.generatorBytes = static_cast<int64_t>(std::filesystem::file_size(inputs.generatorPath));
        const auto info = inputs.generator.generator->info();
        inputs.identity["generator"] = {{"path", std::filesystem::absolute(inputs.generatorPath).string()},
                                        {"hash", fileContentHash(inputs.generatorPath)},
                                        {"arch", info.arch},
                                        {"file_kind", inputs.generator.fileKind},
                                        {"bytes", inputs.generatorBytes}};
    }
    if (!request.featureNetwork.empty()) {
        inputs.featureNetPath = resolveModelPath(request.featureNetwork, kBundledClassifier);
        inputs.featureNet = loadClassifier(inputs.featureNetPath, request.featureArch, inputs.data.channels(),
                                           inputs.data.height());
        inputs.identity["feature_network"] = {{"path", std::filesystem::absolute(inputs.featureNetPath).string()},
                                              {"hash", fileContentHash(inputs.featureNetPath)},
                                              {"arch", inputs.featureNet->architecture()}};
    }
    return inputs;
}

EngineInputRequest engineRequestFromIdentity(const nlohmann::json &identity)
{
    const auto inputs = identity.value("inputs", nlohmann::json::object());
    EngineInputRequest request;
    request.dataset = inputs.value("dataset", request.dataset);
    request.generator = inputs.value("generator", request.generator);
    request.generatorArch = inputs.value("generator_arch", request.generatorArch);
    request.featureNetwork = inputs.value("feature_network", request.featureNetwork);
    request.featureArch = inputs.value("feature_arch", request.featureArch);
    request.trainingSubsetPerClass = inputs.value("training_subset_per_class", request.trainingSubsetPerClass);
    request.trainingSubsetSeed = inputs.value("training_subset_seed", request.trainingSubsetSeed);
    return request;
}

} // namespace itgan
