#pragma once
// Loads a classifier saved as a plain dict of tensors (ours or PyTorch's state_dict).
#include "core/nets/ClassifierNet.h"

#include <string>

namespace itgan {

// `arch` as for the factory; for "convnet" the width/depth/norm follow from the weights.
ClassifierPtr loadClassifier(const std::string &path, const std::string &arch, int64_t channels, int64_t imageSize);

} // namespace itgan
