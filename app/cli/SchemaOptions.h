#pragma once
// Command-line options derived from a configuration's field table (core/base/ConfigSchema.h):
// one option per key, named by the table, with its help, default, range or choices, and
// parsed and checked exactly as the JSON value would be.
#include "core/base/ConfigSchema.h"

#include <CLI/CLI.hpp>

#include <sstream>

namespace itgan::cli {

namespace detail {

// `current`: the value the option starts from (this command's default).
inline std::string optionHelp(const FieldInfo &f, const nlohmann::json &current)
{
    std::ostringstream help;
    help << f.help;
    if (!f.paper.empty())
        help << " [" << f.paper << "]";
    if (f.kind == FieldKind::Choice) {
        help << " (one of:";
        for (const auto &choice : f.choices)
            help << ' ' << choice;
        help << ')';
    } else if ((f.kind == FieldKind::Integer || f.kind == FieldKind::Real) && f.maximum < kAnyCount) {
        help << " (in [" << f.minimum << ", " << f.maximum << "])";
    }
    std::string shown;
    if (current.is_string())
        shown = current.get<std::string>();
    else if (current.is_array())
        for (const auto &entry : current)
            shown += (shown.empty() ? "" : ",") + (entry.is_string() ? entry.get<std::string>() : entry.dump());
    else
        shown = current.dump();
    help << " [default: " << shown << ']';
    return help.str();
}

// The text of an option as the JSON value the field reads: a number for numeric kinds
// (so "12abc" or "1e" is refused here, naming the option), the text otherwise.
inline nlohmann::json optionValue(const FieldInfo &f, const std::string &text)
{
    if (f.kind == FieldKind::Text || f.kind == FieldKind::Choice)
        return text;
    try {
        size_t used = 0;
        if (f.kind == FieldKind::Integer) {
            const long long value = std::stoll(text, &used);
            if (used == text.size())
                return value;
        } else {
            const double value = std::stod(text, &used);
            if (used == text.size())
                return value;
        }
    } catch (const std::exception &) {
    }
    throw CLI::ValidationError("--" + f.option, "expected " + std::string(f.kind == FieldKind::Integer ? "an integer" : "a number")
                                                    + ", got \"" + text + "\"");
}

} // namespace detail

// Adds an option for every field of `schema` except those in `skip` (keys). Values go
// straight into `config`, checked against the field's range or choices as they are parsed
// (the same check the configuration's validation makes), so an error names the option.
template <typename Config>
void addSchemaOptions(CLI::App &cmd, const ConfigSchema<Config> &schema, Config &config,
                      std::initializer_list<const char *> skip = {})
{
    for (const auto &field : schema.fields()) {
        bool skipped = false;
        for (const char *key : skip)
            skipped = skipped || field.info.key == key;
        if (skipped)
            continue;
        const FieldInfo &f = field.info;
        std::string names = "--" + f.option;
        if (f.shortOption)
            names = std::string("-") + f.shortOption + "," + names;
        const auto *fieldPtr = &field; // the schema is a static table: the pointer stays valid
        const std::string section = schema.section();
        const auto store = [fieldPtr, &config, section](const nlohmann::json &value) {
            try {
                fieldPtr->set(config, {{fieldPtr->info.key, value}}, section);
                if (fieldPtr->check) // its range or choices, named by the option that gave it
                    fieldPtr->check(config, section);
            } catch (const ConfigError &e) {
                throw CLI::ValidationError("--" + fieldPtr->info.option, e.what());
            }
        };
        if (f.kind == FieldKind::IntegerMap)
            throw ConfigError(section + "." + f.key + ": a map has no command-line form; skip it");
        if (f.kind == FieldKind::TextList) {
            // Repeated or comma-separated: --arch convnet,resnet18 or --arch convnet --arch resnet18.
            cmd.add_option_function<std::vector<std::string>>(
                   names,
                   [store](const std::vector<std::string> &values) {
                       nlohmann::json list = nlohmann::json::array();
                       for (const auto &value : values) {
                           std::stringstream parts(value);
                           for (std::string part; std::getline(parts, part, ',');)
                               if (!part.empty())
                                   list.push_back(part);
                       }
                       store(list);
                   },
                   detail::optionHelp(f, field.get(config)))
                ->type_name("NAMES");
            continue;
        }
        auto *option = cmd.add_option_function<std::string>(
            names,
            [fieldPtr, store](const std::string &text) { store(detail::optionValue(fieldPtr->info, text)); },
            detail::optionHelp(f, field.get(config)));
        if (f.kind == FieldKind::Choice)
            option->type_name("CHOICE");
        else if (f.kind == FieldKind::Text)
            option->type_name("TEXT");
        else
            option->type_name(f.kind == FieldKind::Integer ? "INT" : "FLOAT");
    }
}

// With --resume a run continues with the settings stored in its config.json. An option
// also given on the command line that disagrees with them is refused, naming both values,
// instead of being ignored without a word. `stored` is the run's section (e.g. "itgan").
template <typename Config>
void refuseChangedOptionsOnResume(const CLI::App &cmd, const ConfigSchema<Config> &schema, const Config &given,
                                  const nlohmann::json &stored, const std::string &runDir)
{
    const nlohmann::json now = schema.toJson(given);
    for (const auto &field : schema.fields()) {
        const FieldInfo &f = field.info;
        const CLI::Option *option = cmd.get_option_no_throw("--" + f.option);
        if (!option || option->count() == 0 || !now.contains(f.key))
            continue;
        const nlohmann::json then = stored.is_object() && stored.contains(f.key) ? stored.at(f.key) : nlohmann::json();
        if (then == now.at(f.key))
            continue;
        throw ConfigError("--" + f.option + " " + now.at(f.key).dump() + " differs from the run being resumed ("
                          + schema.section() + "." + f.key + " = " + then.dump() + " in " + runDir
                          + "/config.json); --resume continues with the stored settings: drop --" + f.option
                          + ", or start a new run with another --out");
    }
}

} // namespace itgan::cli
