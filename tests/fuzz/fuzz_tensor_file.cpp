// Fuzz target: a .pt file through every loader of tensor files: the plain dict of tensors
// (state dicts, image sets), the latent bundle and the generator file.
#include "FuzzSupport.h"

#include "core/generators/GeneratorFile.h"
#include "core/io/TensorIo.h"
#include "core/latents/LatentSet.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string path = itgan::fuzz::scratchFolder() + "/input.pt";
    itgan::fuzz::writeBytes(path, data, size);
    itgan::fuzz::expectOnlyProjectErrors("fuzz_tensor_file", [&] { itgan::loadTensorMap(path); });
    itgan::fuzz::expectOnlyProjectErrors("fuzz_tensor_file", [&] { itgan::loadLatentSet(path); });
    itgan::fuzz::expectOnlyProjectErrors("fuzz_tensor_file", [&] { itgan::loadGenerator(path); });
    return 0;
}
