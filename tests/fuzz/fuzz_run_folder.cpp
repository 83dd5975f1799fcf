// Fuzz target: a run folder whose config.json and events.jsonl are the input, cut at its
// first NUL byte, read the way the studio, export and resume read it.
#include "FuzzSupport.h"

#include "core/runs/RunFolder.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string dir = itgan::fuzz::scratchFolder() + "/run";
    const uint8_t *cut = std::find(data, data + size, uint8_t(0));
    itgan::fuzz::writeBytes(dir + "/config.json", data, static_cast<size_t>(cut - data));
    const uint8_t *events = cut == data + size ? cut : cut + 1;
    itgan::fuzz::writeBytes(dir + "/events.jsonl", events, static_cast<size_t>(data + size - events));
    std::filesystem::create_directories(dir + "/inversion");
    std::filesystem::copy_file(dir + "/events.jsonl", dir + "/inversion/events.jsonl");
    itgan::fuzz::expectOnlyProjectErrors("fuzz_run_folder", [&] {
        const itgan::RunFolder run = itgan::RunFolder::open(dir);
        run.compareConfig();
        run.inputs();
        run.results();
        run.curves();
        for (const auto &stage : run.stages()) {
            stage.iterations();
            stage.historyIterations();
            stage.labelledLatents();
        }
    });
    return 0;
}
