#pragma once
// A run directory (core/README.md: Run folders): config.json, events.jsonl, results.json, curves.csv,
// checkpoints and grids. Every whole-file write is atomic (temporary file + rename).
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace itgan {

class RunDirectory {
public:
    // Creates `path` (and parents). A folder that already holds a config.json is refused
    // unless `reuse` is set, so a finished run is never overwritten by accident; a
    // non-empty folder without one (somebody's files) is always refused.
    static RunDirectory open(const std::string &path, bool reuse);
    // Names the folder without creating or checking it: for the ranks of a distributed
    // run other than rank 0, which compute but never write.
    static RunDirectory unopened(const std::string &path) { return RunDirectory(path); }

    const std::string &path() const { return m_path; }
    std::string file(const std::string &name) const;

    void writeJson(const std::string &name, const nlohmann::json &value) const;
    void writeText(const std::string &name, const std::string &text) const;
    // Appends one JSON object as a line of events.jsonl (flushed at once).
    void appendEvent(const nlohmann::json &event) const;
    // On resume: drops the events a killed run logged after its last checkpoint (lines
    // whose `key` exceeds `last`, and a half-written last line).
    void trimEventsAfter(const std::string &key, int64_t last) const;
    // The `key` of the last complete event line that has one (none: no such event).
    std::optional<int64_t> lastEventValue(const std::string &key) const;

private:
    explicit RunDirectory(std::string path) : m_path(std::move(path)) {}
    std::string m_path;
};

// Content hash (FNV-1a 64, hex) of a file, for the identity of datasets and models in config.json.
std::string fileContentHash(const std::string &path);
// The same hash of bytes in memory (e.g. a tensor's pixels).
std::string bytesContentHash(const void *data, size_t size);

} // namespace itgan
