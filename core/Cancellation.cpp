#include "core/Cancellation.h"

#include "core/Errors.h"

namespace itgan {

void CancellationToken::throwIfCancelled() const
{
    if (isCancelled())
        throw CancelledError();
}

} // namespace itgan
