// itgan predict: logits of an imported network for an input tensor file, so anyone can
// check our networks against PyTorch.
#include "Commands.h"
#include "ComputeOptions.h"

#include "core/base/ComputeDevice.h"
#include "core/io/AtomicOutput.h"

#include "core/base/Errors.h"
#include "core/nets/NetworkFactory.h"
#include "core/io/StateDict.h"

#include <filesystem>
#include <iostream>

namespace itgan::cli {

namespace {

struct PredictOptions {
    std::string arch = "convnet";
    std::string weights;
    std::string input;
    std::string output;
    bool train = false;
    bool force = false;
    ComputeOptions compute;
};

void runPredict(const PredictOptions &o)
{
    // The output is checked before any work: never an input, never an existing file without --force.
    applyComputeOptions(o.compute);
    requireOutputOutsideInputs(o.output, {o.weights, o.input});
    if (std::filesystem::exists(o.output) && !o.force)
        throw IoError(o.output + " already exists; choose another --output or pass --force to replace it");
    const TensorMap weights = loadTensorMap(o.weights);
    torch::Tensor input = loadTensor(o.input, "input");
    if (input.dim() != 4 || !input.is_floating_point())
        throw ConfigError(o.input + ": expected a float tensor [N,C,H,W]");
    if (!torch::isfinite(input).all().item<bool>())
        throw ConfigError(o.input + ": holds NaN or Inf values; the logits would be meaningless");
    if (input.size(2) != input.size(3))
        throw ConfigError(o.input + ": expected square images, got " + std::to_string(input.size(2)) + "x"
                          + std::to_string(input.size(3)));
    auto net = createNetwork(specFromWeights(o.arch, weights, input.size(1), input.size(2)));
    // The first convolution's weight [out, in, k, k] says which images the weights take;
    // when that differs from the input, the input is what does not fit.
    for (const auto &parameter : net->named_parameters()) {
        if (parameter.value().dim() != 4)
            continue;
        const auto stored = weights.find(parameter.key());
        if (stored != weights.end() && stored->second.dim() == 4 && stored->second.size(1) != input.size(1))
            throw ConfigError(o.input + ": images have " + std::to_string(input.size(1)) + " channel(s), the " + o.arch
                              + " in " + o.weights + " takes " + std::to_string(stored->second.size(1)));
        break;
    }
    loadStateDict(*net, weights, "", true, o.weights);
    net->train(o.train);
    torch::NoGradGuard noGrad;
    const torch::Tensor logits = net->forward(toComputeDevice(input.to(torch::kFloat32).contiguous()));
    saveTensor(logits, o.output);
    std::cout << "architecture " << net->architecture() << ", input " << input.sizes() << " -> logits "
              << logits.sizes() << " written to " << o.output << "\n";
}

} // namespace

void addPredictCommand(CLI::App &app)
{
    auto options = std::make_shared<PredictOptions>();
    CLI::App *cmd = app.add_subcommand("predict", "Write the logits of an imported network for an input tensor file");
    cmd->add_option("--arch", options->arch, "Architecture (convnet infers width/depth/norm from the weights)")
        ->capture_default_str();
    cmd->add_option("--weights", options->weights, "Plain dict of tensors: torch.save(dict(model.state_dict()), W.pt)")
        ->required();
    cmd->add_option("--input", options->input, "Float tensor [N,C,H,W] saved with torch.save (classifier space)")
        ->required();
    cmd->add_option("--output", options->output, "Where to write the logits [N,classes] (torch.load reads it)")
        ->required();
    cmd->add_flag("--train-mode", options->train, "Run in training mode (batch statistics for batch norm)");
    cmd->add_flag("--force", options->force, "Replace an existing --output");
    addComputeOptions(*cmd, options->compute);
    cmd->callback([options] { runPredict(*options); });
}

} // namespace itgan::cli
