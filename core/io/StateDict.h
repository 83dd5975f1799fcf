#pragma once
// Moves weights between a LibTorch module and a reference-named dict of tensors.
#include "core/io/TensorIo.h"

namespace itgan {

// The module's parameters and buffers under their reference names (e.g. "features.0.weight").
TensorMap stateDictOf(torch::nn::Module &module);

// Copies every parameter and buffer of `module` from `weights`. int8 entries are
// dequantised with the matching "qscale.<name>" entry (the fixtures' size trick).
// `prefix` is prepended to module names when looking up keys ("param." for fixtures).
// Throws ModelError naming the key on a missing entry, a shape mismatch, or (strict)
// entries the module does not have.
void loadStateDict(torch::nn::Module &module, const TensorMap &weights, const std::string &prefix = "",
                   bool strict = true, const std::string &source = "weights");

} // namespace itgan
