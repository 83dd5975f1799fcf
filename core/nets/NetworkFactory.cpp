#include "core/nets/NetworkFactory.h"

#include "core/base/ComputeDevice.h"
#include "core/base/Errors.h"
#include "core/nets/ConvNet.h"
#include "core/nets/ResNet.h"
#include "core/nets/MobileNetV2.h"
#include "core/nets/Vgg.h"
#include "core/nets/WideResNet.h"

#include <sstream>

namespace itgan {

namespace {

int64_t parsePositive(const std::string &key, const std::string &value)
{
    try {
        size_t used = 0;
        const long long v = std::stoll(value, &used);
        if (used == value.size() && v > 0)
            return v;
    } catch (const std::exception &) {
    }
    throw ConfigError("ConvNet option " + key + "=" + value + " is not a positive integer");
}

ConvNetOptions convNetOptions(const std::string &arch, const NetworkSpec &spec)
{
    ConvNetOptions o;
    o.channels = spec.channels;
    o.numClasses = spec.numClasses;
    o.imageSize = spec.imageSize;
    const std::map<std::string, NormKind> shorthands = {{"convnet-bn", NormKind::Batch},
                                                        {"convnet-ln", NormKind::Layer},
                                                        {"convnet-gn", NormKind::Group},
                                                        {"convnet-nn", NormKind::None}};
    if (auto it = shorthands.find(arch); it != shorthands.end()) {
        o.norm = it->second;
        return o;
    }
    if (arch == "convnet")
        return o;
    // convnet:key=value,...
    std::stringstream options(arch.substr(std::string("convnet:").size()));
    std::string item;
    while (std::getline(options, item, ',')) {
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            throw ConfigError("ConvNet option '" + item + "' in '" + arch + "' is not key=value");
        const std::string key = item.substr(0, eq), value = item.substr(eq + 1);
        if (key == "width")
            o.width = parsePositive(key, value);
        else if (key == "depth")
            o.depth = parsePositive(key, value);
        else if (key == "norm")
            o.norm = parseNormKind(value);
        else if (key == "act")
            o.activation = enumFromString<ConvActivation>(value, "ConvNet option act in '" + arch + "'");
        else if (key == "pool")
            o.pooling = enumFromString<ConvPooling>(value, "ConvNet option pool in '" + arch + "'");
        else
            throw ConfigError("unknown ConvNet option '" + key + "' in '" + arch
                              + "' (expected width, depth, norm, act, pool)");
    }
    return o;
}

} // namespace

std::vector<std::string> knownArchitectures()
{
    return {"convnet", "convnet-bn", "convnet-ln", "convnet-gn", "convnet-nn", "convnet:width=W,depth=D,norm=N,act=A,pool=P",
            "resnet18", "resnet18bn", "vgg11", "vgg11bn", "vgg19", "vgg19bn", "wrn-16-8", "mobilenetv2"};
}

namespace {

bool isConvNet(const std::string &arch)
{
    return arch == "convnet" || arch.rfind("convnet-", 0) == 0 || arch.rfind("convnet:", 0) == 0;
}

bool isKnownFixedArchitecture(const std::string &arch)
{
    for (const char *name : {"resnet18", "resnet18bn", "vgg11", "vgg11bn", "vgg19", "vgg19bn", "wrn-16-8", "mobilenetv2"})
        if (arch == name)
            return true;
    return false;
}

} // namespace

void checkArchitectureName(const std::string &arch)
{
    if (isConvNet(arch)) {
        convNetOptions(arch, NetworkSpec{}); // throws on an unknown shorthand or option
        return;
    }
    if (isKnownFixedArchitecture(arch))
        return;
    std::string known;
    for (const auto &name : knownArchitectures())
        known += (known.empty() ? "" : ", ") + name;
    throw ConfigError("unknown architecture '" + arch + "' (known: " + known + ")");
}

namespace {

ClassifierPtr buildNetwork(const NetworkSpec &spec)
{
    if (spec.channels != 1 && spec.channels != 3)
        throw ConfigError("networks take 1- or 3-channel images, got " + std::to_string(spec.channels));
    if (spec.numClasses < 2)
        throw ConfigError("a classifier needs at least 2 classes, got " + std::to_string(spec.numClasses));
    const std::string &arch = spec.arch;
    checkArchitectureName(arch);
    if (isConvNet(arch))
        return ConvNet(convNetOptions(arch, spec)).ptr();
    if (arch == "resnet18" || arch == "resnet18bn")
        return ResNet18(ResNetOptions{spec.channels, spec.numClasses, spec.imageSize,
                                      arch == "resnet18bn" ? NormKind::Batch : NormKind::Instance})
            .ptr();
    if (arch == "wrn-16-8")
        return WideResNet(WideResNetOptions{spec.channels, spec.numClasses, 16, 8}).ptr();
    if (arch == "mobilenetv2")
        return MobileNetV2(MobileNetV2Options{spec.channels, spec.numClasses}).ptr();
    // The VGG family: the "bn" suffix means batch norm, the reference's plain names instance norm.
    const NormKind norm = arch.size() == 7 ? NormKind::Batch : NormKind::Instance;
    const int depth = arch.compare(0, 5, "vgg19") == 0 ? 19 : 11;
    return Vgg(VggOptions{spec.channels, spec.numClasses, spec.imageSize, norm, depth}).ptr();
}

} // namespace

ClassifierPtr createNetwork(const NetworkSpec &spec)
{
    // Initialised on the CPU (the seeded global generator), then moved: the same weights on every device.
    ClassifierPtr net = buildNetwork(spec);
    net->to(computeDevice());
    return net;
}

} // namespace itgan

namespace itgan {

NetworkSpec specFromWeights(const std::string &arch, const std::map<std::string, torch::Tensor> &weights,
                            int64_t channels, int64_t imageSize)
{
    NetworkSpec spec{arch, channels, 10, imageSize};
    auto classifier = weights.find("classifier.weight");
    if (classifier == weights.end() || classifier->second.dim() != 2)
        throw ModelError("weights have no 2-D 'classifier.weight' entry; is this a state_dict of a zoo network?");
    spec.numClasses = classifier->second.size(0);
    if (arch != "convnet")
        return spec;

    auto first = weights.find("features.0.weight");
    if (first == weights.end() || first->second.dim() != 4)
        throw ModelError("ConvNet weights need a 4-D 'features.0.weight' entry");
    const int64_t width = first->second.size(0);
    // Each block is conv [+ norm] + act [+ pool]; count the 4-D conv weights.
    int64_t depth = 0;
    for (const auto &[key, value] : weights)
        if (key.rfind("features.", 0) == 0 && key.size() > 7 && key.compare(key.size() - 7, 7, ".weight") == 0
            && value.dim() == 4)
            ++depth;
    std::string norm = "none";
    if (weights.count("features.1.running_mean"))
        norm = "batch";
    else if (auto n = weights.find("features.1.weight"); n != weights.end())
        norm = n->second.dim() == 3 ? "layer" : "instance";
    spec.arch = "convnet:width=" + std::to_string(width) + ",depth=" + std::to_string(depth) + ",norm=" + norm;
    return spec;
}

} // namespace itgan
