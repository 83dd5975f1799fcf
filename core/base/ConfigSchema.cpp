#include "core/base/ConfigSchema.h"

namespace itgan {

const char *fieldKindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Integer: return "integer";
    case FieldKind::Real: return "real";
    case FieldKind::Text: return "text";
    case FieldKind::Choice: return "choice";
    case FieldKind::TextList: return "text-list";
    case FieldKind::IntegerMap: return "integer-map";
    }
    return "";
}

} // namespace itgan
