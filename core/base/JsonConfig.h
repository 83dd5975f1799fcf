#pragma once
// Reading run configurations (the JSON the CLI and the GUI share) with errors that name
// the key, the value found and what was expected.
#include "core/base/Errors.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>

namespace itgan {

// Throws ConfigError for a key of `object` that is not in `known` (typos must not be
// silently ignored), or when `object` is not a JSON object.
void requireKnownKeys(const nlohmann::json &object, std::initializer_list<const char *> known, const std::string &where);

// object[key] converted to T, or `fallback` when the key is absent.
template <typename T>
T readValue(const nlohmann::json &object, const char *key, const T &fallback, const std::string &where)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    try {
        return it->template get<T>();
    } catch (const nlohmann::json::exception &) {
        throw ConfigError(where + "." + key + ": unexpected value " + it->dump() + " (expected a value like "
                          + nlohmann::json(fallback).dump() + ")");
    }
}

// The dotted path of the first key where two JSON documents differ ("" when equal),
// for messages such as "the run was started with a different configuration".
std::string firstJsonDifference(const nlohmann::json &a, const nlohmann::json &b, const std::string &path = "");

// `stored` with every key it lacks taken from `defaults` (objects completed key by key):
// a configuration written by an earlier version of this project, before settings were added,
// compares equal to today's when the new settings hold their defaults. (A setting is only ever
// added with the default that keeps the earlier behaviour, so the stored run meant it.)
nlohmann::json withDefaultsForMissingKeys(nlohmann::json stored, const nlohmann::json &defaults);

// The value at a dotted path (as firstJsonDifference names it) as JSON text, or
// "(absent)": for messages that show both sides of a difference.
std::string jsonValueAt(const nlohmann::json &document, const std::string &dottedPath);

// The difference at `key` (as firstJsonDifference names it) in words, for messages that
// refuse a resume: "\"itgan.lr\" is 0.01 there, 0.05 now", or for an input's content hash
// "the content of its dataset changed since it started (…)".
std::string describeJsonDifference(const std::string &key, const nlohmann::json &then, const nlohmann::json &now);

// Parses a JSON file; IoError when it cannot be read, ConfigError when it is not JSON.
nlohmann::json readJsonFile(const std::string &path);

// nlohmann's message without its "[json.exception.type_error.302] " prefix.
std::string jsonErrorText(const nlohmann::json::exception &e);

// Runs `read`, code that takes values out of the JSON of `file`. A value of another type
// or shape than it expects (a number where an object belongs; nlohmann's type_error,
// out_of_range) becomes a ConfigError naming the file, instead of the library's bare text.
template <typename F>
auto readingJsonOf(const std::string &file, F &&read) -> decltype(read())
{
    try {
        return read();
    } catch (const nlohmann::json::exception &e) {
        throw ConfigError(file + ": not the layout this project writes (" + jsonErrorText(e) + ")");
    }
}

// Throws ConfigError unless lo <= value <= hi.
void requireRange(double value, double lo, double hi, const std::string &name);

} // namespace itgan
