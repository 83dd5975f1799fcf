// Fuzz target: one IDX file (raw, or gzip when the first byte is odd) through readIdxFile.
#include "FuzzSupport.h"

#include "core/data/IdxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool gz = data[0] & 1;
    const std::string path = itgan::fuzz::scratchFolder() + "/train-images-idx3-ubyte" + (gz ? ".gz" : "");
    itgan::fuzz::writeBytes(path, data + 1, size - 1);
    itgan::fuzz::expectOnlyProjectErrors("fuzz_idx", [&] { itgan::readIdxFile(path); });
    return 0;
}
