#pragma once
// What every fuzz target shares (tests/fuzz/README.md). A target hands one input to a
// reader of untrusted files; the reader may refuse it with the project's own error
// (itgan::Error: a message naming the file and what was expected) and nothing else. Any
// other exception escaping (a library's raw text such as c10::Error or a JSON type_error,
// std::bad_alloc from a size read off the file) is a finding, like a crash: it aborts, so
// libFuzzer keeps the input.
#include "core/base/Errors.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace itgan::fuzz {

// A folder of this process's own under /dev/shm (memory, not disk), emptied per input.
inline std::string scratchFolder()
{
    static const std::string folder = [] {
        const std::string base = std::filesystem::exists("/dev/shm") ? "/dev/shm" : "/tmp";
        return base + "/itgan-fuzz-" + std::to_string(::getpid());
    }();
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

inline void writeBytes(const std::string &path, const uint8_t *data, size_t size)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
}

// Runs `read` on the input; a refusal with itgan::Error is the expected outcome of a bad file.
template <typename F>
void expectOnlyProjectErrors(const char *target, F &&read)
{
    try {
        read();
    } catch (const itgan::Error &) {
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s: a %s escaped instead of a project error: %s\n", target, typeid(e).name(), e.what());
        std::abort();
    }
}

} // namespace itgan::fuzz
