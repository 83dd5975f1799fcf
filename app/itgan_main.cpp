// itgan: the command-line front end of the IT-GAN engine.
#include "cli/Commands.h"

#include "core/base/ErrorMessage.h"
#include "core/runs/RunControl.h"
#include "core/base/Errors.h"
#include "core/kernels/KernelReport.h"
#include "core/base/MemoryTuning.h"
#include "core/base/Threads.h"
#include "core/base/TorchInclude.h"

#include <csignal>
#include <iostream>

namespace {

// The CLI never pauses; Ctrl-C cancels through the control's token (an atomic store,
// safe in a signal handler).
itgan::RunControl g_control;

void onInterrupt(int)
{
    // Jobs stop at their next batch; a second Ctrl-C falls back to the default action.
    g_control.token().cancel();
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app{"itgan: synthesize informative training data with a GAN (IT-GAN) - command-line tool"};
    app.require_subcommand(1);
    // The version and the kernels this CPU runs (results differ between them only by float
    // rounding, speed a lot): what a bug report needs.
    app.set_version_flag("--version", [] {
        return std::string("itgan ") + ITGAN_VERSION + "\n" + itgan::describeKernels(itgan::currentKernels());
    });
    itgan::cli::addDatasetInfoCommand(app);
    itgan::cli::addTrainClassifierCommand(app, g_control.token());
    itgan::cli::addEvaluateCommand(app, g_control.token());
    itgan::cli::addPredictCommand(app);
    itgan::cli::addTrainGanCommand(app, g_control.token());
    itgan::cli::addSampleCommand(app);
    itgan::cli::addGeneratorInfoCommand(app);
    itgan::cli::addConvertGeneratorCommand(app);
    itgan::cli::addGanMetricsCommand(app);
    itgan::cli::addInvertCommand(app, g_control);
    itgan::cli::addCondenseCommand(app, g_control);
    itgan::cli::addDmCommand(app, g_control);
    itgan::cli::addMakePoolCommand(app, g_control.token());
    itgan::cli::addCompareCommand(app, g_control);
    itgan::cli::addExportCommand(app, g_control.token());
    itgan::cli::addPlotCommand(app);
    itgan::cli::addLaunchCommand(app);

    std::signal(SIGINT, onInterrupt);
    // A file-size limit (ulimit -f) makes a write fail with "File too large", reported with
    // the file's name, instead of killing the process mid-write.
    std::signal(SIGXFSZ, SIG_IGN);
    itgan::keepFreedMemoryForReuse();
    itgan::configureTorchThreads(0); // all cores unless a command says otherwise
    // CLI11 answers a misspelt command with "A subcommand is required"; name it instead.
    if (argc > 1 && argv[1][0] != '-') {
        bool known = false;
        std::string names;
        for (const CLI::App *command : app.get_subcommands({})) {
            known = known || command->get_name() == argv[1];
            names += (names.empty() ? "" : ", ") + command->get_name();
        }
        if (!known) {
            std::cerr << "itgan: error: unknown command '" << argv[1] << "' (commands: " << names << ")\n";
            return 109; // CLI11's exit code for arguments it does not know
        }
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        return app.exit(e);
    } catch (const itgan::CancelledError &) {
        std::cerr << "itgan: cancelled\n";
        return 130;
    } catch (const std::exception &e) {
        std::cerr << "itgan: error: " << itgan::userMessage(e) << "\n";
        return 1;
    }
    return 0;
}
