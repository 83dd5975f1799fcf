// itgan generator-info: what a generator file holds.
#include "Commands.h"

#include "core/generators/GeneratorFile.h"
#include "core/io/BundledModels.h"
#include "core/io/RunDirectory.h"
#include "core/runs/EngineInputs.h"

#include <iostream>

namespace itgan::cli {

void addGeneratorInfoCommand(CLI::App &app)
{
    auto path = std::make_shared<std::string>();
    auto arch = std::make_shared<std::string>();
    CLI::App *cmd = app.add_subcommand("generator-info", "Show a generator's architecture, sizes and stored metrics");
    cmd->add_option("file", *path, "Generator file, or 'bundled'")->required();
    cmd->add_option("--arch", *arch, "Architecture of an imported state dict");
    cmd->callback([path, arch] {
        const std::string file = resolveModelPath(*path, kBundledGenerator);
        const LoadedGenerator g = loadGenerator(file, *arch);
        const GeneratorInfo i = g.generator->info();
        std::cout << "file          " << file << "\n"
                  << "content hash  " << fileContentHash(file) << "\n"
                  << "kind          " << g.fileKind << "\n"
                  << "architecture  " << i.arch << "\n"
                  << "parameters    " << i.parameterCount << "\n"
                  << "latent size   " << i.latentSize << "\n"
                  << "classes       " << i.numClasses << "\n"
                  << "output        " << i.channels << " x " << i.resolution << " x " << i.resolution << "\n";
        if (g.metadata.contains("step"))
            std::cout << "trained steps " << g.metadata["step"] << "\n";
        if (g.metadata.contains("metrics"))
            for (const auto &[key, value] : g.metadata["metrics"].items())
                std::cout << "  " << key << ": " << value << "\n";
        if (g.metadata.contains("training"))
            std::cout << "training      " << g.metadata["training"].dump() << "\n";
    });
}

} // namespace itgan::cli
