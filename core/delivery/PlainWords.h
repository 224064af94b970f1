#pragma once
// What happened to a file, said for the clinician at the window ("The PACS 'Orthanc' cannot be
// reached. Your files are safe and will be sent when it is back."), from the error code the
// pipeline reports. The technical message (address, port, status code) stays for IT, one click
// away. Translatable; any thread.

#include "common/Error.h"
#include "outbox/OutboxEntry.h"

#include <QString>

namespace pacsdrop {

struct PlainWords {
    QString what; // what happened, one sentence
    QString next; // what happens now or what to do, one sentence (may be empty)
    QString text() const { return next.isEmpty() ? what : what + u' ' + next; }
};

// A file that did not reach the PACS. willSendLater: PacsDrop keeps trying by itself.
PlainWords plainFailure(ErrorCode code, const QString &device, bool willSendLater);

// A file the PACS accepted but then did not confirm keeping (Storage Commitment / verification).
PlainWords plainNotKept(OutboxEntry::Confirmation confirmation, const QString &device);

// Whether a failure with this code goes away by itself (the PACS back, a timeout passed), so
// trying again later makes sense without anybody changing anything.
bool passesByItself(ErrorCode code);

// Stable names for error codes, as the outbox stores them ("unreachable", "rejected", ...).
QString errorCodeName(ErrorCode code);
ErrorCode errorCodeFromName(const QString &name); // unknown: Internal

} // namespace pacsdrop
