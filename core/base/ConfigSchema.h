#pragma once
// One field table per configuration. Each key is written once — name, type, default,
// range or choices, help, paper reference — and everything else is derived from the
// table: JSON write and read (unknown keys and wrong types rejected with the key named),
// validation, the command-line options (app/cli/SchemaOptions.h) and the studio's form
// (ui/RunPanel builds its widgets, ranges and tooltips from describe()).
//
// String choices are enums with one name table each (enumNames<E>()), so the strings
// "dm", "mixed", "pool", ... are spelt in exactly one place.
#include "core/base/Errors.h"
#include "core/base/JsonConfig.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

namespace itgan {

// ---- enums with names -------------------------------------------------------------

template <typename E>
struct EnumName {
    E value;
    const char *name;
};

// Specialised next to each enum: its values and their JSON / command-line names.
template <typename E>
const std::vector<EnumName<E>> &enumNames();

template <typename E>
const char *enumName(E value)
{
    for (const auto &entry : enumNames<E>())
        if (entry.value == value)
            return entry.name;
    return "";
}

template <typename E>
std::vector<std::string> enumChoices()
{
    std::vector<std::string> names;
    for (const auto &entry : enumNames<E>())
        names.push_back(entry.name);
    return names;
}

// Throws ConfigError naming `where`, the value and the choices.
template <typename E>
E enumFromString(const std::string &text, const std::string &where)
{
    for (const auto &entry : enumNames<E>())
        if (text == entry.name)
            return entry.value;
    std::string known;
    for (const auto &entry : enumNames<E>())
        known += (known.empty() ? "\"" : ", \"") + std::string(entry.name) + "\"";
    throw ConfigError(where + ": expected one of " + known + ", got \"" + text + "\"");
}

// ---- fields -----------------------------------------------------------------------

enum class FieldKind { Integer, Real, Text, Choice, TextList, IntegerMap };
// "integer", "real", "text", "choice", "text-list", "integer-map"
const char *fieldKindName(FieldKind kind);

// What a form or a command line needs to know about one key.
struct FieldInfo {
    std::string key;    // JSON key, e.g. "real_batch"
    std::string option; // command-line option without the dashes, e.g. "real-batch"
    char shortOption = 0; // a one-letter alias ('k' for -k), or 0
    FieldKind kind = FieldKind::Real;
    double minimum = 0, maximum = 0;  // numbers: the accepted closed range
    std::vector<std::string> choices; // Choice
    nlohmann::json defaultValue;
    std::string help;   // one sentence for tooltips and --help
    std::string paper;  // where the paper defines or ablates it ("Eq. 4", "Tab. T5"), or ""
    bool logarithmic = false; // spans decades (learning rates, λ): a log slider suits it
};

template <typename Config>
struct ConfigField {
    FieldInfo info;
    std::function<nlohmann::json(const Config &)> get;
    // From JSON: type-checked, error names section.key.
    std::function<void(Config &, const nlohmann::json &, const std::string &where)> set;
    // Range / choice check of the value now in the config.
    std::function<void(const Config &, const std::string &where)> check;
    // Text fields: a check of every value (every entry of a list) that needs more than a
    // list of choices (an architecture name, a DSA strategy); throws ConfigError saying
    // what is wrong, and validate() puts the key and option in front.
    std::function<void(const std::string &)> textCheck;

