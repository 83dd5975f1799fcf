#include "core/io/RunDirectory.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/base/Errors.h"
#include "core/io/TensorIo.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace fs = std::filesystem;

namespace itgan {

RunDirectory RunDirectory::open(const std::string &path, bool reuse)
{
    std::error_code ec;
    if (fs::exists(path) && !fs::is_directory(path))
        throw IoError("run directory " + path + " exists and is not a folder");
    const bool isRun = fs::exists(fs::path(path) / "config.json");
    if (!reuse && isRun)
        throw IoError("run directory " + path + " already holds a run (config.json); choose another --out folder, or continue "
                      "an unfinished run there with --resume");
    // A folder with other files is not ours to write into: its files could be overwritten.
    if (!isRun && fs::is_directory(path) && !fs::is_empty(path, ec))
        throw IoError("run directory " + path + " already holds files but no run (no config.json); choose a new or "
                      "empty --out folder");
    fs::create_directories(path, ec);
    if (ec)
        throw IoError("cannot create run directory " + path + ": " + ec.message());
    return RunDirectory(path);
}

std::string RunDirectory::file(const std::string &name) const
{
    return (fs::path(m_path) / name).string();
}

void RunDirectory::writeJson(const std::string &name, const nlohmann::json &value) const
{
    writeFileAtomically(file(name), value.dump(2) + "\n");
}

void RunDirectory::writeText(const std::string &name, const std::string &text) const
{
    writeFileAtomically(file(name), text);
}

void RunDirectory::appendEvent(const nlohmann::json &event) const
{
    // The whole line or nothing: a write that a full disk or a file-size limit stops part
    // way is cut back to where the line began, and reported with the reason the kernel gave
    // for the part that did not fit (a short write alone gives none; the next write does).
    const std::string path = file("events.jsonl"), line = event.dump() + "\n";
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw IoError("cannot append to " + path + ": " + std::strerror(errno));
    const off_t lineStart = ::lseek(fd, 0, SEEK_END);
    size_t done = 0;
    int error = 0;
    while (done < line.size()) {
        const ssize_t written = ::write(fd, line.data() + done, line.size() - done);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            error = written < 0 ? errno : EIO;
            break;
        }
        done += static_cast<size_t>(written);
    }
    if (error != 0 && lineStart >= 0)
        (void)::ftruncate(fd, lineStart);
    ::close(fd);
    if (error != 0)
        throw IoError("cannot append to " + path + ": " + std::strerror(error));
}

namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ull, kFnvPrime = 1099511628211ull;

uint64_t fnvUpdate(uint64_t h, const unsigned char *data, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        h ^= data[i];
        h *= kFnvPrime;
    }
    return h;
}

std::string fnvHex(uint64_t h)
{
    std::ostringstream s;
    s << "fnv1a64:" << std::hex << std::setw(16) << std::setfill('0') << h;
    return s.str();
}

} // namespace

std::string fileContentHash(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IoError("cannot read " + path + " to hash it");
    uint64_t h = kFnvOffset;
    char buffer[1 << 16];
    while (in) {
        in.read(buffer, sizeof buffer);
        h = fnvUpdate(h, reinterpret_cast<const unsigned char *>(buffer), static_cast<size_t>(in.gcount()));
    }
    return fnvHex(h);
}

std::string bytesContentHash(const void *data, size_t size)
{
    return fnvHex(fnvUpdate(kFnvOffset, static_cast<const unsigned char *>(data), size));
}

std::optional<int64_t> RunDirectory::lastEventValue(const std::string &key) const
{
    std::ifstream in(file("events.jsonl"));
    std::optional<int64_t> last;
    for (std::string line; std::getline(in, line);) {
        const auto event = nlohmann::json::parse(line, nullptr, false); // a half-written line is no event
        if (event.is_object() && event.contains(key) && event.at(key).is_number_integer())
            last = event.at(key).get<int64_t>();
    }
    return last;
}

void RunDirectory::trimEventsAfter(const std::string &key, int64_t last) const
{
    std::ifstream in(file("events.jsonl"));
    std::string kept, line;
    while (std::getline(in, line)) {
        try {
            if (nlohmann::json::parse(line).value(key, int64_t(0)) <= last)
                kept += line + "\n";
        } catch (const std::exception &) {
            // a half-written last line of a killed run
        }
    }
    writeText("events.jsonl", kept);
}

} // namespace itgan
