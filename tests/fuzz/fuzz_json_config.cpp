// Fuzz target: a compare configuration file (JSON text) read and checked the way
// `itgan compare --config` and the studio's run panel do, before any work.
#include "FuzzSupport.h"

#include "core/base/JsonConfig.h"
#include "core/experiments/CompareExperiment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string path = itgan::fuzz::scratchFolder() + "/config.json";
    itgan::fuzz::writeBytes(path, data, size);
    itgan::fuzz::expectOnlyProjectErrors("fuzz_json_config",
                                         [&] { itgan::completeCompareConfig(itgan::readJsonFile(path)); });
    return 0;
}
