#pragma once
// What delivery needs to send one file, and what came of it.

#include "common/Error.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace pacsdrop {

struct StoreItem {
    qint64 entryId = 0; // outbox entry
    QString path;
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
    bool hasMetaHeader = true;
    qint64 size = 0;
};

struct StoreOutcome {
    enum class State {
        Delivered,   // success or warning status from the peer
        Failed,      // failure status, or this file could not be sent
        NotAttempted // cancelled, or its association broke before it was sent: still pending
    };
    State state = State::NotAttempted;
    std::optional<std::uint16_t> dimseStatus;
    QString message;               // for people
    QString detail;                // for the log: technical, never patient data
    QString networkTransferSyntax; // what went over the wire, when sent
    ErrorCode errorCode = ErrorCode::Internal;
    QDateTime retryAt;             // a failure the outbox tries again: when (pending until then)
};

} // namespace pacsdrop
