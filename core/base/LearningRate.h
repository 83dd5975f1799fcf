#pragma once
// Changing an optimiser's learning rate during a run: the live learning-rate slider of
// condensation runs, the step schedule of classifier training, the decay of GAN training.
#include "core/base/TorchInclude.h"

namespace itgan {

// Sets the learning rate of every parameter group of an Adam or SGD optimiser.
void setLearningRate(torch::optim::Optimizer &optimizer, double learningRate);

} // namespace itgan
