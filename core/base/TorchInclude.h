#pragma once
// The one place that includes LibTorch. Qt defines `slots` as a macro, which breaks
// LibTorch's IValue::slots() when a Qt header came first, so it is hidden here.
// Qt's moc (AUTOMOC of the test programs) skips LibTorch: it only needs our class
// declarations, and following LibTorch's thousands of headers took it ~3 s per file.
#ifndef Q_MOC_RUN
#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")
#endif
