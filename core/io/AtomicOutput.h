#pragma once
// Writing a whole output folder (or file) so that it appears complete or not at all:
// content goes to a temporary sibling, which is renamed into place at commit(). An
// existing target is refused unless overwriting was asked for, and then it is replaced
// only after the new content is complete. An uncommitted temporary is removed.
#include <string>

namespace itgan {

class AtomicOutput {
public:
    AtomicOutput(std::string target, bool overwrite, bool isFolder);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput &) = delete;
    AtomicOutput &operator=(const AtomicOutput &) = delete;

    // Where to write: a folder (created) or a file path, next to the target.
    const std::string &staging() const { return m_staging; }
    void commit();

private:
    std::string m_target, m_staging;
    bool m_committed = false;
};

} // namespace itgan
