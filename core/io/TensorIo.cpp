#include "core/io/TensorIo.h"

#include "core/base/Errors.h"

#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

namespace fs = std::filesystem;

namespace itgan {

namespace {

c10::IValue unpickle(const std::string &path)
{
    const auto bytes = readFileBytes(path);
    try {
        return torch::pickle_load(bytes);
    } catch (const c10::Error &e) {
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

} // namespace

std::vector<char> readFileBytes(const std::string &path)
{
    if (!fs::exists(path))
        throw IoError("missing file " + path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IoError("cannot open " + path);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes;
}

void writeFileAtomically(const std::string &path, const std::vector<char> &bytes)
{
    const fs::path target(path);
    if (target.has_parent_path() && !fs::is_directory(target.parent_path()))
        throw IoError("cannot write " + path + ": folder " + target.parent_path().string() + " does not exist");
    // Unique per process and call, so concurrent writers never share a temporary.
    static std::atomic<unsigned> counter{0};
    const fs::path temp = target.string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush()) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            throw IoError("cannot write " + temp.string());
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw IoError("cannot move " + temp.string() + " to " + path + ": " + ec.message());
    }
}

void writeFileAtomically(const std::string &path, const std::string &text)
{
    writeFileAtomically(path, std::vector<char>(text.begin(), text.end()));
}

TensorMap loadTensorMap(const std::string &path)
{
    const c10::IValue value = unpickle(path);
    if (!value.isGenericDict())
        throw IoError(path + ": expected a dict of tensors (torch.save(dict(model.state_dict()))), found "
                      + value.tagKind());
    TensorMap tensors;
    for (const auto &entry : value.toGenericDict()) {
        if (!entry.key().isString())
            throw IoError(path + ": dict key is not a string");
        if (!entry.value().isTensor())
            throw IoError(path + ": entry '" + entry.key().toStringRef() + "' is a " + entry.value().tagKind()
                          + ", expected a tensor");
        tensors[entry.key().toStringRef()] = entry.value().toTensor();
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