    ConfigField &option(const char *name)
    {
        info.option = name;
        return *this;
    }
    ConfigField &shortOption(char letter)
    {
        info.shortOption = letter;
        return *this;
    }
    ConfigField &logarithmic()
    {
        info.logarithmic = true;
        return *this;
    }
    ConfigField &checkedBy(std::function<void(const std::string &)> check)
    {
        textCheck = std::move(check);
        return *this;
    }
};

namespace detail {
inline std::string optionFromKey(const char *key)
{
    std::string option = key;
    for (char &ch : option)
        if (ch == '_')
            ch = '-';
    return option;
}
} // namespace detail

// An integer or floating-point member with its closed range [minimum, maximum].
template <typename Config, typename T>
ConfigField<Config> numberField(const char *key, T Config::*member, double minimum, double maximum, const char *help,
                                const char *paper = "")
{
    static_assert(std::is_arithmetic_v<T>, "numberField takes a numeric member");
    ConfigField<Config> field;
    field.info = {key, detail::optionFromKey(key), 0,
                  std::is_integral_v<T> ? FieldKind::Integer : FieldKind::Real, minimum, maximum, {},
                  nlohmann::json(Config{}.*member), help, paper, false};
    field.get = [member](const Config &c) { return nlohmann::json(c.*member); };
    field.set = [member, key](Config &c, const nlohmann::json &object, const std::string &where) {
        // No silent conversions: 2.5 for a count, -1 for a seed or "10" for a number are errors.
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            return;
        if constexpr (std::is_integral_v<T>) {
            if (!it->is_number_integer())
                throw ConfigError(where + "." + key + ": expected an integer, got " + it->dump());
            if (std::is_unsigned_v<T> && !it->is_number_unsigned() && it->template get<int64_t>() < 0)
                throw ConfigError(where + "." + key + ": expected a non-negative integer, got " + it->dump());
        } else if (!it->is_number()) {
            throw ConfigError(where + "." + key + ": expected a number, got " + it->dump());
        }
        c.*member = it->template get<T>();
    };
    field.check = [member, key, minimum, maximum](const Config &c, const std::string &where) {
        requireRange(static_cast<double>(c.*member), minimum, maximum, where + "." + key);
    };
    return field;
}

// Unbounded integers (seeds).
constexpr double kAnyCount = 9.0e18;

template <typename Config>
ConfigField<Config> textField(const char *key, std::string Config::*member, const char *help, const char *paper = "")
{
    ConfigField<Config> field;
    field.info = {key, detail::optionFromKey(key), 0, FieldKind::Text, 0, 0, {}, nlohmann::json(Config{}.*member),
                  help, paper, false};
    field.get = [member](const Config &c) { return nlohmann::json(c.*member); };
    field.set = [member, key](Config &c, const nlohmann::json &object, const std::string &where) {
        c.*member = readValue(object, key, c.*member, where);
    };
    field.check = [](const Config &, const std::string &) {};
    return field;
}

template <typename Config, typename E>
ConfigField<Config> choiceField(const char *key, E Config::*member, const char *help, const char *paper = "")
{
    static_assert(std::is_enum_v<E>, "choiceField takes an enum member");
    ConfigField<Config> field;
    field.info = {key, detail::optionFromKey(key), 0, FieldKind::Choice, 0, 0, enumChoices<E>(),
                  nlohmann::json(enumName(Config{}.*member)), help, paper, false};
    field.get = [member](const Config &c) { return nlohmann::json(enumName(c.*member)); };
    field.set = [member, key](Config &c, const nlohmann::json &object, const std::string &where) {
        const std::string text = readValue(object, key, std::string(enumName(c.*member)), where);
        c.*member = enumFromString<E>(text, where + "." + key);
    };
    field.check = [](const Config &, const std::string &) {}; // an enum holds a valid choice by construction
    return field;
}

// A list of names (architectures, set names). With `choices`, every entry must be one.
// `minimumEntries`: how many the list needs (1 for the sets of a compare).
template <typename Config>
ConfigField<Config> textListField(const char *key, std::vector<std::string> Config::*member, const char *help,
                                  std::vector<std::string> choices = {}, const char *paper = "",
                                  size_t minimumEntries = 0)
{
    ConfigField<Config> field;
    field.info = {key, detail::optionFromKey(key), 0, FieldKind::TextList, 0, 0, choices,
                  nlohmann::json(Config{}.*member), help, paper, false};
    field.get = [member](const Config &c) { return nlohmann::json(c.*member); };
    field.set = [member, key](Config &c, const nlohmann::json &object, const std::string &where) {
        c.*member = readValue(object, key, c.*member, where);
    };
    field.check = [member, key, choices, minimumEntries](const Config &c, const std::string &where) {
        if ((c.*member).size() < minimumEntries)
            throw ConfigError(where + "." + key + ": needs at least " + std::to_string(minimumEntries) + " entr"
                              + (minimumEntries == 1 ? "y" : "ies") + ", got " + std::to_string((c.*member).size()));
        if (choices.empty())
            return;
        for (const auto &entry : c.*member)
            if (std::find(choices.begin(), choices.end(), entry) == choices.end()) {
                std::string known;
                for (const auto &choice : choices)
                    known += (known.empty() ? "" : ", ") + choice;
                throw ConfigError(where + "." + key + ": unknown entry \"" + entry + "\" (known: " + known + ")");
            }
    };
    return field;
}

// Named integers (epochs per set) each in [minimum, maximum].
template <typename Config>
ConfigField<Config> integerMapField(const char *key, std::map<std::string, int> Config::*member, double minimum,
                                    double maximum, const char *help, const char *paper = "")
{
    ConfigField<Config> field;
    field.info = {key, detail::optionFromKey(key), 0, FieldKind::IntegerMap, minimum, maximum, {},
                  nlohmann::json(Config{}.*member), help, paper, false};
    field.get = [member](const Config &c) { return nlohmann::json(c.*member); };
    field.set = [member, key](Config &c, const nlohmann::json &object, const std::string &where) {
        c.*member = readValue(object, key, c.*member, where);
    };
    field.check = [member, key, minimum, maximum](const Config &c, const std::string &where) {
        for (const auto &[name, value] : c.*member)
            requireRange(value, minimum, maximum, where + "." + key + "." + name);
    };
    return field;
}

// ---- the table ----------------------------------------------------------------------

template <typename Config>
class ConfigSchema {
public:
    ConfigSchema(std::string section, std::vector<ConfigField<Config>> fields)
        : m_section(std::move(section)), m_fields(std::move(fields))
    {
    }

