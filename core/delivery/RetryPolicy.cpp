#include "delivery/RetryPolicy.h"

#include <algorithm>

namespace pacsdrop {

bool isTransient(const StoreOutcome &o)
{
    switch (o.errorCode) {
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::Timeout:
    case ErrorCode::AssociationAborted:
        return true;
    case ErrorCode::AssociationRejected: // "busy" is a transient rejection; an unknown AE title is not
        return o.message.contains(QLatin1String("busy"));
    case ErrorCode::PeerFailure:
        // 0xA7xx "out of resources" may pass; 0xA9xx (data set does not match SOP class) and 0xCxxx
        // (cannot understand) will not change by sending the same file again.
        return o.dimseStatus && (*o.dimseStatus & 0xFF00) == 0xA700;
    default:
        return false;
    }
}

std::optional<QDateTime> nextAttempt(const Device &device, const StoreOutcome &outcome, int attempts, const QDateTime &now)
{
    if (!isTransient(outcome) || attempts >= device.maxAttempts)
        return std::nullopt;
    qint64 wait = device.retryBackoffSeconds;
    for (int i = 1; i < attempts && wait < device.retryBackoffMaxSeconds; ++i)
        wait *= 2;
    return now.addSecs(std::min<qint64>(wait, device.retryBackoffMaxSeconds));
}

Device keepTrying(Device device)
{
    constexpr int kAttempts = 150, kLongestWaitSeconds = 600;
    device.maxAttempts = std::max(device.maxAttempts, kAttempts);
    device.retryBackoffMaxSeconds = std::max(device.retryBackoffSeconds, std::min(device.retryBackoffMaxSeconds, kLongestWaitSeconds));
    return device;
}

} // namespace pacsdrop
