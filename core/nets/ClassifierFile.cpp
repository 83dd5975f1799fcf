#include "core/nets/ClassifierFile.h"

#include "core/nets/NetworkFactory.h"
#include "core/io/StateDict.h"
#include "core/base/Errors.h"

namespace itgan {

ClassifierPtr loadClassifier(const std::string &path, const std::string &arch, int64_t channels, int64_t imageSize)
{
    const TensorMap weights = loadTensorMap(path);
    auto net = createNetwork(specFromWeights(arch, weights, channels, imageSize));
    try {
        loadStateDict(*net, weights, "", true, path);
    } catch (const ModelError &e) {
        throw ModelError(std::string(e.what()) + " (read as a " + arch + " for " + std::to_string(channels) + "x"
                         + std::to_string(imageSize) + "x" + std::to_string(imageSize) + " images)");
    }
    net->eval();
    return net;
}

} // namespace itgan
