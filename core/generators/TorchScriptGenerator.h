#pragma once
// Any TorchScript module with forward(z [N, L] float, y [N] int64) -> [N, C, H, W] in
// [-1, 1] (core/README.md: Networks), so a PyTorch user brings a generator without conversion code.
// The latent size and class count come from module attributes `latent_size` (or
// `dim_z`) and `num_classes` (or `n_classes`), or from the caller.
#include "core/generators/Generator.h"

#include <torch/script.h>

namespace itgan {

class TorchScriptGenerator : public Generator {
public:
    // Throws ModelError when the file is no TorchScript module or the module does not
    // answer forward(z, y) with an image batch.
    TorchScriptGenerator(const std::string &path, int64_t latentSize = 0, int64_t numClasses = 0);

    GeneratorInfo info() const override { return m_info; }
    void setTraining(bool training) override { m_module.train(training); }
    void setWeightsRequireGrad(bool requireGrad) override;
    torch::jit::Module &module() { return m_module; }

protected:
    torch::Tensor run(const torch::Tensor &z, const torch::Tensor &y) override;

private:
    torch::jit::Module m_module;
    GeneratorInfo m_info;
    std::string m_path;
};

// True when the file is a TorchScript archive (a zip with a code/ folder).
bool isTorchScriptFile(const std::string &path);

} // namespace itgan
