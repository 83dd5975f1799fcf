#pragma once
// Labelled image sets given to `itgan evaluate`: a tensor file {images, labels} (as
// Python's torch.save writes it, or our own torch export with its "classes" and "indices")
// or an image folder.
//   images: uint8 [N,C,H,W] pixels, or float [N,C,H,W] pixels in [0,1]
//   labels: integer [N]
#include "core/data/Dataset.h"

#include <string>

namespace itgan {

// Reads the set and fits it to the reference dataset's image shape: a set 4 pixels
// larger than 28x28 data (generator output at 32x32) is centre-cropped (core/README.md: Data spaces).
// Throws DatasetError naming the file on a missing entry, wrong dtype or shape,
// count mismatch, labels outside the dataset's classes or an incompatible image size.
DatasetSplit readImageSet(const std::string &path, const Dataset &reference);

} // namespace itgan
