#include "core/io/ArchiveChecksums.h"

#include "core/base/Errors.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace itgan {

namespace {

// Zip format constants (PKWARE APPNOTE 4.3.7, 4.3.12, 4.3.14-16, 4.5.3).
constexpr uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr uint32_t kEndSignature = 0x06054b50;
constexpr uint32_t kZip64EndSignature = 0x06064b50;
constexpr uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr size_t kZip64EndRecordSize = 56;
constexpr size_t kEndRecordSize = 22;
constexpr size_t kCentralHeaderSize = 46;
constexpr size_t kLocalHeaderSize = 30;
constexpr uint16_t kZip64ExtraId = 0x0001;
constexpr uint16_t kStored = 0;

// Little-endian reads that never leave [0, size): a damaged offset becomes an error.
class Reader {
public:
    Reader(const char *data, size_t size, const std::string &path) : m_data(data), m_size(size), m_path(path) {}

    // That [offset, offset + bytes) lies inside the file.
    void require(size_t offset, size_t bytes, const std::string &what) const
    {
        if (offset > m_size || bytes > m_size - offset)
            damaged(what + " lies beyond the end of the file (truncated?)");
    }
    // A little-endian integer of at most 8 bytes.
    uint64_t read(size_t offset, size_t bytes, const char *what) const
    {
        require(offset, bytes, what);
        uint64_t value = 0;
        for (size_t i = 0; i < bytes; ++i)
            value |= static_cast<uint64_t>(static_cast<unsigned char>(m_data[offset + i])) << (8 * i);
        return value;
    }
    uint16_t u16(size_t offset, const char *what) const { return static_cast<uint16_t>(read(offset, 2, what)); }
    uint32_t u32(size_t offset, const char *what) const { return static_cast<uint32_t>(read(offset, 4, what)); }
    uint64_t u64(size_t offset, const char *what) const { return read(offset, 8, what); }
    std::string text(size_t offset, size_t length) const
    {
        require(offset, length, "a record name");
        return std::string(m_data + offset, length);
    }
    const char *at(size_t offset) const { return m_data + offset; }
    size_t size() const { return m_size; }

    [[noreturn]] void damaged(const std::string &why) const
    {
        throw IoError(m_path + ": damaged or truncated file (" + why
                      + "); it is not the archive its writer produced — restore or re-create it");
    }

private:
    const char *m_data;
    size_t m_size;
    const std::string &m_path;
};

struct Directory {
    uint64_t entries = 0;
    uint64_t offset = 0;
    uint64_t size = 0;
};

Directory findCentralDirectory(const Reader &r)
{
    if (r.size() < kEndRecordSize)
        r.damaged("shorter than a zip end record");
    // The end record sits at the very end, followed by a comment of at most 65 535 bytes.
    const size_t last = r.size() - kEndRecordSize;
    const size_t first = last > 0xFFFF ? last - 0xFFFF : 0;
    for (size_t at = last + 1; at-- > first;) {
        if (r.u32(at, "the end record") != kEndSignature)
            continue;
        Directory d{r.u16(at + 10, "the entry count"), r.u32(at + 16, "the directory offset"),
                    r.u32(at + 12, "the directory size")};
        // One disk, every entry on it (LibTorch's writer never splits an archive).
        if (r.u16(at + 4, "the disk number") != 0 || r.u16(at + 6, "the directory's disk") != 0
            || r.u16(at + 8, "the entry count on this disk") != d.entries)
            r.damaged("its end record describes a split archive");
        size_t directoryEnd = at; // the directory lies before the end record(s)
        const bool zip64 = d.entries == 0xFFFF || d.offset == 0xFFFFFFFF;
        // LibTorch's zip reader (miniz) follows a zip64 locator wherever one precedes the end
        // record, markers or not, and reads the zip64 end record it names without a bounds
        // check: both are checked here first, whenever present.
        const bool locator = at >= 20 && r.u32(at - 20, "the zip64 locator") == kZip64LocatorSignature;
        if (zip64 && !locator)
            r.damaged("its zip64 end-record locator is missing");
        if (locator) {
            const uint64_t end64 = r.u64(at - 20 + 8, "the zip64 end-record offset");
            if (end64 > r.size() || r.size() - end64 < kZip64EndRecordSize
                || r.u32(end64, "the zip64 end record") != kZip64EndSignature)
                r.damaged("its zip64 end record is missing");
            // As LibTorch's reader does: with a zip64 record, its numbers are the ones used.
            d.entries = r.u64(end64 + 32, "the zip64 entry count");
            d.size = r.u64(end64 + 40, "the zip64 directory size");
            d.offset = r.u64(end64 + 48, "the zip64 directory offset");
            directoryEnd = static_cast<size_t>(end64);
        }
        // LibTorch's reader reads the whole directory as the end record sizes it, unchecked.
        if (d.entries == 0 || d.offset > directoryEnd || d.size > directoryEnd - d.offset)
            r.damaged("its central directory (" + std::to_string(d.entries) + " entries, " + std::to_string(d.size)
                      + " bytes at " + std::to_string(d.offset) + ") does not lie inside the file");
        return d;
    }
    r.damaged("no zip end record");
}

} // namespace

