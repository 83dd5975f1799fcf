#pragma once
// The one interface of class-conditional generators (core/README.md: Networks):
//   G(z [N, latentSize] float, y [N] int64) -> [N, channels, resolution, resolution] in [-1, 1].
// Native modules (biggan32, the light DCGAN) and TorchScript modules implement it.
#include "core/base/TorchInclude.h"

#include <memory>
#include <string>

namespace itgan {

struct GeneratorInfo {
    std::string arch;        // "biggan32", "dcgan32", "torchscript"
    std::string fileKind;    // "native", "torchscript", "state-dict" (how it was loaded)
    int64_t latentSize = 0;
    int64_t numClasses = 0;
    int64_t channels = 0;
    int64_t resolution = 0;
    int64_t parameterCount = 0;
};

class Generator {
public:
    virtual ~Generator() = default;

    // Checks shapes, dtypes and class range (ConfigError naming the value), then runs G on
    // the compute device (z and y move there; the result stays there).
    // Differentiable w.r.t. z (inversion and condensation optimise latents through G).
    torch::Tensor generate(const torch::Tensor &z, const torch::Tensor &y);
    // G with a blend of classes: classWeights [N, numClasses] (non-negative rows summing to 1)
    // mix the class embeddings linearly — the gains and biases of the class-conditional batch
    // norms, the only place the class enters — so a one-hot row is exactly the plain class and
    // (1 − s)·e_A + s·e_B interpolates from class A to class B (the explorer's class path).
    // ConfigError for generators that take whole classes only (TorchScript).
    torch::Tensor generateWithClassWeights(const torch::Tensor &z, const torch::Tensor &classWeights);
    // Whether generateWithClassWeights works (native modules).
    virtual bool blendsClasses() const { return false; }
    virtual GeneratorInfo info() const = 0;
    // Eval mode uses stored statistics; IT-GAN always samples a frozen G in eval mode.
    virtual void setTraining(bool training) = 0;
    // Frozen (false) for inversion and condensation: gradients reach z but no weight
    // gradients are computed or accumulated.
    virtual void setWeightsRequireGrad(bool requireGrad) = 0;

protected:
    // y: labels [N] int64, or (blendsClasses() only) class weights [N, numClasses] float.
    virtual torch::Tensor run(const torch::Tensor &z, const torch::Tensor &y) = 0;
};

using GeneratorPtr = std::shared_ptr<Generator>;

// Sets requires_grad on every parameter of a native generator module.
void setModuleWeightsRequireGrad(torch::nn::Module &module, bool requireGrad);

// Generates without gradients in chunks of `chunk` images, so memory stays bounded; the
// images come back on the CPU (sets, files and grids live there).
torch::Tensor generateInChunks(Generator &g, const torch::Tensor &z, const torch::Tensor &y, int64_t chunk = 256);

} // namespace itgan
