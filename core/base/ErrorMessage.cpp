#include "core/base/ErrorMessage.h"

#include "core/base/TorchInclude.h"

namespace itgan {

std::string userMessage(const std::exception &error)
{
    if (const auto *torchError = dynamic_cast<const c10::Error *>(&error))
        return torchError->what_without_backtrace();
    // A LibTorch text that a wrapper copied with its backtrace ("Exception raised from …
    // frame #0 …"): the first line says what happened, the rest is for debuggers.
    std::string text = error.what();
    const auto backtrace = text.find("Exception raised from ");
    if (backtrace != std::string::npos && backtrace > 0) {
        text.erase(backtrace);
        while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
            text.pop_back();
    }
    return text;
}

} // namespace itgan
