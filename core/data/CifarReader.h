#pragma once
// Reader for the CIFAR-10 and CIFAR-100 binary formats.
#include "core/data/Dataset.h"

#include <string>
#include <vector>

namespace itgan {

enum class CifarVariant { Cifar10, Cifar100 };

// Reads fixed-size records (CIFAR-10: 1 label byte + 3072 pixel bytes; CIFAR-100:
// coarse byte, fine byte + 3072; the fine label is used) from each file in order.
// Throws DatasetError naming the file when it is missing, empty, not a whole number of
// records, or holds a label outside the class range.
DatasetSplit readCifarFiles(const std::vector<std::string> &paths, CifarVariant variant);

// "cifar10", "cifar100", or "" when `dir` holds neither.
std::string detectCifarFolder(const std::string &dir);

// Train/test file lists of a CIFAR folder.
std::vector<std::string> cifarTrainFiles(const std::string &dir, CifarVariant variant);
std::vector<std::string> cifarTestFiles(const std::string &dir, CifarVariant variant);

} // namespace itgan
