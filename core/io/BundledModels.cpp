#include "core/io/BundledModels.h"

#include "core/base/Errors.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace itgan {

namespace {

std::vector<fs::path> resourcePlaces(const std::string &folder)
{
    std::vector<fs::path> places;
    if (const char *env = std::getenv("ITGAN_RESOURCES"); env && *env)
        places.push_back(fs::path(env) / folder);
    // An installed binary finds its own share/ folder (bin/../share/itgan-studio), wherever
    // the package put it; a binary in the build tree finds the source tree's resources.
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (!error)
        places.push_back(executable.parent_path().parent_path() / "share" / "itgan-studio" / folder);
    places.push_back(fs::path(ITGAN_SOURCE_RESOURCES_DIR) / folder);
    places.push_back(fs::path(ITGAN_INSTALLED_RESOURCES_DIR) / folder);
    return places;
}

} // namespace

std::string bundledResourcePath(const std::string &folder, const std::string &name)
{
    std::string looked;
    for (const auto &dir : resourcePlaces(folder)) {
        const fs::path p = dir / name;
        if (fs::exists(p))
            return p.string();
        looked += (looked.empty() ? "" : ", ") + p.string();
    }
    throw IoError("bundled " + folder + " file " + name + " not found (looked at " + looked + ")");
}

std::string bundledResourceFolder(const std::string &folder)
{
    for (const auto &dir : resourcePlaces(folder))
        if (fs::is_directory(dir))
            return dir.string();
    return "";
}

std::string bundledModelPath(const std::string &name)
{
    try {
        return bundledResourcePath("models", name);
    } catch (const IoError &e) {
        throw IoError(std::string(e.what()) + "; see resources/models/README.md for the command that trains it");
    }
}

} // namespace itgan
