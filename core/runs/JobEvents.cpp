#include "core/runs/JobEvents.h"

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

std::optional<IterationEvent> iterationEventFromJson(const nlohmann::json &line)
{
    if (!line.is_object() || line.contains("control") || !line.contains("iteration") || !line.at("iteration").is_number())
        return std::nullopt;
    IterationEvent event;
    event.method = line.value("method", "");
    event.iteration = line.at("iteration").get<int64_t>();
    event.iterations = line.value("iterations", int64_t{0});
    event.lambda = line.value("lambda", 0.0);
    event.learningRate = line.value("lr", 0.0);
    event.seconds = line.value("seconds", 0.0);
    event.elapsed = line.value("elapsed", 0.0);
    static const char *const bookkeeping[] = {"method", "iteration", "iterations", "lambda", "lr", "seconds", "elapsed"};
    for (const auto &item : line.items()) {
        bool isBookkeeping = false;
        for (const char *key : bookkeeping)
            isBookkeeping = isBookkeeping || item.key() == key;
        if (!isBookkeeping && item.value().is_number())
            event.terms[item.key()] = item.value().get<double>();
    }
    return event;
}

} // namespace itgan
