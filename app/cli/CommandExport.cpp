// itgan export: write a synthetic set (run directory or latent bundle) as PNG folders,
// .npy, a torch .pt dict, CIFAR binary records, or a latent bundle.
#include "Commands.h"
#include "ComputeOptions.h"

#include "core/export/DatasetExport.h"

#include <iostream>

namespace itgan::cli {
namespace {

struct ExportOptions {
    std::string from;
    std::string format;
    std::string out;
    bool force = false;
    ComputeOptions compute; // generating the images of a latent set
};

void runExport(const ExportOptions &o, const CancellationToken &cancel)
{
    applyComputeOptions(o.compute);
    const ExportSource source = openExportSource(o.from);
    exportDataset(source, o.format, o.out, o.force, &cancel); // Ctrl-C: nothing appears at --out
    std::cout << "exported " << source.pixels.size() << " " << source.method << " images ("
              << source.classNames.size() << " classes) as " << o.format << " to " << o.out << "\n";
}

} // namespace

void addExportCommand(CLI::App &app, CancellationToken &cancel)
{
    auto o = std::make_shared<ExportOptions>();
    CLI::App *cmd = app.add_subcommand("export", "Export a synthetic set in other tools' formats");
    cmd->add_option("--from", o->from, "A run directory (invert, condense, dm) or a latent bundle")->required();
    cmd->add_option("--format", o->format, "png-folders | npy | torch | cifar-bin | bundle")
        ->required()
        ->check(CLI::IsMember(exportFormats()));
    cmd->add_option("--out", o->out, "Output folder (or .pt file for torch)")->required();
    cmd->add_flag("--force", o->force, "Replace an existing output");
    addComputeOptions(*cmd, o->compute);
    cmd->callback([o, &cancel] { runExport(*o, cancel); });
}

} // namespace itgan::cli
