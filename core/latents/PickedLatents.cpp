#include "PickedLatents.h"

#include "core/base/Errors.h"
#include "core/io/PickleCompat.h"
#include "core/io/TensorIo.h"

namespace itgan {

void savePickedLatents(const PickedLatents &picked, const std::string &path)
{
    const LatentSet &set = picked.latents;
    if (!set.latents.defined() || set.latents.dim() != 2 || set.labels.size(0) != set.latents.size(0))
        throw ConfigError(path + ": picked latents need [N, dz] latents with one label each");
    c10::impl::GenericDict dict(c10::StringType::get(), c10::AnyType::get());
    dict.insert("latents", set.latents.to(torch::kFloat32).contiguous());
    dict.insert("labels", set.labels.to(torch::kInt64).contiguous());
    dict.insert("source_indices", set.sourceIndices.defined() ? set.sourceIndices.to(torch::kInt64).contiguous()
                                                             : torch::full({set.latents.size(0)}, -1, torch::kInt64));
    dict.insert("provenance", picked.provenance.dump());
    savePickledValue(c10::IValue(dict), path);
}

PickedLatents loadPickedLatents(const std::string &path)
{
    c10::IValue value;
    try {
        value = unpickleWithSingleItemOpcodes(readArchiveBytes(path));
    } catch (const IoError &) {
        throw;
    } catch (const std::exception &e) {
        throw IoError(path + ": not a torch.save file of picked latents (" + e.what() + ")");
    }
    if (!value.isGenericDict())
        throw IoError(path + ": expected a dict {latents, labels, source_indices, provenance}");
    TensorMap tensors;
    PickedLatents picked;
    for (const auto &entry : value.toGenericDict()) {
        if (!entry.key().isString())
            throw IoError(path + ": dict keys must be strings");
        const std::string key = entry.key().toStringRef();
        if (entry.value().isTensor())
            tensors[key] = entry.value().toTensor();
        else if (key == "provenance" && entry.value().isString())
            try {
                picked.provenance = nlohmann::json::parse(entry.value().toStringRef());
            } catch (const nlohmann::json::exception &e) {
                throw IoError(path + ": provenance is not JSON (" + e.what() + ")");
            }
        else
            throw IoError(path + ": unexpected entry \"" + key + "\" (expected tensors and a provenance string)");
    }
    picked.latents = latentSetFromTensors(tensors, path);
    return picked;
}

} // namespace itgan
