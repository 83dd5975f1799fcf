#include "core/generators/TorchScriptGenerator.h"

#include "core/base/ComputeDevice.h"
#include "core/base/Errors.h"
#include "core/io/TensorIo.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace itgan {

namespace {

int64_t intAttribute(const torch::jit::Module &m, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        if (m.hasattr(name)) {
            const auto v = m.attr(name);
            if (v.isInt())
                return v.toInt();
        }
    return 0;
}

} // namespace

bool isTorchScriptFile(const std::string &path)
{
    // TorchScript archives are zip files holding <name>/code/...; plain torch.save pickles
    // are zip files too, but without code/. Look for that entry name in the bytes.
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        return false; // the loaders name what is wrong with it
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes.size() > 4 && bytes.compare(0, 2, "PK") == 0 && bytes.find("/code/") != std::string::npos;
}

TorchScriptGenerator::TorchScriptGenerator(const std::string &path, int64_t latentSize, int64_t numClasses)
    : m_path(path)
{
    try {
        const std::vector<char> bytes = readArchiveBytes(path);
        std::istringstream in(std::string(bytes.begin(), bytes.end()));
        m_module = torch::jit::load(in, computeDevice());
    } catch (const c10::Error &e) {
        throw ModelError(path + ": not a loadable TorchScript module (" + e.what_without_backtrace() + ")");
    }
    m_module.eval();
    m_info.arch = "torchscript";
    m_info.fileKind = "torchscript";
    m_info.latentSize = latentSize > 0 ? latentSize : intAttribute(m_module, {"latent_size", "dim_z"});
    m_info.numClasses = numClasses > 0 ? numClasses : intAttribute(m_module, {"num_classes", "n_classes"});
    if (m_info.latentSize <= 0 || m_info.numClasses <= 0)
        throw ModelError(path + ": TorchScript generator must define integer attributes latent_size and num_classes "
                                "(or give them explicitly)");
    for (const auto &p : m_module.parameters())
        m_info.parameterCount += p.numel();
    // Probe the signature with one latent.
    torch::Tensor out;
    try {
        torch::NoGradGuard noGrad;
        out = run(toComputeDevice(torch::zeros({2, m_info.latentSize})),
                  toComputeDevice(torch::zeros({2}, torch::kInt64)));
    } catch (const std::exception &e) {
        throw ModelError(path + ": forward(z [N," + std::to_string(m_info.latentSize)
                         + "] float, y [N] int64) failed: " + e.what());
    }
    if (out.dim() != 4 || out.size(0) != 2 || out.size(2) != out.size(3))
        throw ModelError(path + ": forward(z, y) must return square images [N,C,H,W], got " + c10::str(out.sizes()));
    m_info.channels = out.size(1);
    m_info.resolution = out.size(2);
}

torch::Tensor TorchScriptGenerator::run(const torch::Tensor &z, const torch::Tensor &y)
{
    c10::IValue out;
    try {
        out = m_module.forward({z, y});
    } catch (const c10::Error &e) {
        throw ModelError(m_path + ": forward failed: " + e.what_without_backtrace());
    }
    if (!out.isTensor())
        throw ModelError(m_path + ": forward(z, y) returned a " + out.tagKind() + ", expected a tensor");
    return out.toTensor();
}

void TorchScriptGenerator::setWeightsRequireGrad(bool requireGrad)
{
    for (auto parameter : m_module.parameters())
        parameter.requires_grad_(requireGrad);
}

} // namespace itgan
