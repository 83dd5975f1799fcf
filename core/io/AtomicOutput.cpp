#include "core/io/AtomicOutput.h"

#include "core/base/Errors.h"

#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace itgan {

AtomicOutput::AtomicOutput(std::string target, bool overwrite, bool isFolder) : m_target(std::move(target))
{
    if (m_target.empty())
        throw ConfigError("no output path given");
    while (m_target.size() > 1 && m_target.back() == '/')
        m_target.pop_back();
    if (fs::exists(m_target) && !overwrite)
        throw IoError(m_target + " already exists; choose another path or pass --force to replace it");
    const fs::path parent = fs::absolute(m_target).parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec || !fs::is_directory(parent))
        throw IoError("cannot create the folder " + parent.string() + " for " + m_target);
    m_staging = m_target + ".partial-" + std::to_string(::getpid());
    fs::remove_all(m_staging, ec);
    if (isFolder && !fs::create_directory(m_staging, ec))
        throw IoError("cannot write into " + parent.string() + " (" + ec.message() + ")");
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
