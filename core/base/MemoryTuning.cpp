#include "core/base/MemoryTuning.h"

#include <malloc.h>

namespace itgan {

void keepFreedMemoryForReuse()
{
    // Serve large blocks from the heap, never by mmap, so they are reused after free...
    mallopt(M_MMAP_MAX, 0);
    // ...and do not give the top of the heap back to the kernel after every free. The
    // largest value mallopt takes (2 GiB): with 1 GiB, an inversion of 1 000 latents
    // (3.8 GB peak) gave ~0.8 GB back and faulted it in again every iteration.
    mallopt(M_TRIM_THRESHOLD, 2147483647);
    mallopt(M_TOP_PAD, 256 << 20);
    // One arena: per-thread arenas live in mmapped heaps that the settings above do not cover.
    mallopt(M_ARENA_MAX, 1);
}

} // namespace itgan
