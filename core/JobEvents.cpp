#include "core/JobEvents.h"

namespace itgan {

nlohmann::json toJson(const IterationEvent &event)
{
    nlohmann::json json = {{"method", event.method},     {"iteration", event.iteration},
                           {"lambda", event.lambda},     {"lr", event.learningRate},
                           {"seconds", event.seconds},   {"elapsed", event.elapsed}};
    for (const auto &[name, value] : event.terms)
        json[name] = value;
    return json;
}

} // namespace itgan
