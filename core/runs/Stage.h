#pragma once
// The condensation stages of a run (each one folder of a run directory and one value of
// "method" in its config.json and events.jsonl) and the parameters a person may change
// while a stage runs. One place for the names, and for which stage accepts which
// parameter: λ is IT-GAN's alone (Eq. 4); every stage's optimiser has a learning rate.
#include <optional>
#include <string>
#include <vector>

namespace itgan {

enum class Stage { Inversion, Itgan, Dm };

// "inversion", "itgan", "dm".
const char *stageName(Stage stage);
std::optional<Stage> stageFromName(const std::string &name);
// For people: "GAN inversion", "IT-GAN", "DM".
const char *stageTitle(Stage stage);

enum class LiveParameter { Lambda, LearningRate };

// "lambda", "learning_rate" (the names in events.jsonl's control lines).
const char *liveParameterName(LiveParameter parameter);
// The parameters `stage` applies while it runs (IT-GAN: λ and learning rate; inversion
// and DM: learning rate).
const std::vector<LiveParameter> &liveParameters(Stage stage);
bool acceptsLive(Stage stage, LiveParameter parameter);

} // namespace itgan
