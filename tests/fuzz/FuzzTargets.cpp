// The fuzz harness itself, not a test: the functions that hand one input to each reader of
// untrusted files and judge what comes back (FuzzTargets.h). What asserts them is
// tst_fuzz_regressions: the verdict rule (judgeReader), every seed of corpus/<target>/
// accepted, every kept finding of regressions/<target>/ refused without an escaping exception.
#include "FuzzTargets.h"

#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/data/CifarReader.h"
#include "core/data/IdxReader.h"
#include "core/data/ImageFolderReader.h"
#include "core/experiments/CompareExperiment.h"
#include "core/generators/GeneratorFile.h"
#include "core/io/TensorIo.h"
#include "core/latents/LatentSet.h"
#include "core/runs/RunFolder.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <typeinfo>
#include <unistd.h>

namespace fs = std::filesystem;

namespace itgan::fuzz {

namespace {

// A folder of this process's own under /dev/shm (memory, not disk), emptied per input and
// removed at exit.
const std::string &scratchPath()
{
    static const std::string path =
        std::string(fs::exists("/dev/shm") ? "/dev/shm" : "/tmp") + "/itgan-fuzz-" + std::to_string(::getpid());
    return path;
}

std::string scratchFolder()
{
    // Registered after the path exists, so it runs before the path is destroyed.
    static const bool removedAtExit = (scratchPath(), std::atexit([] { fs::remove_all(scratchPath()); }) == 0);
    (void)removedAtExit;
    fs::remove_all(scratchPath());
    fs::create_directories(scratchPath());
    return scratchPath();
}

void writeBytes(const std::string &path, const uint8_t *data, size_t size)
{
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
}

// One IDX file (raw, or gzip when the first byte is odd) through readIdxFile.
Verdict idx(const uint8_t *data, size_t size)
{
    Verdict v;
    if (size == 0)
        return v;
    const std::string path = scratchFolder() + "/train-images-idx3-ubyte" + ((data[0] & 1) ? ".gz" : "");
    writeBytes(path, data + 1, size - 1);
    judgeReader(v, [&] { readIdxFile(path); });
    return v;
}

// One CIFAR binary batch (CIFAR-10 records, or CIFAR-100 when the first byte is odd).
Verdict cifar(const uint8_t *data, size_t size)
{
    Verdict v;
    if (size == 0)
        return v;
    const auto variant = (data[0] & 1) ? CifarVariant::Cifar100 : CifarVariant::Cifar10;
    const std::string path = scratchFolder() + "/data_batch_1.bin";
    writeBytes(path, data + 1, size - 1);
    judgeReader(v, [&] { readCifarFiles({path}, variant); });
    return v;
}

// An image-folder dataset whose two classes of train/ and test/ hold the input as an image.
Verdict imageFolder(const uint8_t *data, size_t size)
{
    Verdict v;
    const std::string root = scratchFolder() + "/images";
    for (const char *file : {"/train/a/0.png", "/train/b/0.png", "/test/a/0.png", "/test/b/0.png"})
        writeBytes(root + file, data, size);
    judgeReader(v, [&] { readImageFolder(root); });
    return v;
}

// A .pt file through every loader of tensor files: dict of tensors, latent bundle, generator.
Verdict tensorFile(const uint8_t *data, size_t size)
{
    Verdict v;
    const std::string path = scratchFolder() + "/input.pt";
    writeBytes(path, data, size);
    judgeReader(v, [&] { loadTensorMap(path); });
    judgeReader(v, [&] { loadLatentSet(path); });
    judgeReader(v, [&] { loadGenerator(path); });
    return v;
}

// A run folder whose config.json and events.jsonl are the input cut at its first NUL byte,
// read the way the studio, export and resume read it.
Verdict runFolder(const uint8_t *data, size_t size)
{
    Verdict v;
    const std::string dir = scratchFolder() + "/run";
    const uint8_t *cut = std::find(data, data + size, uint8_t(0));
    writeBytes(dir + "/config.json", data, static_cast<size_t>(cut - data));
    const uint8_t *events = cut == data + size ? cut : cut + 1;
    writeBytes(dir + "/events.jsonl", events, static_cast<size_t>(data + size - events));
    writeBytes(dir + "/inversion/events.jsonl", events, static_cast<size_t>(data + size - events));
    judgeReader(v, [&] {
        const RunFolder run = RunFolder::open(dir);
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
    return v;
}

// A compare configuration read and checked as `itgan compare --config` and the run panel do.
Verdict jsonConfig(const uint8_t *data, size_t size)
{
    Verdict v;
    const std::string path = scratchFolder() + "/config.json";
    writeBytes(path, data, size);
    judgeReader(v, [&] { completeCompareConfig(readJsonFile(path)); });
    return v;
}

} // namespace

const std::map<std::string, Target> &targets()
{
    static const std::map<std::string, Target> all = {
        {"fuzz_idx", idx},           {"fuzz_cifar", cifar},           {"fuzz_image_folder", imageFolder},
        {"fuzz_tensor_file", tensorFile}, {"fuzz_run_folder", runFolder}, {"fuzz_json_config", jsonConfig}};
    return all;
}

} // namespace itgan::fuzz

#ifdef ITGAN_FUZZ_TARGET
#include <cstdio>

// libFuzzer's entry point for the target named at build time: a finding aborts, so
// libFuzzer keeps the input.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const itgan::fuzz::Target target = itgan::fuzz::targets().at(ITGAN_FUZZ_TARGET);
    const itgan::fuzz::Verdict verdict = target(data, size);
    if (!verdict.escaped.empty()) {
        std::fprintf(stderr, "%s: an exception escaped instead of a project error: %s\n", ITGAN_FUZZ_TARGET,
                     verdict.escaped.c_str());
        std::abort();
    }
    return 0;
}
#endif
