#include "core/io/StoredPrecision.h"

namespace itgan {

template <>
const std::vector<EnumName<StoredPrecision>> &enumNames<StoredPrecision>()
{
    static const std::vector<EnumName<StoredPrecision>> names{{StoredPrecision::Float32, "float32"},
                                                              {StoredPrecision::Float16, "float16"}};
    return names;
}

int64_t bytesPerStoredValue(StoredPrecision precision)
{
    return precision == StoredPrecision::Float16 ? 2 : 4;
}

torch::Tensor toStoredPrecision(const torch::Tensor &t, StoredPrecision precision)
{
    if (precision == StoredPrecision::Float32 || !t.is_floating_point())
        return t;
    return t.to(torch::kHalf);
}

torch::Tensor roundedThrough(const torch::Tensor &t, StoredPrecision precision)
{
    if (precision == StoredPrecision::Float32 || !t.is_floating_point())
        return t;
    return t.to(torch::kHalf).to(t.scalar_type());
}

} // namespace itgan
