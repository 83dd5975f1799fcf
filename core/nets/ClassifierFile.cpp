#include "core/nets/ClassifierFile.h"

#include "core/nets/NetworkFactory.h"
#include "core/io/StateDict.h"

namespace itgan {

ClassifierPtr loadClassifier(const std::string &path, const std::string &arch, int64_t channels, int64_t imageSize)
{
    const TensorMap weights = loadTensorMap(path);
    auto net = createNetwork(specFromWeights(arch, weights, channels, imageSize));
    loadStateDict(*net, weights, "", true, path);
    net->eval();
    return net;
}

} // namespace itgan
