#pragma once
// One file for one destination in the outbox, with where it stands.

#include "common/Error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pacsdrop {

struct OutboxEntry {
    enum class State { Pending, Done, Failed };
    // After delivery: did the PACS confirm that it keeps the instance?
    enum class Confirmation {
        None,                // not asked (the device asks for neither commitment nor verification)
        CommitmentRequested, // Storage Commitment asked, the report not yet in
        Committed,           // the PACS reported it committed (N-EVENT-REPORT)
        NotCommitted,        // the PACS reported a failure for it, or the report did not come
        Verified,            // found on the PACS by a query after sending (C-FIND or QIDO-RS)
        Missing              // not found by that query: the PACS answered success but does not have it
    };

    qint64 id = 0;
    QString batch;       // one id per send command / drop
    QString path;
    QString destination; // device name, or AET@host:port for one-off targets
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
    QString studyInstanceUid;  // for checking by query after sending
    QString seriesInstanceUid;
    bool hasMetaHeader = true;
    qint64 size = 0;
    State state = State::Pending;
    std::optional<int> dimseStatus; // last status from the peer, if any
    QString result;                 // last result, for people
    int attempts = 0;
    QDateTime created;
    QDateTime updated;
    Confirmation confirmation = Confirmation::None;
    QString confirmationResult; // why not committed / missing, for people
    std::optional<ErrorCode> failure; // what kind of failure the last attempt had (failed or waiting to retry)
    // What the history shows: the file the user gave (a converted object's source) and whose it is.
    // Patient data: shown to the user who sent it, never logged.
    QString source;
    QString patientName; // DICOM PN form
    QString patientId;
    QString studyDate;   // DICOM DA form
    QString studyDescription;
    // A shared outbox: the process (node#random) that holds or last held the entry, and until when
    // its claim lasts unless renewed (invalid: not held).
    QString claimedBy;
    QDateTime leaseUntil;

    QString node() const { return claimedBy.section(u'#', 0, 0); }

    // The file people know this entry by: the source of a converted object, else the file itself.
    QString shownPath() const { return source.isEmpty() ? path : source; }
};

QString stateName(OutboxEntry::State state);
QString confirmationName(OutboxEntry::Confirmation confirmation); // "" for None

} // namespace pacsdrop
