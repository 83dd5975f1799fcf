#pragma once
// The `itgan` sub-commands. Each registers its options and a callback on the app;
// errors propagate as itgan::Error and main() turns them into a message and exit code.
#include <CLI/CLI.hpp>

namespace itgan {
class CancellationToken;
class RunControl;
}

namespace itgan::cli {

void addPredictCommand(CLI::App &app);
void addTrainClassifierCommand(CLI::App &app, CancellationToken &cancel);
void addEvaluateCommand(CLI::App &app, CancellationToken &cancel);
void addDatasetInfoCommand(CLI::App &app);
void addTrainGanCommand(CLI::App &app, CancellationToken &cancel);
void addSampleCommand(CLI::App &app);
void addGeneratorInfoCommand(CLI::App &app);
void addConvertGeneratorCommand(CLI::App &app);
void addGanMetricsCommand(CLI::App &app);
void addInvertCommand(CLI::App &app, RunControl &control);
void addCondenseCommand(CLI::App &app, RunControl &control);
void addDmCommand(CLI::App &app, RunControl &control);
void addMakePoolCommand(CLI::App &app, CancellationToken &cancel);
void addCompareCommand(CLI::App &app, RunControl &control);
void addExportCommand(CLI::App &app, CancellationToken &cancel);
void addPlotCommand(CLI::App &app);
void addLaunchCommand(CLI::App &app);

} // namespace itgan::cli
