#include "core/io/AtomicOutput.h"

#include "core/base/Errors.h"

#include <filesystem>
#include <fstream>
#include <system_error>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace fs = std::filesystem;

namespace itgan {

namespace {

// True when `inner` is `outer` or lies inside it (both made absolute and normalised;
// symbolic links resolved as far as the paths exist).
bool isInside(const fs::path &inner, const fs::path &outer)
{
    std::error_code ec;
    const fs::path a = fs::weakly_canonical(fs::absolute(inner), ec), b = fs::weakly_canonical(fs::absolute(outer), ec);
    auto i = a.begin();
    for (auto o = b.begin(); o != b.end(); ++o, ++i) {
        if (o->empty())
            continue; // a trailing separator
        if (i == a.end() || *i != *o)
            return false;
    }
    return true;
}

// Removes what a killed earlier writer of `target` left beside it: `<target>.partial-PID`
// and `<target>.old-PID` of processes that no longer run.
void removeStaleSiblings(const std::string &target)
{
    const fs::path path(target);
    const fs::path parent = fs::absolute(path).parent_path();
    const std::string base = path.filename().string();
    std::error_code ec;
    if (!fs::is_directory(parent, ec))
        return;
    for (const auto &entry : fs::directory_iterator(parent, ec)) {
        const std::string name = entry.path().filename().string();
        for (const char *kind : {".partial-", ".old-"}) {
            const std::string prefix = base + kind;
            if (name.rfind(prefix, 0) != 0)
                continue;
            const std::string pid = name.substr(prefix.size());
            if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos)
                continue;
            // kill(pid, 0) fails with ESRCH when no such process exists.
            if (::kill(static_cast<pid_t>(std::stol(pid)), 0) != 0 && errno == ESRCH)
                fs::remove_all(entry.path(), ec);
        }
    }
}

} // namespace

void requireOutputOutsideInputs(const std::string &output, const std::vector<std::string> &inputs)
{
    for (const auto &input : inputs) {
        if (input.empty())
            continue;
        if (isInside(input, output))
            throw ConfigError("the output " + output + (isInside(output, input) ? " is" : " contains")
                              + " the input " + input + "; writing it would destroy its own source. Choose another output");
    }
}

AtomicOutput::AtomicOutput(std::string target, bool overwrite, bool isFolder) : m_target(std::move(target))
{
    if (m_target.empty())
        throw ConfigError("no output path given");
    while (m_target.size() > 1 && m_target.back() == '/')
        m_target.pop_back();
    if (fs::exists(m_target) && !overwrite)
        throw IoError(m_target + " already exists; choose another path or pass --force to replace it");
    if (fs::is_directory(m_target) && !fs::exists(fs::path(m_target) / kOutputMarker) && !fs::is_empty(m_target))
        throw IoError(m_target + " is a folder this program did not write (no " + kOutputMarker
                      + " in it); --force replaces only earlier outputs. Choose another path");
    if (!isFolder && fs::is_directory(m_target))
        throw IoError(m_target + " is a folder; the output is a file. Choose another path");
    const fs::path parent = fs::absolute(m_target).parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec || !fs::is_directory(parent))
        throw IoError("cannot create the folder " + parent.string() + " for " + m_target);
    removeStaleSiblings(m_target);
    m_staging = m_target + ".partial-" + std::to_string(::getpid());
    fs::remove_all(m_staging, ec);
    if (isFolder && !fs::create_directory(m_staging, ec))
        throw IoError("cannot write into " + parent.string() + " (" + ec.message() + ")");
    if (isFolder)
        std::ofstream(fs::path(m_staging) / kOutputMarker) << "written by itgan; `--force` may replace this folder\n";
    if (!isFolder && ::access(parent.c_str(), W_OK) != 0)
        throw IoError("cannot write into " + parent.string() + " (permission denied)");
}

AtomicOutput::~AtomicOutput()
{
    if (!m_committed) {
        std::error_code ec;
        fs::remove_all(m_staging, ec);
    }
}

void AtomicOutput::commit()
{
    std::error_code ec;
    const std::string old = m_target + ".old-" + std::to_string(::getpid());
    const bool replacing = fs::exists(m_target);
    if (replacing)
        fs::rename(m_target, old, ec);
    if (ec)
        throw IoError("cannot replace " + m_target + " (" + ec.message() + ")");
    fs::rename(m_staging, m_target, ec);
    if (ec) {
        if (replacing)
            fs::rename(old, m_target);
        throw IoError("cannot move the finished output to " + m_target + " (" + ec.message() + ")");
    }
    m_committed = true;
    if (replacing)
        fs::remove_all(old, ec);
}

} // namespace itgan
