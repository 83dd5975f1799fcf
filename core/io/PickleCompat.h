#pragma once
// Python writes a dict of one item with the pickle opcode SETITEM and a list of one
// element with APPEND; LibTorch 1.13's unpickler knows only their many-item forms
// (SETITEMS, APPENDS) and stops with "Unknown opcode for unpickling at 0x73". So
// `torch.save({'z': z}, f)` — the documented way to hand latents to `itgan sample` —
// could not be read. This rewrites such a pickle into the equivalent many-item form.
#include "core/base/TorchInclude.h"

#include <string>
#include <vector>

namespace itgan {

// `pickle` with every SETITEM turned into MARK key value SETITEMS and every APPEND into
// MARK value APPENDS (same objects, same memo). Returned unchanged when it has neither,
// or holds an opcode this rewriter does not know (the unpickler then reports it).
std::string rewriteSingleItemOpcodes(const std::string &pickle);

// torch.load of the bytes of a torch.save zip archive whose data.pkl needs the rewrite
// above; c10::Error as torch::pickle_load would throw.
c10::IValue unpickleWithSingleItemOpcodes(const std::vector<char> &archive);

} // namespace itgan
