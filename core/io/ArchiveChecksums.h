#pragma once
// Damage detection for the files torch.save, torch.jit.save and LibTorch's archives write.
// They are zip files whose central directory records, for every record (each tensor's
// bytes, the pickle, the version), the CRC-32 its writer computed while writing. LibTorch's
// reader does not check it (it is built with the zip reader's checksum checks disabled), so a
// flipped byte in a tensor loaded as a silently wrong weight or latent. Every loader of this
// project reads such files through verifyArchiveChecksums first.
#include <cstddef>
#include <string>

namespace itgan {

// Throws IoError naming `path` (and the record) when the bytes are a zip archive whose
// structure is damaged or truncated, or one of whose stored records no longer matches the
// CRC-32 written with it. Bytes that are not a zip archive at all (no local-header
// signature at the start) are left to the caller's reader, which names what it expected.
void verifyArchiveChecksums(const char *data, size_t size, const std::string &path);

} // namespace itgan
