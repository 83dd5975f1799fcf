#include "core/BundledModels.h"

#include "core/Errors.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace itgan {

std::string bundledModelPath(const std::string &name)
{
    std::vector<fs::path> places;
    if (const char *env = std::getenv("ITGAN_RESOURCES"); env && *env)
        places.push_back(fs::path(env) / "models");
    // An installed binary finds its own share/ folder (bin/../share/itgan-studio), wherever
    // the package put it; a binary in the build tree finds the source tree's resources.
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (!error)
        places.push_back(executable.parent_path().parent_path() / "share" / "itgan-studio" / "models");
    places.push_back(fs::path(ITGAN_SOURCE_RESOURCES_DIR) / "models");
    places.push_back(fs::path(ITGAN_INSTALLED_RESOURCES_DIR) / "models");
    std::string looked;
    for (const auto &dir : places) {
        const fs::path p = dir / name;
        if (fs::exists(p))
            return p.string();
        looked += (looked.empty() ? "" : ", ") + p.string();
    }
    throw IoError("bundled model " + name + " not found (looked at " + looked
                  + "); see resources/models/README.md for the command that trains it");
}

} // namespace itgan
