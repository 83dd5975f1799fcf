#include "core/io/TensorIo.h"

#include "core/base/Errors.h"
#include "core/io/ArchiveChecksums.h"
#include "core/io/PickleCompat.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;

namespace itgan {

namespace {

c10::IValue unpickle(const std::string &path)
{
    const auto bytes = readArchiveBytes(path);
    try {
        return torch::pickle_load(bytes);
    } catch (const c10::Error &e) {
        try { // a one-item dict or list from Python (core/io/PickleCompat.h)
            return unpickleWithSingleItemOpcodes(bytes);
        } catch (const c10::Error &) {
        }
        throw IoError(path + ": not a file written by torch.save (" + std::string(e.what_without_backtrace()) + ")");
    }
}

std::vector<char> pickle(const c10::IValue &value, const std::string &path)
{
    try {
        return torch::pickle_save(value);
    } catch (const c10::Error &e) {
        throw IoError("cannot serialise tensors for " + path + ": " + e.what_without_backtrace());
    }
}

// Writes all of `data` to `fd`; 0, or the errno of the failure (ENOSPC for a write that
// stopped making progress).
int writeAll(int fd, const void *data, size_t size)
{
    const char *bytes = static_cast<const char *>(data);
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, bytes + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : ENOSPC;
        done += static_cast<size_t>(n);
    }
    return 0;
}

} // namespace

std::vector<char> readFileBytes(const std::string &path)
{
    if (!fs::exists(path))
        throw IoError("missing file " + path);
    if (fs::is_directory(path))
        throw IoError(path + " is a folder; expected a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IoError("cannot open " + path);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes;
}

std::vector<char> readArchiveBytes(const std::string &path)
{
    std::vector<char> bytes = readFileBytes(path);
    // Only bytes the checksum walk has read as a whole zip archive reach LibTorch's reader,
    // which trusts what a damaged file says about itself (the fuzzer found it reading past
    // the end of a buffer whose first record signature had been mutated).
    if (bytes.size() < 4 || std::memcmp(bytes.data(), "PK\x03\x04", 4) != 0)
        throw IoError(path + ": not a file written by torch.save (not a zip archive: torch.save's files start with "
                             "\"PK\")");
    verifyArchiveChecksums(bytes.data(), bytes.size(), path);
    return bytes;
}

void writeFileAtomically(const std::string &path, const std::vector<char> &bytes)
{
    const fs::path target(path);
    if (target.has_parent_path() && !fs::is_directory(target.parent_path()))
        throw IoError("cannot write " + path + ": folder " + target.parent_path().string() + " does not exist");
    // Unique per process and call, so concurrent writers never share a temporary.
    static std::atomic<unsigned> counter{0};
    const std::string temp = target.string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    // POSIX calls, not streams: a full disk (ENOSPC) or a file-size limit (EFBIG, with
    // SIGXFSZ ignored as both programs do) must reach the user as that reason, naming the
    // file; the temporary goes and the previous file stays.
    const auto fail = [&](const std::string &what, int error) {
        ::unlink(temp.c_str());
        throw IoError("cannot write " + path + " (" + what + " " + temp + "): " + std::strerror(error));
    };
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw IoError("cannot write " + path + " (creating " + temp + "): " + std::strerror(errno));
    if (const int error = writeAll(fd, bytes.data(), bytes.size())) {
        ::close(fd);
        fail("writing", error);
    }
    // On disk before the rename, so a crash leaves the old file or the whole new one.
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        fail("flushing", error);
    }
    if (::close(fd) != 0)
        fail("closing", errno);
    if (::rename(temp.c_str(), path.c_str()) != 0)
        fail("renaming", errno);
}

void removeStaleTemporaries(const std::string &folder)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return;
    for (const auto &entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        const auto mark = name.rfind(".tmp");
        if (mark == std::string::npos || !entry.is_regular_file(ec))
            continue;
        bool stale = mark + 4 == name.size(); // NAME.tmp: written by no live writer any more
        long pid = 0;
        if (!stale && std::sscanf(name.c_str() + mark, ".tmp-%ld-", &pid) == 1 && pid > 0)
            stale = ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
        if (stale)
            fs::remove(entry.path(), ec);
    }
}

void writeNewFile(const std::string &path, const std::vector<unsigned char> &bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw IoError("cannot write " + path + ": " + std::strerror(errno));
    if (const int error = writeAll(fd, bytes.data(), bytes.size())) {
        ::close(fd);
        throw IoError("cannot write " + path + ": " + std::strerror(error));
    }
    if (::close(fd) != 0)
        throw IoError("cannot write " + path + ": " + std::strerror(errno));
}

void writeArchiveAtomically(torch::serialize::OutputArchive &archive, const std::string &path)
{
    std::vector<char> bytes;
    try {
        archive.save_to([&bytes](const void *data, size_t size) -> size_t {
            bytes.insert(bytes.end(), static_cast<const char *>(data), static_cast<const char *>(data) + size);
            return size;
        });
    } catch (const c10::Error &e) {
        throw IoError("cannot serialise " + path + ": " + e.what_without_backtrace());
    }
    writeFileAtomically(path, bytes);
}

void writeFileAtomically(const std::string &path, const std::string &text)
{
    writeFileAtomically(path, std::vector<char>(text.begin(), text.end()));
}

TensorMap loadTensorMap(const std::string &path)
{
    return loadTensorMap(path, nullptr);
}

TensorMap loadTensorMap(const std::string &path, std::map<std::string, c10::IValue> *others)
{
    const c10::IValue value = unpickle(path);
    if (!value.isGenericDict())
        throw IoError(path + ": expected a dict of tensors (torch.save(dict(model.state_dict()))), found "
                      + value.tagKind());
    TensorMap tensors;
    for (const auto &entry : value.toGenericDict()) {
        if (!entry.key().isString())
            throw IoError(path + ": dict key is not a string");
        if (entry.value().isTensor())
            tensors[entry.key().toStringRef()] = entry.value().toTensor();
        else if (others)
            (*others)[entry.key().toStringRef()] = entry.value();
        else
            throw IoError(path + ": entry '" + entry.key().toStringRef() + "' is a " + entry.value().tagKind()
                          + ", expected a tensor");
    }
    return tensors;
}

torch::Tensor loadTensor(const std::string &path, const std::string &key)
{
    const c10::IValue value = unpickle(path);
    if (value.isTensor())
        return value.toTensor();
    if (value.isGenericDict()) {
        for (const auto &entry : value.toGenericDict())
            if (entry.key().isString() && entry.key().toStringRef() == key && entry.value().isTensor())
                return entry.value().toTensor();
        throw IoError(path + ": holds a dict without a tensor entry '" + key + "'");
    }
    throw IoError(path + ": expected a tensor, found " + value.tagKind());
}

void saveTensorMap(const TensorMap &tensors, const std::string &path)
{
    c10::Dict<std::string, at::Tensor> dict;
    for (const auto &[name, tensor] : tensors)
        dict.insert(name, tensor.detach().to(torch::kCPU).contiguous());
    writeFileAtomically(path, pickle(c10::IValue(dict), path));
}

void saveTensor(const torch::Tensor &tensor, const std::string &path)
{
    writeFileAtomically(path, pickle(c10::IValue(tensor.detach().to(torch::kCPU).contiguous()), path));
}

void savePickledValue(const c10::IValue &value, const std::string &path)
{
    writeFileAtomically(path, pickle(value, path));
}

} // namespace itgan
