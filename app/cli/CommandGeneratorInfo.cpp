// itgan generator-info: what a generator file holds.
#include "Commands.h"

#include "core/generators/GeneratorFile.h"

#include <iostream>

namespace itgan::cli {

void addGeneratorInfoCommand(CLI::App &app)
{
    auto path = std::make_shared<std::string>();
    auto arch = std::make_shared<std::string>();
    CLI::App *cmd = app.add_subcommand("generator-info", "Show a generator's architecture, sizes and stored metrics");
    cmd->add_option("file", *path, "Generator file")->required();
    cmd->add_option("--arch", *arch, "Architecture of an imported state dict");
    cmd->callback([path, arch] {
        const LoadedGenerator g = loadGenerator(*path, *arch);
        const GeneratorInfo i = g.generator->info();
        std::cout << "file          " << *path << "\n"
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
