#pragma once
// Pieces IT-GAN (core/README.md: IT-GAN) and pixel DM (core/README.md: DM) share: the real training images of
// each class in classifier space, per-iteration seeds, and fresh embedding networks.
// Every random draw of an iteration is derived from (seed, iteration, class), so a
// resumed run repeats exactly what an uninterrupted run would have drawn.
#include "core/nets/ClassifierNet.h"
#include "core/data/Dataset.h"

#include <vector>

namespace itgan {

// A well-mixed 62-bit seed from a run seed and up to three coordinates (splitmix64).
int64_t mixSeed(uint64_t seed, uint64_t a, uint64_t b = 0, uint64_t salt = 0);

// The salts that keep the different random draws of one (iteration, class) independent:
// IT-GAN's (LatentCondenser) and DM's (PixelCondenser). Distinct values, so that the two
// methods never share a stream; changing one changes every result drawn with it.
enum RandomStreamSalt : uint64_t {
    kSaltNetwork = 1,    // IT-GAN: the fresh embedding network of (iteration, class)
    kSaltAugment = 2,    // IT-GAN: its Siamese DSA parameters
    kSaltRealBatch = 3,  // IT-GAN: its real batch
    kSaltSplit = 4,      // IT-GAN: the latent subsets of the iteration
    kSaltPool = 5,       // IT-GAN: the pre-trained network picked from a pool
    kSaltDmNetwork = 11, // DM: the fresh embedding network of the iteration
    kSaltDmAugment = 12, // DM: the Siamese DSA parameters of (iteration, class)
    kSaltDmRealBatch = 13, // DM: its real batch of (iteration, class)
};

class RealClassImages {
public:
    explicit RealClassImages(const Dataset &data); // converts the whole train split once

    const torch::Tensor &all() const { return m_images; } // classifier space [N,C,H,W], on the CPU
    int64_t classSize(int64_t c) const;
    // `count` distinct random images of class c (all of them, shuffled, when the class is
    // smaller), on the compute device.
    torch::Tensor sample(int64_t c, int64_t count, int64_t seed) const;

private:
    torch::Tensor m_images;
    std::vector<torch::Tensor> m_classIndices;
};

// A freshly initialised embedding network drawn from `seed` (P_ϑ of the paper), frozen
// unless its weight gradients are needed (gradient matching).
ClassifierPtr freshEmbeddingNet(const std::string &arch, const Dataset &data, int64_t seed, bool weightGradients);

} // namespace itgan
