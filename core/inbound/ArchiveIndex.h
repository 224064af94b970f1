#pragma once
// What the stores hold, for the service console's archive (docs/console.md, "Archive"): the Local
// archive and every inbound listener's folder, each file's header read once (readDicomFileInfo,
// without bulk data) and remembered by path, size and time, so browsing a store again reads only
// what arrived since. Thread-safe.

#include "dicom/DicomFileInfo.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pacsdrop {

struct ArchiveStore {
    QString id;     // "local" or "listener:<name>": how the console names it in its requests
    QString name;   // "Local archive", the listener's name
    QString folder; // absolute
    InboundListener rule; // its retention rule and forwardTo (the Local archive's: from the settings)
};

// The Local archive, then each listener's store.
QList<ArchiveStore> archiveStores(const Settings &settings);
std::optional<ArchiveStore> archiveStore(const Settings &settings, const QString &id);

struct ArchiveInstance {
    QString path;
    qint64 size = 0;
    QDateTime modified;
    DicomFileInfo header;
};

struct ArchiveContents {
    QList<ArchiveInstance> instances;
    int unreadable = 0; // files in the folder that are not DICOM files PacsDrop can read
};

// The DICOM files directly in folder (not those still arriving), their headers from the cache.
ArchiveContents archiveContents(const QString &folder);

} // namespace pacsdrop
