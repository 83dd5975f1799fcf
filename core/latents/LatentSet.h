#pragma once
// A set of generator latents with their class labels: what GAN inversion produces and
// IT-GAN optimises. `sourceIndices` ties each latent to the real training image it was
// inverted from (IT-GAN's pair regulariser R needs those pairs; -1 = no source).
#include "core/data/Dataset.h"
#include "core/generators/Generator.h"
#include "core/io/TensorIo.h"

namespace itgan {

struct LatentSet {
    torch::Tensor latents;       // float [N, latentSize]
    torch::Tensor labels;        // int64 [N]
    torch::Tensor sourceIndices; // int64 [N], index into the real training split, or -1

    int64_t size() const { return labels.defined() ? labels.size(0) : 0; }
};

// Stored as a plain dict {latents, labels, source_indices} that Python's torch.load reads.
TensorMap latentSetTensors(const LatentSet &set);
LatentSet latentSetFromTensors(const TensorMap &tensors, const std::string &source);
void saveLatentSet(const LatentSet &set, const std::string &path);
LatentSet loadLatentSet(const std::string &path);

// ConfigError naming `source` when the latents do not fit the generator (latent size,
// class range) or are not finite.
void checkLatentsFitGenerator(const LatentSet &set, const GeneratorInfo &generator, const std::string &source);
// ConfigError when generator and dataset disagree (class count, channels, resolution).
void checkGeneratorFitsDataset(const GeneratorInfo &generator, const Dataset &data, const std::string &generatorName);

// G(z, y) cropped to the dataset's size and mapped to classifier space (core/README.md: Data spaces),
// differentiable w.r.t. z.
torch::Tensor generateInClassifierSpace(Generator &g, const torch::Tensor &z, const torch::Tensor &y,
                                        const Dataset &like);
// The same images as uint8 pixels shaped like the dataset, without gradients, in
// deterministic chunks (a latent set regenerates bit for bit).
torch::Tensor generatePixels(Generator &g, const LatentSet &set, const Dataset &like);
// z ~ N(0, I) [n, d] with BigGAN's truncation trick: entries whose magnitude exceeds
// `threshold` are redrawn (up to 100 rounds, then clamped); threshold <= 0 = plain N(0, I).
torch::Tensor truncatedNormalLatents(int64_t n, int64_t d, double threshold, at::Generator &gen);
torch::Tensor generatePixels(Generator &g, const LatentSet &set, int64_t height, int64_t width);

} // namespace itgan
