// itgan convert-generator: write a generator as a native file at another precision, e.g.
// float16 weights at half the bytes (a storage-saving variant for paper Tab. 2's comparison
// at equal storage; compare with `"generator": "G16.pt"` measures its accuracy cost).
#include "Commands.h"

#include "core/base/Errors.h"
#include "core/generators/GeneratorFile.h"
#include "core/io/AtomicOutput.h"
#include "core/io/BundledModels.h"
#include "core/io/StoredPrecision.h"
#include "core/runs/EngineInputs.h"

#include <filesystem>
#include <iostream>

namespace itgan::cli {
namespace {

struct ConvertOptions {
    std::string generator;
    std::string arch;
    std::string precision = "float16";
    std::string out;
    bool force = false;
};

void runConvert(const ConvertOptions &o)
{
    const StoredPrecision precision = enumFromString<StoredPrecision>(o.precision, "--precision");
    const std::string input = resolveModelPath(o.generator, kBundledGenerator);
    requireOutputOutsideInputs(o.out, {input});
    AtomicOutput output(o.out, o.force, false); // refuses an existing --out without --force, before any work
    const LoadedGenerator g = loadGenerator(input, o.arch);
    if (!g.module)
        throw ConfigError(input + ": a TorchScript generator cannot be converted (only native and state-dict ones)");
    saveGenerator(g, g.metadata, output.staging(), precision);
    output.commit();
    std::cout << input << " (" << std::filesystem::file_size(input) << " bytes) -> " << o.out << " ("
              << std::filesystem::file_size(o.out) << " bytes, " << o.precision << " weights)\n";
}

} // namespace

void addConvertGeneratorCommand(CLI::App &app)
{
    auto o = std::make_shared<ConvertOptions>();
    CLI::App *cmd = app.add_subcommand("convert-generator",
                                       "Write a generator as a native file with float16 (or float32) weights");
    cmd->add_option("--generator", o->generator, "Generator file, or 'bundled'")->required();
    cmd->add_option("--arch", o->arch, "Architecture of an imported state dict");
    cmd->add_option("--precision", o->precision, "float16 or float32")
        ->capture_default_str()
        ->check(CLI::IsMember(enumChoices<StoredPrecision>()));
    cmd->add_option("--out", o->out, "The new generator file")->required();
    cmd->add_flag("--force", o->force, "Replace an existing --out");
    cmd->callback([o] { runConvert(*o); });
}

} // namespace itgan::cli
