#pragma once
// Presets of a compare configuration ("cpu", "quick", "paper"): data files under
// resources/presets/<name>.json, each {"title", "description", "order", "overlay"}, where
// the overlay holds the keys the preset sets. `itgan compare --preset` and the studio's
// preset box read the same files.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace itgan {

struct ComparePreset {
    std::string name;        // the file's stem: "cpu"
    std::string title;       // "CPU scale (minutes)"
    std::string description;
    nlohmann::json overlay;  // keys of a compare configuration
};

// Every preset file, in their "order". Throws ConfigError naming a malformed file.
std::vector<ComparePreset> comparePresets();
// One preset by name; ConfigError listing the known names when there is none.
ComparePreset comparePreset(const std::string &name);
// `config` with the overlay's keys written over it (sections merged key by key).
nlohmann::json overlayConfig(nlohmann::json config, const nlohmann::json &overlay);

} // namespace itgan
