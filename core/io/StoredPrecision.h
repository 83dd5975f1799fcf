#pragma once
// The float width a file stores weights or latents at. float16 halves their bytes (the
// storage-saving variants of paper Tab. 2's storage argument); the values are rounded to the
// nearest half once and computed in float32 after loading.
#include "core/base/ConfigSchema.h"
#include "core/base/TorchInclude.h"

namespace itgan {

enum class StoredPrecision { Float32, Float16 };
template <> const std::vector<EnumName<StoredPrecision>> &enumNames<StoredPrecision>();

int64_t bytesPerStoredValue(StoredPrecision precision);

// `t` as a file at `precision` holds it: float16 rounds float tensors to the nearest half
// (and keeps that dtype); other dtypes, and float32, are returned unchanged.
torch::Tensor toStoredPrecision(const torch::Tensor &t, StoredPrecision precision);

// What computing with a stored tensor sees: `t` rounded through `precision`, as float32.
torch::Tensor roundedThrough(const torch::Tensor &t, StoredPrecision precision);

} // namespace itgan
