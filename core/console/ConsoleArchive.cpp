#include "console/ConsoleArchive.h"

#include "console/ConsoleData.h" // roleSeesPatients
#include "logging/Log.h"
#include "media/ImageModule.h"
#include "text/PeopleText.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pacsdrop {

namespace {

struct Tally {
    int instances = 0;
    qint64 bytes = 0;
    QDateTime newest;
    void add(const ArchiveInstance &i)
    {
        ++instances;
        bytes += i.size;
        newest = std::max(newest, i.modified);
    }
};

// The study a file is listed under: its Study Instance UID, or (none given) a study of its own.
QString studyKeyOf(const ArchiveInstance &i)
{
    return i.header.studyInstanceUid.isEmpty() ? i.header.sopInstanceUid : i.header.studyInstanceUid;
}

QJsonObject studyJson(const QString &uid, const QList<const ArchiveInstance *> &instances)
{
    Tally tally;
    QSet<QString> series;
    QStringList modalities;
    for (const ArchiveInstance *i : instances) {
        tally.add(*i);
        series.insert(i->header.seriesInstanceUid);
        if (!i->header.modality.isEmpty() && !modalities.contains(i->header.modality))
            modalities << i->header.modality;
    }
    const DicomFileInfo &first = instances.first()->header;
    return {{QStringLiteral("uid"), uid},
            {QStringLiteral("date"), first.studyDate},
            {QStringLiteral("description"), first.studyDescription},
            {QStringLiteral("modalities"), QJsonArray::fromStringList(modalities)},
            {QStringLiteral("series"), static_cast<int>(series.size())},
            {QStringLiteral("instances"), tally.instances},
            {QStringLiteral("bytes"), static_cast<double>(tally.bytes)},
            {QStringLiteral("received"), tally.newest.toUTC().toString(Qt::ISODate)}};
}

} // namespace

QJsonObject consoleArchive(const Settings &settings, ConsoleRole role)
{
    QJsonArray stores;
    for (const ArchiveStore &store : archiveStores(settings)) {
        const ArchiveContents contents = archiveContents(store.folder);
        // Patients by ID and name; their studies by UID (files without one count as one study each).
        QMap<std::pair<QString, QString>, QMap<QString, QList<const ArchiveInstance *>>> patients;
        Tally total;
        for (const ArchiveInstance &i : contents.instances) {
            total.add(i);
            const QString study = studyKeyOf(i);
            patients[{i.header.patientId, i.header.patientName}][study].append(&i);
        }
        QJsonArray patientArray;
        int number = 0;
        for (auto p = patients.cbegin(); p != patients.cend(); ++p) {
            QJsonArray studies;
            for (auto s = p.value().cbegin(); s != p.value().cend(); ++s)
                studies.append(studyJson(s.key(), s.value()));
            QJsonObject patient{{QStringLiteral("number"), ++number}, {QStringLiteral("studies"), studies}};
            if (roleSeesPatients(role)) {
                patient.insert(QStringLiteral("name"), nameForPeople(p.key().second));
                patient.insert(QStringLiteral("id"), p.key().first);
            }
            patientArray.append(patient);
        }
        stores.append(QJsonObject{{QStringLiteral("id"), store.id},
                                  {QStringLiteral("name"), store.name},
                                  {QStringLiteral("folder"), store.folder},
                                  {QStringLiteral("instances"), total.instances},
                                  {QStringLiteral("bytes"), static_cast<double>(total.bytes)},
                                  {QStringLiteral("unreadable"), contents.unreadable},
                                  {QStringLiteral("forwardTo"), QJsonArray::fromStringList(store.rule.forwardTo)},
                                  {QStringLiteral("keepDays"), store.rule.keepDays},
                                  {QStringLiteral("keepGigabytes"), store.rule.keepGigabytes},
                                  {QStringLiteral("patients"), patientArray}});
    }
    QStringList devices; // where a study can be forwarded
    for (const Device &d : settings.devices())
        devices << d.name;
    return {{QStringLiteral("stores"), stores}, {QStringLiteral("devices"), QJsonArray::fromStringList(devices)},
            {QStringLiteral("seesPatients"), roleSeesPatients(role)}};
}

QList<ArchiveInstance> studyInstances(const ArchiveStore &store, const QString &studyUid, const QString &seriesUid)
{
    QList<ArchiveInstance> out;
    if (studyUid.isEmpty())
        return out;
    for (const ArchiveInstance &i : archiveContents(store.folder).instances) {
        const QString study = studyKeyOf(i);
        if (study == studyUid && (seriesUid.isEmpty() || i.header.seriesInstanceUid == seriesUid))
            out.append(i);
    }
    return out;
}

