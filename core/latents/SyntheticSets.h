#pragma once
// The training sets the paper compares (core/README.md: Evaluation protocol), all as uint8 pixels shaped like the
// dataset, with the storage each needs to be rebuilt:
//   gan (z ~ N(0, I)), inversion, itgan: generator file + float32 (or float16) latents + 1-byte labels;
//   dm, random (a random real subset), real (the whole training split): uint8 pixels + 1-byte labels.
#include "core/evaluation/EvaluationLoop.h"
#include "core/io/StoredPrecision.h"
#include "core/latents/LatentSet.h"

#include <string>

namespace itgan {

// A compared set is a training set to evaluate (name, pixels, images per class, bytes).
using SyntheticSet = TrainingSet;

int64_t pixelStorageBytes(const DatasetSplit &pixels);
// The same for `images` images shaped like `data`'s, before they exist.
int64_t pixelStorageBytes(int64_t images, const Dataset &data);
int64_t latentStorageBytes(int64_t generatorFileBytes, const LatentSet &latents,
                           StoredPrecision precision = StoredPrecision::Float32);
// The same for `latents` latent vectors of `latentSize` values, before they exist.
int64_t latentStorageBytes(int64_t generatorFileBytes, int64_t latents, int64_t latentSize,
                           StoredPrecision precision = StoredPrecision::Float32);
// Images per class of `data` that `budgetBytes` store as pixels (paper Tab. 2's equal storage);
// 0 when not even one per class fits.
int64_t pixelImagesPerClassWithin(int64_t budgetBytes, const Dataset &data);

// z ~ N(0, I) from `seed`, k per class.
LatentSet randomLatents(const GeneratorInfo &info, int64_t imagesPerClass, uint64_t seed);

// The images of `latents` as stored at `precision` (float16: rounded to halves first), with their bytes.
SyntheticSet latentSyntheticSet(const std::string &name, Generator &g, int64_t generatorFileBytes, const LatentSet &latents,
                                const Dataset &data, StoredPrecision precision = StoredPrecision::Float32);
SyntheticSet pixelSyntheticSet(const std::string &name, const DatasetSplit &pixels, int64_t numClasses);
SyntheticSet randomRealSet(const Dataset &data, int64_t imagesPerClass, uint64_t seed);
SyntheticSet wholeRealSet(const Dataset &data);

} // namespace itgan
