#pragma once
// PacsDrop's log: Qt logging categories written to a file (and to stderr when asked). At the
// default level nothing here names a patient: messages carry file names, UIDs, AE titles and
// statuses only. Patient names and IDs may appear only under the pacsdrop.phi category, which is
// off unless debug logging is switched on.

#include <QLoggingCategory>
#include <QString>

namespace pacsdrop {

Q_DECLARE_LOGGING_CATEGORY(lcIntake)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcDcmtk)
Q_DECLARE_LOGGING_CATEGORY(lcFfmpeg) // FFmpeg's own messages: debug only (the failure is said in PacsDrop's words)
Q_DECLARE_LOGGING_CATEGORY(lcPhi) // patient data: debug only

struct LogOptions {
    QString file;          // empty: no log file
    bool toStderr = false; // also write to stderr
    bool debug = false;    // debug level for every category, patient data included
};

// Installs the message handler. Call once, early, from the thread that owns the application.
void installLogging(const LogOptions &options);

} // namespace pacsdrop
