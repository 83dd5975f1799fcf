// Fuzz target: an image-folder dataset whose two classes hold the input as an image file
// (PNG name, decoded by content) through readImageFolder.
#include "FuzzSupport.h"

#include "core/data/ImageFolderReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string root = itgan::fuzz::scratchFolder() + "/images";
    for (const char *file : {"/train/a/0.png", "/train/b/0.png", "/test/a/0.png", "/test/b/0.png"})
        itgan::fuzz::writeBytes(root + file, data, size);
    itgan::fuzz::expectOnlyProjectErrors("fuzz_image_folder", [&] { itgan::readImageFolder(root); });
    return 0;
}
