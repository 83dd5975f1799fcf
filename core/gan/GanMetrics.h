#pragma once
// Quality metrics of a class-conditional generator against real data (issue: generative prior):
//  - GAN-test accuracy: a classifier trained on real data classifies generated images
//    w.r.t. their conditioning labels;
//  - Fréchet distance between real and generated images in that classifier's embedding
//    (for the ConvNet: the 2048-d flattened output of its last conv block, `embed()`);
//  - within-class diversity: mean pairwise pixel distance inside each class, generated
//    over real (a collapsed class scores near 0);
//  - GAN-train accuracy: a classifier trained on generated images, tested on real data;
//  - on request, the Fréchet distance of held-out real images (the test split) to the same
//    real training images: what a generator producing new real images would score, since
//    the estimate of a 2048-d covariance from finite samples keeps even that above 0.
#include "core/nets/ClassifierNet.h"
#include "core/data/Dataset.h"
#include "core/generators/Generator.h"

namespace itgan {

// Samples `perClass` images of every class with z ~ N(0, I) from a seeded stream, as
// uint8 pixels shaped like the dataset (generator output centre-cropped to 28x28 when
// the dataset is 28x28), in eval mode.
DatasetSplit sampleGenerator(Generator &g, int64_t perClass, uint64_t seed, const Dataset &like);

// Generator output [-1,1] at 32x32 (any device) -> uint8 pixels on the CPU, cropped to the dataset's size.
torch::Tensor generatorToPixels(const torch::Tensor &generated, int64_t height, int64_t width);
// uint8 dataset pixels -> generator space [-1,1], padded with background to `size`.
torch::Tensor pixelsToGeneratorSpace(const torch::Tensor &pixels, int64_t size);

double classifierAccuracy(ClassifierNet &classifier, const DatasetSplit &images, const Normalisation &norm);
double frechetDistance(const torch::Tensor &featuresA, const torch::Tensor &featuresB);
torch::Tensor embedImages(ClassifierNet &classifier, const DatasetSplit &images, const Normalisation &norm);
// Mean L2 distance (pixels scaled to [0,1]) between pairs of images of the same class.
double withinClassDistance(const DatasetSplit &images, int64_t numClasses, int64_t maxPerClass = 100);

struct GanQuality {
    double ganTestAccuracy = 0;   // percent
    double frechetDistance = 0;   // in the classifier's embedding
    double diversityRatio = 0;    // generated / real within-class distance
    double ganTrainAccuracy = -1; // percent; -1 when not computed
    double heldOutRealFrechetDistance = -1; // real test vs real train images; -1 when not computed
};

struct GanQualityOptions {
    int64_t samplesPerClass = 1000; // 10k images for 10 classes
    int ganTrainEpochs = 0;         // 0 = skip GAN-train
    bool heldOutRealReference = false; // also measure heldOutRealFrechetDistance
    uint64_t seed = 12345;
};

GanQuality measureGanQuality(Generator &g, ClassifierNet &classifier, const Dataset &data,
                             const GanQualityOptions &options);

} // namespace itgan
