#include "core/base/ErrorMessage.h"

#include "core/base/TorchInclude.h"

namespace itgan {

std::string userMessage(const std::exception &error)
{
    if (const auto *torchError = dynamic_cast<const c10::Error *>(&error))
        return torchError->what_without_backtrace();
    return error.what();
}

} // namespace itgan