Result<QJsonObject> consoleStudySeries(const ArchiveStore &store, const QString &studyUid)
{
    const QList<ArchiveInstance> instances = studyInstances(store, studyUid);
    if (instances.isEmpty())
        return fail(ErrorCode::FileNotFound, QStringLiteral("this study is not (or no longer) in %1").arg(store.name));
    QMap<QString, QList<const ArchiveInstance *>> bySeries;
    for (const ArchiveInstance &i : instances)
        bySeries[i.header.seriesInstanceUid].append(&i);
    QJsonArray series;
    for (auto s = bySeries.cbegin(); s != bySeries.cend(); ++s) {
        Tally tally;
        for (const ArchiveInstance *i : s.value())
            tally.add(*i);
        const DicomFileInfo &first = s.value().first()->header;
        series.append(QJsonObject{{QStringLiteral("uid"), s.key()},
                                  {QStringLiteral("modality"), first.modality},
                                  {QStringLiteral("description"), first.seriesDescription},
                                  {QStringLiteral("kind"), uidName(first.sopClassUid)},
                                  {QStringLiteral("instances"), tally.instances},
                                  {QStringLiteral("bytes"), static_cast<double>(tally.bytes)}});
    }
    return QJsonObject{{QStringLiteral("store"), store.id}, {QStringLiteral("study"), studyUid}, {QStringLiteral("series"), series}};
}

Result<QByteArray> seriesThumbnail(const ArchiveStore &store, const QString &studyUid, const QString &seriesUid, int box)
{
    QList<ArchiveInstance> instances = studyInstances(store, studyUid, seriesUid);
    if (instances.isEmpty() || seriesUid.isEmpty())
        return fail(ErrorCode::FileNotFound, QStringLiteral("this series is not (or no longer) in %1").arg(store.name));
    std::sort(instances.begin(), instances.end(), [](const ArchiveInstance &a, const ArchiveInstance &b) { return a.path < b.path; });
    auto image = imageFunctions(); // Qt Gui is loaded for pictures only, not for serve's start
    if (!image)
        return std::unexpected(image.error());
    return (*image)->dicomThumbnailPng(instances[instances.size() / 2].path, box);
}

QString safeUid(const QString &uid, const QString &otherwise)
{
    // The UIDs come from received files: only what a UID may hold goes into a name (no "/", "\\",
    // "..": a crafted header cannot place a file outside the folder it is unpacked into).
    static const QRegularExpression uidGrammar(QStringLiteral("^[0-9]+(\\.[0-9]+)*$"));
    return uid.size() <= 64 && uidGrammar.match(uid).hasMatch() ? uid : otherwise;
}

QList<ZipStream::Member> studyZipMembers(const QList<ArchiveInstance> &instances)
{
    QList<ZipStream::Member> members;
    QSet<QString> names;
    for (const ArchiveInstance &i : instances) {
        const QString base = safeUid(i.header.seriesInstanceUid, QStringLiteral("series")) + u'/'
                             + safeUid(i.header.sopInstanceUid, QStringLiteral("instance-%1").arg(members.size() + 1));
        QString name = base + QStringLiteral(".dcm");
        for (int n = 2; names.contains(name); ++n) // the same instance kept twice
            name = base + QStringLiteral("-%1.dcm").arg(n);
        names.insert(name);
        members.append({name, i.path, i.size, i.modified});
    }
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return members;
}

Result<int> forwardStudy(Outbox &outbox, const ArchiveStore &store, const QString &studyUid, const QString &device)
{
    const QList<ArchiveInstance> instances = studyInstances(store, studyUid);
    if (instances.isEmpty())
        return fail(ErrorCode::FileNotFound, QStringLiteral("this study is not (or no longer) in %1").arg(store.name));
    QList<IntakeItem> items;
    for (const ArchiveInstance &i : instances) {
        DicomFileInfo header = i.header;
        header.fileSize = i.size;
        items.append({IntakeItem::Kind::Dicom, i.path, header, {}, ErrorCode::Internal, {}});
    }
    auto queued = outbox.enqueue(QStringLiteral("console-forward-") + Outbox::newBatchId(), device, items);
    if (!queued)
        return std::unexpected(queued.error());
    return static_cast<int>(queued->size());
}

Result<StudyDeletion> deleteStudy(const Outbox &outbox, const ArchiveStore &store, const QString &studyUid)
{
    const QList<ArchiveInstance> instances = studyInstances(store, studyUid);
    if (instances.isEmpty())
        return fail(ErrorCode::FileNotFound, QStringLiteral("this study is not (or no longer) in %1").arg(store.name));
    auto deliveries = outbox.folderDeliveries(store.folder, {});
    if (!deliveries)
        return std::unexpected(deliveries.error());
    // A file that has just arrived may not be recorded for its destinations yet (the listener does
    // that right after storing it): it waits a few seconds.
    const QDateTime settled = QDateTime::currentDateTime().addSecs(-10);
    if (std::any_of(instances.cbegin(), instances.cend(), [&](const ArchiveInstance &i) { return i.modified > settled; }))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("files of this study arrived seconds ago; try again in a moment"));
    const auto unsent = std::count_if(instances.cbegin(), instances.cend(), [&](const ArchiveInstance &i) { return deliveries->unsettled.contains(i.path); });
    if (unsent > 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("%1 of this study's %2 files are still to be forwarded (pending or failed in the "
                                                               "queue); send or remove them there first").arg(unsent).arg(instances.size()));
    StudyDeletion done;
    QStringList problems;
    for (const ArchiveInstance &i : instances) {
        QFile file(i.path);
        if (file.remove()) {
            ++done.deleted;
            done.bytes += i.size;
        } else if (file.exists()) {
            problems << file.errorString();
        }
    }
    if (!problems.isEmpty())
        return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 file(s) deleted; %2 could not be: %3")
                                                   .arg(done.deleted).arg(problems.size()).arg(problems.first()));
    return done;
}

} // namespace pacsdrop
