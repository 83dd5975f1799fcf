#include "core/base/JsonConfig.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

namespace itgan {

void requireKnownKeys(const nlohmann::json &object, std::initializer_list<const char *> known, const std::string &where)
{
    if (!object.is_object())
        throw ConfigError(where + ": expected a JSON object, got " + object.dump());
    for (const auto &item : object.items()) {
        bool found = false;
        for (const char *key : known)
            found = found || item.key() == key;
        if (!found) {
            std::string list;
            for (const char *key : known)
                list += std::string(list.empty() ? "" : ", ") + key;
            throw ConfigError(where + ": unknown key \"" + item.key() + "\" (known keys: " + list + ")");
        }
    }
}

void requireRange(double value, double lo, double hi, const std::string &name)
{
    if (!(value >= lo && value <= hi)) {
        std::ostringstream message;
        message << name << " must lie in [" << lo << ", " << hi << "], got " << value;
        throw ConfigError(message.str());
    }
}

std::string firstJsonDifference(const nlohmann::json &a, const nlohmann::json &b, const std::string &path)
{
    auto join = [&](const std::string &key) { return path.empty() ? key : path + "." + key; };
    if (a.is_object() && b.is_object()) {
        for (const auto &item : a.items()) {
            if (!b.contains(item.key()))
                return join(item.key());
            const std::string inner = firstJsonDifference(item.value(), b.at(item.key()), join(item.key()));
            if (!inner.empty())
                return inner;
        }
        for (const auto &item : b.items())
            if (!a.contains(item.key()))
                return join(item.key());
        return "";
    }
    return a == b ? "" : (path.empty() ? "(whole document)" : path);
}

nlohmann::json withDefaultsForMissingKeys(nlohmann::json stored, const nlohmann::json &defaults)
{
    if (!stored.is_object() || !defaults.is_object())
        return stored;
    for (const auto &item : defaults.items()) {
        auto found = stored.find(item.key());
        if (found == stored.end())
            stored[item.key()] = item.value();
        else
            *found = withDefaultsForMissingKeys(*found, item.value());
    }
    return stored;
}

std::string jsonValueAt(const nlohmann::json &document, const std::string &dottedPath)
{
    const nlohmann::json *at = &document;
    size_t start = 0;
    while (start <= dottedPath.size()) {
        const size_t dot = std::min(dottedPath.find('.', start), dottedPath.size());
        const std::string key = dottedPath.substr(start, dot - start);
        if (!at->is_object() || !at->contains(key))
            return "(absent)";
        at = &at->at(key);
        start = dot + 1;
    }
    return at->dump();
}

std::string describeJsonDifference(const std::string &key, const nlohmann::json &then, const nlohmann::json &now)
{
    const std::string hashSuffix = ".hash";
    if (key.size() > hashSuffix.size() && key.compare(key.size() - hashSuffix.size(), hashSuffix.size(), hashSuffix) == 0) {
        const std::string input = key.substr(0, key.size() - hashSuffix.size());
        return "the content of its " + input + " changed since it started (content hash " + jsonValueAt(then, key)
               + " then, " + jsonValueAt(now, key) + " now)";
    }
    return "\"" + key + "\" is " + jsonValueAt(then, key) + " there, " + jsonValueAt(now, key) + " now";
}

std::string jsonErrorText(const nlohmann::json::exception &e)
{
    const std::string text = e.what();
    const size_t end = text.find("] ");
    return text.rfind("[json.exception.", 0) == 0 && end != std::string::npos ? text.substr(end + 2) : text;
}

nlohmann::json readJsonFile(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw IoError(path + ": cannot be read");
    // A key twice in one object would silently keep only the last value: refused.
    std::vector<std::set<std::string>> keysSeen;
    const auto checkKeys = [&](int, nlohmann::json::parse_event_t event, nlohmann::json &parsed) {
        if (event == nlohmann::json::parse_event_t::object_start) {
            keysSeen.emplace_back();
        } else if (event == nlohmann::json::parse_event_t::object_end) {
            keysSeen.pop_back();
        } else if (event == nlohmann::json::parse_event_t::key && !keysSeen.empty()
                   && !keysSeen.back().insert(parsed.get<std::string>()).second) {
            throw ConfigError(path + ": the key \"" + parsed.get<std::string>() + "\" appears twice in one object");
        }
        return true;
    };
    try {
        return nlohmann::json::parse(in, checkKeys);
    } catch (const ConfigError &) {
        throw;
    } catch (const std::exception &e) {
        throw ConfigError(path + ": not valid JSON (" + e.what() + ")");
    }
}

} // namespace itgan
