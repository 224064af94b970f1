#pragma once
// A DICOM storage destination (a PACS) as the user configured it. A value type: validate() says
// what is wrong, naming the field; toJson()/fromJson() are the settings.json form.

#include "common/Error.h"
#include "settings/DicomWebSettings.h"
#include "settings/TlsSettings.h"

#include <QJsonObject>
#include <QString>

namespace pacsdrop {

struct Device {
    QString name;
    QString aeTitle;
    QString host;
    int port = 104;
    QString description;
    QString callingAeTitle;   // empty: use the local AE title from settings
    int maxPdu = 131072;      // our maximum receive PDU, bytes
    int connectTimeout = 10;  // seconds: TCP connect
    int acseTimeout = 30;     // seconds: association request/release
    int dimseTimeout = 60;    // seconds: waiting for any DIMSE message
    bool decompressIfRefused = true; // decompress when the peer refuses the stored transfer syntax
    bool isDefault = false;
    int parallelAssociations = 4;    // 1 for a PACS that limits associations per AE
    QString characterSet;            // Specific Character Set converted files are written in; empty: the conversion setting
    // Unattended delivery (the service, watched folders): how often a transient failure is tried
    // again, with exponential back-off; 1 means no retry (a failure is final at once).
    int maxAttempts = 1;
    int retryBackoffSeconds = 30;      // before the 2nd attempt; doubled each time
    int retryBackoffMaxSeconds = 3600;
    int minIntervalMs = 0;             // pause between two files on one association
    int maxKilobytesPerSecond = 0;     // per association; 0: no limit
    bool builtInArchive = false;       // the built-in "Local archive" (served inside PacsDrop)
    TlsSettings tls;                   // DICOM TLS (off: plain TCP)
    DicomWebSettings web;              // set: a DICOMweb (STOW-RS) destination instead of DICOM (AE title, host, port unused)
    bool storageCommitment = false;    // after each batch, ask the PACS to commit (N-ACTION); the report comes to a listener
    int commitmentTimeoutSeconds = 600; // no report by then: not committed
    bool resendIfNotCommitted = false; // not committed: send again (same UID) instead of only saying so
    bool verifyAfterSend = false;      // after each batch, check by C-FIND (IMAGE level) that the PACS has every instance

    // Empty when valid; otherwise "field: problem". prefix names the device in the file, e.g. "devices[2]".
    QString validate(const QString &prefix = {}) const;
    // Every problem, each "field: problem" (a form shows each at its field).
    QStringList problems(const QString &prefix = {}) const;

    QJsonObject toJson() const;
    static Result<Device> fromJson(const QJsonObject &json, const QString &prefix);

    // "AE@host:port" (or the DICOMweb URL), the form used in messages and for one-off targets.
    QString address() const;
    bool isDicomWeb() const { return web.isSet(); }

    friend bool operator==(const Device &, const Device &) = default;
};

// Checks a DICOM AE title (PS3.5 AE VR: 1-16 characters of the default repertoire, no backslash,
// not only spaces). Returns the problem, or an empty string when valid.
QString aeTitleProblem(const QString &aeTitle);

} // namespace pacsdrop
