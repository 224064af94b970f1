#pragma once
// An inbound DICOM listener (a C-STORE SCP, as DICOM routers have): its AE title and port, which
// callers it accepts, how many associations at once, and its routing rule — received instances go
// into the outbox for the forwardTo devices, optionally only certain modalities or SOP classes
// (e.g. "only CT, MR, RTSTRUCT, RTPLAN, RTDOSE" for a cloud RT archive).

#include "common/Error.h"
#include "settings/TlsSettings.h"

#include <QJsonObject>
#include <QStringList>

namespace pacsdrop {

struct InboundListener {
    QString name;
    QString aeTitle = QStringLiteral("PACSDROP");
    int port = 11112;
    bool checkCalledAe = true;        // false: promiscuous (any called AE title)
    QStringList allowedCallingAes;    // empty: any caller
    int maxAssociations = 4;
    QStringList forwardTo;            // device names; empty: stored only
    QStringList onlyModalities;       // empty: all
    QStringList onlySopClasses;       // UIDs; empty: all
    QString folder;                   // where received files are kept; empty: <data>/inbound/<name>
    bool loopbackOnly = false;        // accept connections from this computer only (the Local archive)
    TlsSettings tls;                  // DICOM TLS: the listener's certificate, and CAs its callers' certificates must come from
    // Retention of the received files (inbound/Retention.h): 0 keeps them forever. Only files
    // delivered to every forwardTo destination are ever deleted, oldest first.
    int keepDays = 0;                 // delete files older than this many days
    double keepGigabytes = 0;         // delete the oldest until the folder holds at most this much

    // Where received files are kept: folder, or <data>/inbound/<name>; clean and absolute, so the
    // paths the listener records in the outbox are the ones retention lists.
    QString storeFolder() const;
    // Whether an instance with this modality and SOP class is forwarded.
    bool forwards(const QString &modality, const QString &sopClassUid) const;

    QString validate(const QString &prefix) const;
    QJsonObject toJson() const;
    static Result<InboundListener> fromJson(const QJsonObject &json, const QString &prefix);

    friend bool operator==(const InboundListener &, const InboundListener &) = default;
};

} // namespace pacsdrop
