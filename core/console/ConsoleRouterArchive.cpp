// The console's archive and retention routes (docs/console.md, "Archive" and "Retention"): who may
// do what — everyone browses; thumbnails and downloads (pixels and files carry patient data) for
// roles that see patients; forwarding for operators; deleting and running retention for
// administrators. Every download, forward, delete and run goes to the audit log.
#include "console/ConsoleRouter.h"

#include "console/ConsoleArchive.h"
#include "console/ConsoleData.h"
#include "console/ConsoleReplies.h"
#include "inbound/Retention.h"
#include "settings/AppPaths.h"

#include <QJsonArray>

namespace pacsdrop {

using namespace console_replies;

namespace {

QJsonObject retentionJson(const RetentionRun &run)
{
    const RetentionPlan &plan = run.plan;
    QJsonObject out{{QStringLiteral("store"), plan.listener},
                    {QStringLiteral("files"), plan.filesBefore},
                    {QStringLiteral("bytes"), static_cast<double>(plan.bytesBefore)},
                    {QStringLiteral("toDelete"), static_cast<int>(plan.toDelete.size())},
                    {QStringLiteral("bytesToDelete"), static_cast<double>(plan.bytesToDelete())},
                    {QStringLiteral("keptUndelivered"), plan.keptUndelivered},
                    {QStringLiteral("dryRun"), run.dryRun},
                    {QStringLiteral("deleted"), run.deleted},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(run.problems)},
                    {QStringLiteral("at"), run.at.toString(Qt::ISODate)}};
    if (!plan.toDelete.isEmpty()) {
        out.insert(QStringLiteral("oldest"), plan.toDelete.first().modified.toString(Qt::ISODate));
        out.insert(QStringLiteral("newest"), plan.toDelete.last().modified.toString(Qt::ISODate));
        out.insert(QStringLiteral("why"), plan.toDelete.first().why);
    }
    return out;
}

// A query value as sent (percent-encoding undone: store names have ":" and spaces).
QString param(const ConsoleRequest &request, const char *key)
{
    return request.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

QJsonArray retentionArray(const QList<RetentionRun> &runs)
{
    QJsonArray out;
    for (const RetentionRun &run : runs)
        out.append(retentionJson(run));
    return out;
}

} // namespace

std::optional<ConsoleResponse> ConsoleRouter::archiveRoute(const QString &route, const ConsoleRequest &request, const ConsoleSession &session)
{
    const bool get = request.method == "GET" || request.method == "HEAD";
    const auto storeNamed = [&](const QString &id) { return archiveStore(m_settings, id); };
    if (route == QStringLiteral("archive") && get)
        return json(200, consoleArchive(m_settings, session.role));
    if (route == QStringLiteral("archive/study") && get) {
        const auto store = storeNamed(param(request, "store"));
        if (!store)
            return problem(404, QStringLiteral("there is no such store"));
        auto series = consoleStudySeries(*store, param(request, "study"));
        return series ? json(200, *series) : problem(404, series.error().message);
    }
    if (route == QStringLiteral("archive/thumbnail") && get) {
        if (!roleSeesPatients(session.role))
            return refused(request, session, route);
        const auto store = storeNamed(param(request, "store"));
        if (!store)
            return problem(404, QStringLiteral("there is no such store"));
        auto png = seriesThumbnail(*store, param(request, "study"),
                                   param(request, "series"));
        if (!png)
            return problem(png.error().code == ErrorCode::FileNotFound ? 404 : 422, png.error().message);
        return ConsoleResponse{200, "image/png", *png, {}, {}};
    }
    if (route == QStringLiteral("archive/download") && get)
        return roleSeesPatients(session.role) ? archiveDownload(request, session) : refused(request, session, route);
    if ((route == QStringLiteral("archive/forward") || route == QStringLiteral("archive/delete")) && request.method == "POST")
        return archiveChange(route, request, session);
    if (route == QStringLiteral("retention") && get) {
        auto plans = runRetention(m_settings, true);
        if (!plans)
            return problem(500, plans.error().message);
        return json(200, {{QStringLiteral("plans"), retentionArray(*plans)}, {QStringLiteral("lastRuns"), retentionArray(lastRetentionRuns())}});
    }
    if (route == QStringLiteral("retention/run") && request.method == "POST")
        return session.role >= ConsoleRole::Administrator ? retentionRun(request, session) : refused(request, session, route);
    return std::nullopt;
}

ConsoleResponse ConsoleRouter::archiveDownload(const ConsoleRequest &request, const ConsoleSession &session)
{
    const auto store = archiveStore(m_settings, param(request, "store"));
    if (!store)
        return problem(404, QStringLiteral("there is no such store"));
    const QString study = param(request, "study");
    const QList<ArchiveInstance> instances = studyInstances(*store, study);
    if (instances.isEmpty())
        return problem(404, QStringLiteral("this study is not (or no longer) in %1").arg(store->name));
    audit(request, session.user, consoleRoleName(session.role), QStringLiteral("archive-download"), store->name + u' ' + study.left(80),
          QStringLiteral("%1 file(s)").arg(instances.size()));
    ConsoleResponse reply{200, "application/zip", {}, {}, std::make_shared<ZipStream>(studyZipMembers(instances))};
    // The study's date and UID name the file; no patient data in a name that lands in a downloads folder.
    const QString date = instances.first().header.studyDate;
    const bool dateOk = date.size() == 8 && std::all_of(date.cbegin(), date.cend(), [](QChar c) { return c.isDigit(); });
    const QString name = QStringLiteral("study-%1%2.zip").arg(dateOk ? date + u'-' : QString(), safeUid(study, QStringLiteral("unknown")).right(12));
    reply.headers.append({"Content-Disposition", QByteArray("attachment; filename=\"") + name.toLatin1() + '"'});
    return reply;
}

ConsoleResponse ConsoleRouter::archiveChange(const QString &route, const ConsoleRequest &request, const ConsoleSession &session)
{
    const bool forward = route.endsWith(QStringLiteral("forward"));
    if (session.role < (forward ? ConsoleRole::Operator : ConsoleRole::Administrator))
        return refused(request, session, route);
    const auto body = jsonBody(request);
    if (!body)
        return problem(415, QStringLiteral("send the study as JSON"));
    const auto store = archiveStore(m_settings, body->value(QStringLiteral("store")).toString());
    const QString study = body->value(QStringLiteral("study")).toString().left(80); // a UID has at most 64
    if (!store || study.isEmpty())
        return problem(404, QStringLiteral("there is no such store or study"));
    auto outbox = Outbox::openConfigured();
    if (!outbox)
        return problem(500, outbox.error().message);
    const QString role = consoleRoleName(session.role);
    if (forward) {
        const QString device = body->value(QStringLiteral("device")).toString();
        if (!m_settings.device(device))
            return problem(400, QStringLiteral("there is no device \"%1\"").arg(device.left(64)));
        auto queued = forwardStudy(*outbox, *store, study, device);
        audit(request, session.user, role, QStringLiteral("archive-forward"), store->name + u' ' + study + QStringLiteral(" to ") + device,
              queued ? QStringLiteral("%1 file(s) queued").arg(*queued) : queued.error().message);
        if (!queued)
            return problem(queued.error().code == ErrorCode::FileNotFound ? 404 : 500, queued.error().message);
        return json(200, {{QStringLiteral("queued"), *queued}, {QStringLiteral("device"), device}});
    }
    auto deleted = deleteStudy(*outbox, *store, study);
    audit(request, session.user, role, QStringLiteral("archive-delete"), store->name + u' ' + study,
          deleted ? QStringLiteral("%1 file(s) deleted").arg(deleted->deleted) : QStringLiteral("refused: ") + deleted.error().message);
    if (!deleted)
        return problem(deleted.error().code == ErrorCode::FileNotFound ? 404 : 409, deleted.error().message);
    return json(200, {{QStringLiteral("deleted"), deleted->deleted}, {QStringLiteral("bytes"), static_cast<double>(deleted->bytes)}});
}

ConsoleResponse ConsoleRouter::retentionRun(const ConsoleRequest &request, const ConsoleSession &session)
{
    auto runs = runRetention(m_settings, false);
    int deleted = 0;
    for (const RetentionRun &run : runs ? *runs : QList<RetentionRun>{})
        deleted += run.deleted;
    audit(request, session.user, consoleRoleName(session.role), QStringLiteral("retention-run"), QString(),
          runs ? QStringLiteral("%1 file(s) deleted").arg(deleted) : runs.error().message);
    if (!runs)
        return problem(500, runs.error().message);
    return json(200, {{QStringLiteral("runs"), retentionArray(*runs)}});
}

} // namespace pacsdrop
