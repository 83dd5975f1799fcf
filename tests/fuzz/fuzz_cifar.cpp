// Fuzz target: one CIFAR binary batch (CIFAR-10 records, or CIFAR-100 when the first byte
// is odd) through readCifarFiles.
#include "FuzzSupport.h"

#include "core/data/CifarReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto variant = (data[0] & 1) ? itgan::CifarVariant::Cifar100 : itgan::CifarVariant::Cifar10;
    const std::string path = itgan::fuzz::scratchFolder() + "/data_batch_1.bin";
    itgan::fuzz::writeBytes(path, data + 1, size - 1);
    itgan::fuzz::expectOnlyProjectErrors("fuzz_cifar", [&] { itgan::readCifarFiles({path}, variant); });
    return 0;
}
