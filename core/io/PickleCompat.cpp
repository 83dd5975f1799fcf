#include "core/io/PickleCompat.h"

#include <caffe2/serialize/in_memory_adapter.h>
#include <caffe2/serialize/inline_container.h>
#include <torch/csrc/jit/serialization/unpickler.h>

#include <algorithm>
#include <cstring>

namespace itgan {

namespace {

// Where each value on the simulated pickle stack began in the byte stream (or a MARK).
struct StackEntry {
    size_t start;
    bool mark;
};

// Bytes of an opcode's argument after the opcode byte at `at`: fixed sizes, length
// prefixes (little-endian) and newline-terminated text. npos for an unknown opcode.
size_t argumentLength(const std::string &p, size_t at)
{
    const auto lengthPrefixed = [&](size_t prefix) -> size_t {
        if (at + 1 + prefix > p.size())
            return std::string::npos;
        uint64_t n = 0;
        for (size_t i = 0; i < prefix; ++i)
            n |= static_cast<uint64_t>(static_cast<unsigned char>(p[at + 1 + i])) << (8 * i);
        return prefix + static_cast<size_t>(n);
    };
    const auto line = [&](int lines) -> size_t {
        size_t end = at + 1;
        for (int i = 0; i < lines; ++i) {
            end = p.find('\n', end);
            if (end == std::string::npos)
                return std::string::npos;
            ++end;
        }
        return end - at - 1;
    };
    switch (static_cast<unsigned char>(p[at])) {
    case '(': case '}': case ']': case ')': case 'N': case 0x88: case 0x89: case 0x85: case 0x86: case 0x87:
    case 't': case 'l': case 'd': case 'R': case 'b': case 'Q': case 0x81: case 0x93: case 's': case 'u':
    case 'a': case 'e': case '0': case '1': case '2': case '.': case 0x94:
        return 0;
    case 'K': case 'h': case 'q': case 0x80: return 1;
    case 'M': return 2;
    case 'J': case 'j': case 'r': return 4;
    case 'G': case 0x95: return 8;
    case 0x8a: case 0x8c: case 'U': case 'C': return lengthPrefixed(1);
    case 0x8b: case 'X': case 'T': case 'B': return lengthPrefixed(4);
    case 0x8d: case 0x8e: return lengthPrefixed(8);
    case 'c': return line(2);
    case 'I': case 'L': case 'F': case 'S': case 'V': case 'g': case 'p': return line(1);
    default: return std::string::npos;
    }
}

} // namespace

std::string rewriteSingleItemOpcodes(const std::string &pickle)
{
    std::vector<StackEntry> stack;
    std::vector<size_t> marksAt;              // where a MARK goes in
    std::vector<std::pair<size_t, char>> becomes; // opcode position -> many-item opcode
    const auto popToMark = [&]() -> size_t {
        while (!stack.empty() && !stack.back().mark)
            stack.pop_back();
        if (stack.empty())
            return std::string::npos;
        const size_t start = stack.back().start;
        stack.pop_back();
        return start;
    };
    const auto pop = [&](size_t n) -> size_t { // start of the deepest of the n popped
        if (stack.size() < n)
            return std::string::npos;
        const size_t start = stack[stack.size() - n].start;
        stack.resize(stack.size() - n);
        return start;
    };
    for (size_t at = 0; at < pickle.size();) {
        const unsigned char op = static_cast<unsigned char>(pickle[at]);
        const size_t argument = argumentLength(pickle, at);
        if (argument == std::string::npos || at + 1 + argument > pickle.size())
            return pickle;
        size_t start = 0;
        switch (op) {
        case '(': stack.push_back({at, true}); break;
        case 'q': case 'r': case 'p': case 0x80: case 0x95: case 0x94: break; // stack shape unchanged
        case 0x85: case 'Q': start = pop(1); stack.push_back({start, false}); break;
        case 'b': start = pop(1); break; // the state goes into the object below it
        case 0x86: case 'R': case 0x81: case 0x93: start = pop(2); stack.push_back({start, false}); break;
        case 0x87: start = pop(3); stack.push_back({start, false}); break;
        case 't': case 'l': case 'd': start = popToMark(); stack.push_back({start, false}); break;
        case 'u': case 'e': case '1': start = popToMark(); break;
        case '0': start = pop(1); break;
        case 's': // dict key value SETITEM -> dict MARK key value SETITEMS
            start = pop(2);
            marksAt.push_back(start);
            becomes.emplace_back(at, 'u');
            break;
        case 'a': // list value APPEND -> list MARK value APPENDS
            start = pop(1);
            marksAt.push_back(start);
            becomes.emplace_back(at, 'e');
            break;
        case '.':
            at = pickle.size();
            continue;
        default: stack.push_back({at, false}); break; // everything else pushes one value
        }
        if (start == std::string::npos)
            return pickle; // not a stack this rewriter understands
        at += 1 + argument;
    }
    if (becomes.empty())
        return pickle;
    std::sort(marksAt.begin(), marksAt.end());
    std::string out;
    out.reserve(pickle.size() + marksAt.size());
    size_t nextMark = 0, nextChange = 0;
    for (size_t at = 0; at < pickle.size(); ++at) {
        while (nextMark < marksAt.size() && marksAt[nextMark] == at) {
            out.push_back('(');
            ++nextMark;
        }
        if (nextChange < becomes.size() && becomes[nextChange].first == at) {
            out.push_back(becomes[nextChange].second);
            ++nextChange;
        } else {
            out.push_back(pickle[at]);
        }
    }
    return out;
}

c10::IValue unpickleWithSingleItemOpcodes(const std::vector<char> &archive)
{
    // What torch::pickle_load does (a torch.save archive: data.pkl, tensors under data/),
    // with the pickle rewritten before it reaches the unpickler.
    caffe2::serialize::PyTorchStreamReader reader(
        std::make_shared<caffe2::serialize::MemoryReadAdapter>(archive.data(), static_cast<off_t>(archive.size())));
    const auto [record, size] = reader.getRecord("data.pkl");
    const std::string pickle =
        rewriteSingleItemOpcodes(std::string(static_cast<const char *>(record.get()), size));
    size_t offset = 0;
    const auto read = [&](char *buffer, size_t wanted) {
        const size_t n = std::min(wanted, pickle.size() - offset);
        std::memcpy(buffer, pickle.data() + offset, n);
        offset += n;
        return n;
    };
    const auto readRecord = [&](const std::string &name) { return std::get<0>(reader.getRecord("data/" + name)); };
    torch::jit::Unpickler unpickler(read, nullptr, nullptr, readRecord, c10::nullopt);
    unpickler.set_version(reader.version());
    return unpickler.parse_ivalue();
}

} // namespace itgan
