#pragma once
// Reader for the IDX format of MNIST and Fashion-MNIST, gzip-compressed or raw.
#include "core/data/Dataset.h"

#include <string>

namespace itgan {

// One IDX file of unsigned bytes: dims from the header, then the payload as a uint8
// tensor of those dims. Throws DatasetError naming the file on a missing file, a wrong
// magic number, an unsupported element type, or a payload shorter or longer than the header says.
torch::Tensor readIdxFile(const std::string &path);

// Reads `prefix`-images-idx3-ubyte[.gz] and `prefix`-labels-idx1-ubyte[.gz] from `dir`
// (prefix "train" or "t10k") into a split with images [N,1,H,W].
DatasetSplit readIdxSplit(const std::string &dir, const std::string &prefix, int64_t numClasses);

// True when `dir` holds IDX training files.
bool looksLikeIdxFolder(const std::string &dir);

} // namespace itgan
