#pragma once
// How one send from the window ended, counted and said for people: a headline ("None of the 3
// files reached 'Orthanc'."), what happened in plain words ("The PACS 'Orthanc' cannot be
// reached. Your files are safe and will be sent when it is back.") and the technical summary.

#include "common/Error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pacsdrop {

struct SendReport {
    QString device;
    int total = 0;      // files the user asked to send in this run
    int delivered = 0;
    int waiting = 0;    // kept in the outbox; PacsDrop tries again by itself
    int failed = 0;     // someone has to act (includes files that cannot be sent at all)
    std::optional<ErrorCode> reason; // what the files that did not go failed with (the most common)
    QDateTime nextTry;  // for waiting files
    QString technical;  // "delivered 0 of 3 files, 3 failed" and the outbox's problems, for IT
    bool stopped = false;

    bool ok() const { return total > 0 && failed == 0 && waiting == 0 && delivered == total; }
    QString headline() const;
    QString explanation() const; // empty when all went
    QString text() const;        // headline and explanation
};

} // namespace pacsdrop
