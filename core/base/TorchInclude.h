#pragma once
// The one place that includes LibTorch. Qt defines `slots` as a macro, which breaks
// LibTorch's IValue::slots() when a Qt header came first, so it is hidden here.
#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")
