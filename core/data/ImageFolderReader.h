#pragma once
// Reader for image-folder datasets: root/<class>/*.png|jpg|jpeg (classes in sorted
// order). When root holds train/ and test/ with the same class folders, both splits are read;
// otherwise everything is the training split and the test split is empty.
#include "core/data/Dataset.h"

#include <string>

namespace itgan {

struct ImageFolderOptions {
    int size = 32;     // every image is resized to size x size
    int channels = 0;  // 1 or 3; 0 = 1 if the first image is greyscale, else 3
};

// Throws DatasetError naming the folder or file: no class folders, an empty class,
// an unreadable image, differing class folders between train/ and test/.
Dataset readImageFolder(const std::string &root, const ImageFolderOptions &options = {});

// True when `dir` has at least one sub-folder holding an image (or train/ does).
bool looksLikeImageFolder(const std::string &dir);

} // namespace itgan
