#pragma once
// The text a person sees for any failure: the engine's own message, or for LibTorch's
// errors their message without the C++ backtrace (dozens of frames nobody can act on).
// The CLI prints it; the studio shows it in its dialogs and status bar.
#include <exception>
#include <string>

namespace itgan {

std::string userMessage(const std::exception &error);

} // namespace itgan
