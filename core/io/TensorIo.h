#pragma once
// Tensor files that Python's torch.save / torch.load understand: a single tensor, or a
// plain dict of tensors (the form of `torch.save(dict(model.state_dict()))`).
// Writes are atomic: a temporary file in the same folder, then a rename.
#include "core/base/TorchInclude.h"

#include <map>
#include <string>
#include <vector>

namespace itgan {

using TensorMap = std::map<std::string, torch::Tensor>;

// Reads a dict of tensors. Throws IoError naming the file when it is missing or not a
// torch.save pickle of a dict whose values are all tensors.
TensorMap loadTensorMap(const std::string &path);
// The same, but entries that are not tensors (a list of class names, a string) go to
// `others` instead of being refused.
TensorMap loadTensorMap(const std::string &path, std::map<std::string, c10::IValue> *others);
// Reads a single tensor (or, for a dict file, the entry `key` when given).
torch::Tensor loadTensor(const std::string &path, const std::string &key = "");

void saveTensorMap(const TensorMap &tensors, const std::string &path);
void saveTensor(const torch::Tensor &tensor, const std::string &path);
// Any picklable value (e.g. a dict of tensors and string lists) in torch.save's format.
void savePickledValue(const c10::IValue &value, const std::string &path);

// Whole-file atomic write of raw bytes (temporary file + rename).
void writeFileAtomically(const std::string &path, const std::vector<char> &bytes);
void writeFileAtomically(const std::string &path, const std::string &text);
// A plain write of a new file inside a folder that is itself written atomically (an
// export's staging folder): the same errors with their reason, no rename or fsync.
void writeNewFile(const std::string &path, const std::vector<unsigned char> &bytes);
std::vector<char> readFileBytes(const std::string &path);
// The bytes of a torch.save / LibTorch / TorchScript file, after checking every record
// against the CRC-32 stored with it (core/io/ArchiveChecksums.h): every loader of .pt files
// reads through this, so a damaged file is refused instead of loading wrong values.
std::vector<char> readArchiveBytes(const std::string &path);
// Removes the temporaries of writeFileAtomically (NAME.tmp-PID-N) that processes no longer
// running left in `folder` (a kill mid-write), and the older writers' NAME.tmp. Those of
// live processes stay: they may be writing now.
void removeStaleTemporaries(const std::string &folder);
// A LibTorch archive (checkpoints) through the same atomic write: serialised in memory
// first, so a full disk fails here with a message instead of inside LibTorch's writer
// (whose destructor then aborted the process).
void writeArchiveAtomically(torch::serialize::OutputArchive &archive, const std::string &path);

} // namespace itgan
