#pragma once
// Creates any classifier of the zoo by name.
//   convnet                         width 128, depth 3, instance norm, relu, avg pool
//   convnet:width=64,depth=4,norm=batch,act=relu,pool=max   (any subset of keys)
//   convnet-bn | convnet-ln | convnet-gn | convnet-nn        (norm shorthands)
//   resnet18 (instance norm) | resnet18bn (batch norm)
//   vgg11 | vgg19 (instance norm) | vgg11bn | vgg19bn (batch norm)
//   wrn-16-8 | mobilenetv2 (CIFAR forms, batch norm; the paper's cross-architecture table)
// Names follow the reference code, where "ResNet18"/"VGG11" use instance norm.
#include "core/nets/ClassifierNet.h"

#include <string>
#include <map>
#include <vector>

namespace itgan {

struct NetworkSpec {
    std::string arch = "convnet";
    int64_t channels = 1;
    int64_t numClasses = 10;
    int64_t imageSize = 28;
};

// On the compute device (core/base/ComputeDevice.h).
ClassifierPtr createNetwork(const NetworkSpec &spec);

// Throws ConfigError for a name createNetwork would refuse, without building a network
// (so without touching the global random generator): checks settings before work starts.
void checkArchitectureName(const std::string &arch);

// The architecture names createNetwork accepts (for --help and error messages).
std::vector<std::string> knownArchitectures();

} // namespace itgan

namespace itgan {

// Completes a spec from imported weights: the class count from classifier.weight, and
// for a plain "convnet" the width, depth and norm the weights imply (instance vs group
// norm cannot be told apart from shapes; name "convnet-gn" explicitly for the latter).
NetworkSpec specFromWeights(const std::string &arch, const std::map<std::string, torch::Tensor> &weights,
                            int64_t channels, int64_t imageSize);

} // namespace itgan
