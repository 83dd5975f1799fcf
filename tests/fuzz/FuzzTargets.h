#pragma once
// The fuzz targets (README.md here): each hands one input to a reader of untrusted files.
// A reader may accept the input or refuse it with the project's own error (itgan::Error: a
// message naming the file and what was expected). Any other exception escaping (a
// library's raw text such as c10::Error or a JSON type_error, std::bad_alloc from a size
// read off the file) is a finding, like a crash or a sanitizer report.
//
// Built two ways from FuzzTargets.cpp: with ITGAN_FUZZ_TARGET set (preset "fuzz"), one
// libFuzzer program per target that aborts on a finding; in every build, the functions
// that tst_fuzz_regressions checks the seeds and kept findings with.
#include "core/base/Errors.h"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <map>
#include <string>
#include <typeinfo>

namespace itgan::fuzz {

struct Verdict {
    bool accepted = false; // at least one reader took the input
    std::string escaped;   // a non-project exception: "<type>: <text>" (a finding)
};

// Runs one reader on the input and adds its outcome to the verdict: accepted when it
// returns, nothing when it refuses with the project's error, "escaped" for any other
// exception (the first one is kept).
template <typename Reader>
void judgeReader(Verdict &verdict, Reader &&reader)
{
    try {
        reader();
        verdict.accepted = true;
    } catch (const itgan::Error &) {
    } catch (const std::exception &e) {
        if (verdict.escaped.empty())
            verdict.escaped = std::string(typeid(e).name()) + ": " + e.what();
    }
}

using Target = Verdict (*)(const uint8_t *data, size_t size);

// fuzz_idx, fuzz_cifar, fuzz_image_folder, fuzz_tensor_file, fuzz_run_folder, fuzz_json_config.
const std::map<std::string, Target> &targets();

} // namespace itgan::fuzz
