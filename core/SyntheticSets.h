#pragma once
// The training sets the paper compares (SPEC §5.6), all as uint8 pixels shaped like the
// dataset, with the storage each needs to be rebuilt:
//   gan (z ~ N(0, I)), inversion, itgan: generator file + float32 latents + 1-byte labels;
//   dm, random (a random real subset), real (the whole training split): uint8 pixels + 1-byte labels.
#include "core/LatentSet.h"

#include <string>

namespace itgan {

struct SyntheticSet {
    std::string name;           // gan | inversion | itgan | dm | random | real
    DatasetSplit pixels;
    int64_t imagesPerClass = 0; // 0 when unbalanced (the whole real set)
    int64_t bytes = 0;
};

int64_t pixelStorageBytes(const DatasetSplit &pixels);
int64_t latentStorageBytes(int64_t generatorFileBytes, const LatentSet &latents);

// z ~ N(0, I) from `seed`, k per class.
LatentSet randomLatents(const GeneratorInfo &info, int64_t imagesPerClass, uint64_t seed);

SyntheticSet latentSyntheticSet(const std::string &name, Generator &g, int64_t generatorFileBytes, const LatentSet &latents,
                                const Dataset &data);
SyntheticSet pixelSyntheticSet(const std::string &name, const DatasetSplit &pixels, int64_t numClasses);
SyntheticSet randomRealSet(const Dataset &data, int64_t imagesPerClass, uint64_t seed);
SyntheticSet wholeRealSet(const Dataset &data);

} // namespace itgan
