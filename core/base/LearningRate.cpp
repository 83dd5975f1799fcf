#include "core/base/LearningRate.h"

#include "core/base/Errors.h"

namespace itgan {

void setLearningRate(torch::optim::Optimizer &optimizer, double learningRate)
{
    for (auto &group : optimizer.param_groups()) {
        if (auto *adam = dynamic_cast<torch::optim::AdamOptions *>(&group.options()))
            adam->lr(learningRate);
        else if (auto *sgd = dynamic_cast<torch::optim::SGDOptions *>(&group.options()))
            sgd->lr(learningRate);
        else
            throw ConfigError("cannot set the learning rate of this optimiser");
    }
}

} // namespace itgan