    const std::string &section() const { return m_section; }
    const std::vector<ConfigField<Config>> &fields() const { return m_fields; }

    nlohmann::json toJson(const Config &config) const
    {
        nlohmann::json json = nlohmann::json::object();
        for (const auto &field : m_fields)
            json[field.info.key] = field.get(config);
        return json;
    }

    // Keys absent (or null) keep the value of `defaults`. Rejects unknown keys and values
    // of the wrong type; does not check ranges (validate does, once the config is final).
    Config fromJson(const nlohmann::json &json, const Config &defaults = {}) const
    {
        if (!json.is_object())
            throw ConfigError(m_section + ": expected a JSON object, got " + json.dump());
        for (const auto &item : json.items())
            if (!find(item.key()))
                throw ConfigError(m_section + "." + item.key() + ": unknown key (known: " + keyList() + ")");
        Config config = defaults;
        for (const auto &field : m_fields)
            field.set(config, json, m_section);
        return config;
    }

    // Every range and choice; the error names section.key, the value and the range.
    void validate(const Config &config) const
    {
        for (const auto &field : m_fields) {
            field.check(config, m_section);
            if (!field.textCheck)
                continue;
            const nlohmann::json value = field.get(config);
            for (const auto &entry : value.is_array() ? value : nlohmann::json::array({value})) {
                try {
                    field.textCheck(entry.template get<std::string>());
                } catch (const ConfigError &e) {
                    throw ConfigError(m_section + "." + field.info.key + " (--" + field.info.option + "): " + e.what());
                }
            }
        }
    }

    // The table for forms and documentation: an array of
    // {key, option, kind, minimum, maximum, choices, default, help, paper, logarithmic}.
    nlohmann::json describe() const
    {
        nlohmann::json fields = nlohmann::json::array();
        for (const auto &field : m_fields) {
            const FieldInfo &f = field.info;
            nlohmann::json entry = {{"key", f.key},         {"option", f.option},   {"kind", fieldKindName(f.kind)},
                                    {"default", f.defaultValue}, {"help", f.help}, {"paper", f.paper},
                                    {"logarithmic", f.logarithmic}};
            if (f.kind == FieldKind::Integer || f.kind == FieldKind::Real || f.kind == FieldKind::IntegerMap) {
                entry["minimum"] = f.minimum;
                entry["maximum"] = f.maximum;
            }
            if (f.kind == FieldKind::Choice || (f.kind == FieldKind::TextList && !f.choices.empty()))
                entry["choices"] = f.choices;
            fields.push_back(entry);
        }
        return fields;
    }

    const ConfigField<Config> *find(const std::string &key) const
    {
        for (const auto &field : m_fields)
            if (field.info.key == key)
                return &field;
        return nullptr;
    }

private:
    std::string keyList() const
    {
        std::string keys;
        for (const auto &field : m_fields)
            keys += (keys.empty() ? "" : ", ") + field.info.key;
        return keys;
    }

    std::string m_section;
    std::vector<ConfigField<Config>> m_fields;
};

} // namespace itgan
