// tst_fuzz_regressions: every file of corpus/<target>/ (the seeds) and regressions/<target>/
// (inputs a fuzzer found, kept after the fix) through its target once, as run_fuzzers.sh's
// libFuzzer programs would. A target aborts on a finding, failing the test with the input
// named on stderr just before.
#include "FuzzSupport.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#define ITGAN_FUZZ_TARGET(name) extern "C" int name##_one_input(const uint8_t *data, size_t size);
ITGAN_FUZZ_TARGET(fuzz_idx)
ITGAN_FUZZ_TARGET(fuzz_cifar)
ITGAN_FUZZ_TARGET(fuzz_image_folder)
ITGAN_FUZZ_TARGET(fuzz_tensor_file)
ITGAN_FUZZ_TARGET(fuzz_run_folder)
ITGAN_FUZZ_TARGET(fuzz_json_config)

namespace fs = std::filesystem;

int main()
{
    struct Target {
        const char *name;
        int (*run)(const uint8_t *, size_t);
    };
    const Target targets[] = {{"fuzz_idx", fuzz_idx_one_input},
                              {"fuzz_cifar", fuzz_cifar_one_input},
                              {"fuzz_image_folder", fuzz_image_folder_one_input},
                              {"fuzz_tensor_file", fuzz_tensor_file_one_input},
                              {"fuzz_run_folder", fuzz_run_folder_one_input},
                              {"fuzz_json_config", fuzz_json_config_one_input}};
    int inputs = 0, missing = 0;
    for (const Target &target : targets) {
        int seeds = 0;
        for (const char *kind : {"corpus", "regressions"}) {
            const fs::path dir = fs::path(ITGAN_FUZZ_DIR) / kind / target.name;
            if (!fs::is_directory(dir))
                continue;
            for (const auto &entry : fs::directory_iterator(dir)) {
                if (!entry.is_regular_file())
                    continue;
                std::ifstream in(entry.path(), std::ios::binary);
                const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
                std::fprintf(stderr, "%s %s\n", target.name, entry.path().c_str());
                target.run(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
                ++inputs;
                seeds += std::string(kind) == "corpus";
            }
        }
        if (seeds == 0) {
            std::fprintf(stderr, "%s: no seed inputs in corpus/%s\n", target.name, target.name);
            ++missing;
        }
    }
    std::filesystem::remove_all(itgan::fuzz::scratchFolder()); // the targets' files of the last input
    std::printf("%d inputs replayed through %zu fuzz targets without a finding\n", inputs, std::size(targets));
    return missing == 0 ? 0 : 1;
}
