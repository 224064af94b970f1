#pragma once
// The console's archive (docs/console.md, "Archive"): what the Local archive and each listener's
// store hold, as patients → studies → series with counts and sizes; a series' thumbnail rendered by
// DCMTK; a study's files for a ZIP download; forwarding a study to a device through the outbox;
// deleting a study — refused while any of its files is still to be forwarded, so a delete never
// takes data the outbox has yet to send. Patient names and IDs only for roles that may see them
// (roleSeesPatients). Plain functions of the settings and the outbox, tested without a server.

#include "common/ZipStream.h"
#include "inbound/ArchiveIndex.h"
#include "outbox/Outbox.h"
#include "settings/ConsoleSettings.h"

#include <QJsonObject>

namespace pacsdrop {

// Every store with its patients and studies (a study: date, description, modalities, counts, size).
QJsonObject consoleArchive(const Settings &settings, ConsoleRole role);
// One study's series: modality, description, instances, size.
Result<QJsonObject> consoleStudySeries(const ArchiveStore &store, const QString &studyUid);

// The instances of one study (or of one series, when seriesUid is given), in the store.
QList<ArchiveInstance> studyInstances(const ArchiveStore &store, const QString &studyUid, const QString &seriesUid = {});

// The series' middle instance as a PNG thumbnail (box × box at most), rendered by DCMTK.
Result<QByteArray> seriesThumbnail(const ArchiveStore &store, const QString &studyUid, const QString &seriesUid, int box = 128);

// A UID from a file, if it has a UID's form (digits and dots, at most 64), else otherwise.
QString safeUid(const QString &uid, const QString &otherwise);
// The study's files as ZIP members "<series UID>/<SOP instance UID>.dcm" (UIDs that are not UIDs
// replaced, a name taken twice numbered).
QList<ZipStream::Member> studyZipMembers(const QList<ArchiveInstance> &instances);

// Queues the study's instances for device; how many.
Result<int> forwardStudy(Outbox &outbox, const ArchiveStore &store, const QString &studyUid, const QString &device);

struct StudyDeletion {
    int deleted = 0;
    qint64 bytes = 0;
};
// Deletes the study's files, unless one of them is still pending or failed in the outbox, or
// arrived in the last 10 seconds (a listener records a file for its destinations just after storing it).
Result<StudyDeletion> deleteStudy(const Outbox &outbox, const ArchiveStore &store, const QString &studyUid);

} // namespace pacsdrop
