#include "delivery/TakeIn.h"

#include "common/WorkNote.h"
#include "convert/StudyDataJson.h"
#include "intake/Intake.h"
#include "outbox/Spool.h"
#include "settings/AppPaths.h"

#include <QJsonArray>

namespace pacsdrop {

QJsonObject intakeRequest(const QStringList &paths, const Device &destination, const StudyData &study)
{
    return QJsonObject{{QStringLiteral("paths"), QJsonArray::fromStringList(paths)},
                       {QStringLiteral("destination"), destination.toJson()},
                       {QStringLiteral("study"), studyDataToJson(study)}};
}

Result<IntakeRequest> intakeRequestFrom(const QJsonObject &json)
{
    auto destination = Device::fromJson(json.value(QLatin1String("destination")).toObject(), QStringLiteral("destination"));
    if (!destination)
        return std::unexpected(destination.error());
    IntakeRequest request;
    for (const QJsonValue &v : json.value(QLatin1String("paths")).toArray())
        request.paths << v.toString();
    request.destination = *destination;
    request.study = studyDataFromJson(json.value(QLatin1String("study")).toObject());
    return request;
}

QString workNoteFolder(const Outbox &outbox) { return outbox.path() + QStringLiteral(".work"); }

Result<TakenIn> takeIn(Outbox &outbox, const Settings &settings, const QString &batch, const QStringList &paths,
                       const QList<IntakeItem> &collected, const StudyData &study, const Device &destination,
                       const IntakeReview &review, const QSet<QString> &setAside)
{
    if (auto started = WorkNote::start(workNoteFolder(outbox)); !started)
        return std::unexpected(started.error());
    IntakeInHand inHand(batch); // said before the journal exists: no other process takes it for left behind
    QStringList given = paths;
    if (given.isEmpty()) {
        for (const IntakeItem &item : collected)
            given << (item.source.isEmpty() ? item.path : item.source);
    }
    if (auto journal = outbox.beginIntake(batch, intakeRequest(given, destination, study)); !journal)
        return std::unexpected(journal.error());

    ConversionSettings conversion = settings.conversion();
    if (!destination.characterSet.isEmpty()) // what this destination reads, e.g. an old PACS on Latin-1
        conversion.characterSet = destination.characterSet;
    const QString batchDir = paths::spoolDir() + u'/' + batch;
    std::optional<SpoolFolderInUse> converting(std::in_place, batchDir); // until its entries are in the outbox
    QList<IntakeItem> items = paths.isEmpty() ? collected : collectItems(paths, setAside);
    if (review)
        review(items);
    TakenIn taken;
    taken.prepared = convertForSending(items, study, batchDir, conversion);
    auto entries = outbox.enqueue(batch, destination.name, taken.prepared.items, /*claim=*/true);
    if (!entries)
        return std::unexpected(entries.error());
    taken.entries = *entries;
    return taken;
}

} // namespace pacsdrop
