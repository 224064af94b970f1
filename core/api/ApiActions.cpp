#include "api/ApiActions.h"

#include "lookup/FindScu.h"
#include "lookup/WorklistItem.h"
#include "lookup/WorklistQuery.h"
#include "net/Echo.h"
#include "net/Target.h"
#include "outbox/Outbox.h"
#include "settings/AppPaths.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <QJsonArray>

namespace pacsdrop {

namespace {

QJsonObject deviceJson(const Device &d)
{
    return {{QStringLiteral("name"), d.name},
            {QStringLiteral("aeTitle"), d.aeTitle},
            {QStringLiteral("host"), d.host},
            {QStringLiteral("port"), d.port},
            {QStringLiteral("default"), d.isDefault},
            {QStringLiteral("description"), d.description}};
}

int errorStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidSettings:
        return 400;
    case ErrorCode::FileNotFound:
        return 404;
    default:
        return 502; // the peer (PACS, worklist) failed or could not be reached
    }
}

} // namespace

ApiReply statusReply(const Settings &settings)
{
    QJsonObject outbox;
    if (auto box = Outbox::openConfigured()) {
        int pending = 0, failed = 0;
        if (auto entries = box->entries()) {
            for (const OutboxEntry &e : *entries) {
                pending += e.state == OutboxEntry::State::Pending;
                failed += e.state == OutboxEntry::State::Failed;
            }
        }
        outbox = {{QStringLiteral("pending"), pending}, {QStringLiteral("failed"), failed}};
    }
    return {200,
            {{QStringLiteral("api"), QStringLiteral("v1")},
             {QStringLiteral("version"), QStringLiteral(PACSDROP_VERSION)},
             {QStringLiteral("devices"), static_cast<int>(settings.devices().size())},
             {QStringLiteral("outbox"), outbox}},
            {}};
}

ApiReply devicesReply(const Settings &settings)
{
    QJsonArray devices, worklists;
    for (const Device &d : settings.devices())
        devices.append(deviceJson(d));
    for (const LookupDevice &d : settings.worklistDevices())
        worklists.append(deviceJson(d.connection));
    return {200, {{QStringLiteral("devices"), devices}, {QStringLiteral("worklistDevices"), worklists}}, {}};
}

ApiReply echoReply(const Settings &settings, const QString &deviceName)
{
    if (!settings.device(deviceName))
        return errorReply(404, QStringLiteral("\"%1\" is not a configured device").arg(deviceName));
    const auto device = resolveTarget(settings, deviceName); // the built-in archive is started here
    if (!device)
        return errorReply(502, device.error().message);
    auto result = echo(*device, callingAeTitle(settings, *device));
    if (!result)
        return errorReply(502, QStringLiteral("%1: %2").arg(device->address(), result.error().message));
    return {200,
            {{QStringLiteral("device"), device->name},
             {QStringLiteral("ok"), true},
             {QStringLiteral("milliseconds"), result->milliseconds}},
            {}};
}

ApiReply worklistReply(const Settings &settings, const QUrlQuery &query)
{
    const auto value = [&query](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (value("from").isEmpty())
        return errorReply(400, QStringLiteral("give the worklist device as ?from=NAME"));
    // Configured devices only: API callers do not send queries to addresses of their choosing.
    const auto source = settings.worklistDevice(value("from"));
    if (!source)
        return errorReply(404, QStringLiteral("\"%1\" is not a configured worklist device").arg(value("from")));
    const LookupDefaults &defaults = source->defaults;
    WorklistCriteria criteria;
    criteria.patientName = value("patientName");
    criteria.patientId = value("patientId");
    criteria.accessionNumber = value("accession");
    criteria.modality = query.hasQueryItem(QStringLiteral("modality")) ? value("modality") : defaults.modality;
    criteria.stationAeTitle = query.hasQueryItem(QStringLiteral("stationAet")) ? value("stationAet") : defaults.stationAeTitle;
    if (!parseDateRange(query.hasQueryItem(QStringLiteral("date")) ? value("date") : defaults.date, criteria.dateFrom, criteria.dateTo))
        return errorReply(400, QStringLiteral("date must be YYYYMMDD, YYYYMMDD-YYYYMMDD, YYYYMMDD-, -YYYYMMDD, today or any"));
    bool ok = true;
    const int cap = query.hasQueryItem(QStringLiteral("max")) ? value("max").toInt(&ok) : 500;
    if (!ok || cap < 1 || cap > 5000)
        return errorReply(400, QStringLiteral("max must be a number from 1 to 5000"));

    const auto identifier = worklistIdentifier(criteria);
    const FindRequest request{UID_FINDModalityWorklistInformationModel, identifier.get(), cap, nullptr};
    QJsonArray items;
    QString unreadable;
    auto summary = runFindInUnicode(source->connection, callingAeTitle(settings, source->connection), request,
                                    source->fallbackCharacterSet,
                                    [&items](DcmDataset &response) { items.append(worklistItemFrom(response).toJson()); }, unreadable);
    if (!summary)
        return errorReply(errorStatus(summary.error().code), QStringLiteral("%1: %2").arg(source->connection.address(), summary.error().message));
    QJsonObject body{{QStringLiteral("items"), items}, {QStringLiteral("truncated"), summary->truncated}};
    if (!unreadable.isEmpty())
        body.insert(QStringLiteral("unreadable"), unreadable);
    return {200, body, {}};
}

} // namespace pacsdrop
