#include "core/experiments/ComparePresets.h"

#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/io/BundledModels.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace itgan {

std::vector<ComparePreset> comparePresets()
{
    const std::string folder = bundledResourceFolder("presets");
    if (folder.empty())
        throw IoError("the bundled presets folder (resources/presets) was not found");
    std::vector<std::pair<int, ComparePreset>> found;
    for (const auto &entry : fs::directory_iterator(folder)) {
        if (entry.path().extension() != ".json")
            continue;
        const std::string path = entry.path().string();
        const nlohmann::json file = readJsonFile(path);
        requireKnownKeys(file, {"title", "description", "order", "overlay"}, path);
        if (!file.contains("overlay") || !file.at("overlay").is_object() || !file.value("title", nlohmann::json()).is_string())
            throw ConfigError(path + ": a preset needs a \"title\" text and an \"overlay\" object");
        ComparePreset preset{entry.path().stem().string(), file.at("title"), file.value("description", ""),
                             file.at("overlay")};
        found.emplace_back(file.value("order", 1000), std::move(preset));
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.name < b.second.name;
    });
    std::vector<ComparePreset> presets;
    for (auto &item : found)
        presets.push_back(std::move(item.second));
    return presets;
}

ComparePreset comparePreset(const std::string &name)
{
    std::string known;
    for (auto &preset : comparePresets()) {
        if (preset.name == name)
            return preset;
        known += (known.empty() ? "" : ", ") + preset.name;
    }
    throw ConfigError("unknown preset \"" + name + "\" (known: " + known + ")");
}

nlohmann::json overlayConfig(nlohmann::json config, const nlohmann::json &overlay)
{
    for (const auto &item : overlay.items()) {
        auto &slot = config[item.key()];
        if (slot.is_object() && item.value().is_object()) {
            for (const auto &inner : item.value().items())
                slot[inner.key()] = inner.value();
        } else {
            slot = item.value();
        }
    }
    return config;
}

} // namespace itgan
