#include "core/runs/Stage.h"

#include <algorithm>

namespace itgan {

const char *stageName(Stage stage)
{
    switch (stage) {
    case Stage::Inversion: return "inversion";
    case Stage::Itgan: return "itgan";
    case Stage::Dm: return "dm";
    }
    return "";
}

std::optional<Stage> stageFromName(const std::string &name)
{
    for (Stage stage : {Stage::Inversion, Stage::Itgan, Stage::Dm})
        if (name == stageName(stage))
            return stage;
    return std::nullopt;
}

const char *stageTitle(Stage stage)
{
    switch (stage) {
    case Stage::Inversion: return "GAN inversion";
    case Stage::Itgan: return "IT-GAN";
    case Stage::Dm: return "DM";
    }
    return "";
}

const char *liveParameterName(LiveParameter parameter)
{
    return parameter == LiveParameter::Lambda ? "lambda" : "learning_rate";
}

const std::vector<LiveParameter> &liveParameters(Stage stage)
{
    static const std::vector<LiveParameter> itgan{LiveParameter::Lambda, LiveParameter::LearningRate};
    static const std::vector<LiveParameter> others{LiveParameter::LearningRate};
    return stage == Stage::Itgan ? itgan : others;
}

bool acceptsLive(Stage stage, LiveParameter parameter)
{
    const auto &accepted = liveParameters(stage);
    return std::find(accepted.begin(), accepted.end(), parameter) != accepted.end();
}

} // namespace itgan