void verifyArchiveChecksums(const char *data, size_t size, const std::string &path)
{
    if (size < 4 || std::memcmp(data, "PK\x03\x04", 4) != 0)
        return; // not a zip archive: the caller's reader says what it expected
    const Reader r(data, size, path);
    const Directory directory = findCentralDirectory(r);
    size_t at = directory.offset;
    for (uint64_t entry = 0; entry < directory.entries; ++entry) {
        if (r.u32(at, "a directory entry") != kCentralHeaderSignature)
            r.damaged("directory entry " + std::to_string(entry) + " has no entry signature");
        const uint16_t method = r.u16(at + 10, "a compression method");
        const uint32_t crc = r.u32(at + 16, "a checksum");
        uint64_t storedSize = r.u32(at + 20, "a record size");
        const uint16_t nameLength = r.u16(at + 28, "a name length");
        const uint16_t extraLength = r.u16(at + 30, "an extra-field length");
        const uint16_t commentLength = r.u16(at + 32, "a comment length");
        uint64_t localOffset = r.u32(at + 42, "a record offset");
        const std::string name = r.text(at + kCentralHeaderSize, nameLength);
        // Sizes and offsets that do not fit 32 bits are in the zip64 extra field, in this order.
        const uint32_t uncompressed = r.u32(at + 24, "a record size");
        for (size_t extra = at + kCentralHeaderSize + nameLength, end = extra + extraLength; extra + 4 <= end;) {
            const uint16_t id = r.u16(extra, "an extra field");
            const uint16_t length = r.u16(extra + 2, "an extra field");
            if (id == kZip64ExtraId) {
                size_t field = extra + 4;
                if (uncompressed == 0xFFFFFFFF)
                    field += 8;
                if (storedSize == 0xFFFFFFFF) {
                    storedSize = r.u64(field, "a zip64 record size");
                    field += 8;
                }
                if (localOffset == 0xFFFFFFFF)
                    localOffset = r.u64(field, "a zip64 record offset");
            }
            extra += 4 + length;
        }
        if (r.u32(localOffset, "a record header") != kLocalHeaderSignature)
            r.damaged("record '" + name + "' has no header where the directory points");
        const size_t dataOffset = localOffset + kLocalHeaderSize + r.u16(localOffset + 26, "a record header")
                                  + r.u16(localOffset + 28, "a record header");
        r.require(dataOffset, static_cast<size_t>(storedSize), "record '" + name + "'");
        // Compressed records (never written by torch.save) are left to the reader.
        if (method == kStored) {
            uLong actual = crc32(0L, Z_NULL, 0);
            for (uint64_t done = 0; done < storedSize;) {
                const uInt chunk = static_cast<uInt>(std::min<uint64_t>(storedSize - done, 1u << 30));
                actual = crc32(actual, reinterpret_cast<const Bytef *>(r.at(dataOffset + done)), chunk);
                done += chunk;
            }
            if (actual != crc)
                r.damaged("record '" + name + "' no longer matches the CRC-32 written with it");
        }
        at += kCentralHeaderSize + nameLength + extraLength + commentLength;
    }
}

} // namespace itgan
