#pragma once
// Writing a whole output folder (or file) so that it appears complete or not at all:
// content goes to a temporary sibling, which is renamed into place at commit(). An
// existing target is refused unless overwriting was asked for, and then it is replaced
// only after the new content is complete. An uncommitted temporary is removed, and so are
// the temporaries a killed earlier writer of the same target left (its process is gone).
//
// Overwriting never destroys what is not ours: an output may not equal or contain one of
// its inputs, and an existing folder is replaced only when it is an output of this project
// (it holds the marker file kOutputMarker, written into every folder output) or empty.
#include <string>
#include <vector>

namespace itgan {

// The file that marks a folder as written by AtomicOutput.
constexpr const char *kOutputMarker = ".itgan-output";

// Throws ConfigError when `output` is one of `inputs` or a folder that contains one (so
// replacing it would delete the input). Empty input paths are ignored.
void requireOutputOutsideInputs(const std::string &output, const std::vector<std::string> &inputs);

class AtomicOutput {
public:
    // Callers check requireOutputOutsideInputs first, before any work.
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
