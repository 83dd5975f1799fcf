#include "core/base/Cancellation.h"

#include "core/base/Errors.h"

namespace itgan {

void CancellationToken::throwIfCancelled() const
{
    if (isCancelled())
        throw CancelledError();
}

} // namespace itgan
