#include "core/io/BundledModels.h"

#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"
#include "core/io/RunDirectory.h"

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
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

void verifyBundledModel(const std::string &path)
{
    // Checked once per file and process: the models are read-only while the program runs.
    static std::mutex mutex;
    static std::set<std::string> verified;
    std::lock_guard<std::mutex> lock(mutex);
    if (verified.count(path))
        return;
    const fs::path manifest = fs::path(path).parent_path() / kBundledModelHashes;
    const std::string name = fs::path(path).filename().string();
    if (!fs::exists(manifest))
        throw IoError(manifest.string() + " is missing: the bundled models' content hashes ship with them "
                                          "(reinstall, or see resources/models/README.md)");
    const nlohmann::json hashes = readJsonFile(manifest.string());
    if (!hashes.is_object() || !hashes.contains(name) || !hashes.at(name).is_string())
        throw IoError(manifest.string() + ": no content hash for " + name);
    const std::string expected = hashes.at(name).get<std::string>();
    const std::string actual = fileContentHash(path);
    if (actual != expected)
        throw IoError(path + ": damaged bundled model (content hash " + actual + ", shipped as " + expected + " in "
                      + manifest.string()
                      + "); reinstall it, or if you replaced it on purpose, record the new hash there");
    verified.insert(path);
}

std::string bundledModelPath(const std::string &name)
{
    std::string path;
    try {
        path = bundledResourcePath("models", name);
    } catch (const IoError &e) {
        throw IoError(std::string(e.what()) + "; see resources/models/README.md for the command that trains it");
    }
    verifyBundledModel(path);
    return path;
}

} // namespace itgan
