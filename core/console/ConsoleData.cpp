#include "console/ConsoleData.h"

#include "text/PeopleText.h"
#include "watch/HotFolderWatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace pacsdrop {

namespace {

constexpr int kMostFilesCounted = 10000; // a folder fuller than this shows "10000+"

QJsonValue time(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(); }

// Files a hot folder has not taken yet, and those it set aside (each with a ".txt" saying why).
QJsonObject hotFolderFigures(const HotFolder &folder)
{
    int waiting = 0, quarantined = 0;
    const QString quarantine = quarantineFolderOf(folder.folder);
    QDirIterator files(folder.folder, QDir::Files | QDir::NoDotAndDotDot,
                       folder.recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (files.hasNext() && waiting < kMostFilesCounted) {
        files.next();
        waiting += !files.filePath().startsWith(quarantine + u'/');
    }
    QDirIterator setAside(quarantine, QDir::Files);
    while (setAside.hasNext() && quarantined < kMostFilesCounted)
        quarantined += !setAside.next().endsWith(QStringLiteral(".txt"));
    return {{QStringLiteral("folder"), folder.folder},
            {QStringLiteral("destination"), folder.destination},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("quarantined"), quarantined},
            {QStringLiteral("capped"), waiting >= kMostFilesCounted}};
}

QString shownState(const OutboxEntry &e)
{
    switch (e.state) {
    case OutboxEntry::State::Done: return QStringLiteral("sent");
    case OutboxEntry::State::Failed: return QStringLiteral("failed");
    case OutboxEntry::State::Pending: return e.attempts > 0 ? QStringLiteral("retrying") : QStringLiteral("waiting");
    }
    return {};
}

} // namespace

QJsonObject consoleDashboard(const Settings &settings, const Outbox &outbox, const QList<ListenerFigures> &running,
                             const QList<RetentionRun> &retention, const QDateTime &now)
{
    const QDateTime startOfToday(now.date(), QTime(0, 0), now.timeZone());
    const auto summaries = outbox.destinationSummaries(startOfToday, now.toUTC());
    QJsonArray devices;
    QSet<QString> listed;
    const auto deviceJson = [](const QString &name, const QString &address, const Outbox::DestinationSummary &s) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("address"), address},
                           {QStringLiteral("pending"), s.pending},
                           {QStringLiteral("failed"), s.failed},
                           {QStringLiteral("sentToday"), s.sentSince},
                           {QStringLiteral("sentLastHour"), s.sentLastHour},
                           {QStringLiteral("megabytesLastHour"), double(s.bytesLastHour) / 1e6},
                           {QStringLiteral("lastSuccess"), time(s.lastSuccess)},
                           {QStringLiteral("lastProblemAt"), time(s.lastProblemAt)},
                           {QStringLiteral("lastProblem"), s.lastProblem}};
    };
    const QList<Outbox::DestinationSummary> found = summaries ? *summaries : QList<Outbox::DestinationSummary>{};
    const auto summaryOf = [&](const QString &name) {
        for (const auto &s : found) {
            if (s.destination == name)
                return s;
        }
        Outbox::DestinationSummary none;
        none.destination = name;
        return none;
    };
    const auto paused = outbox.pausedDestinations();
    const auto withPause = [&](QJsonObject device) { // who paused it and since when
        for (const Outbox::Pause &p : paused ? *paused : QList<Outbox::Pause>{}) {
            if (p.destination == device.value(QStringLiteral("name")).toString()) {
                device.insert(QStringLiteral("pausedBy"), p.by);
                device.insert(QStringLiteral("pausedSince"), time(p.since));
            }
        }
        return device;
    };
    for (const Device &d : settings.devices()) {
        devices.append(withPause(deviceJson(d.name, QStringLiteral("%1@%2:%3").arg(d.aeTitle, d.host).arg(d.port), summaryOf(d.name))));
        listed.insert(d.name);
    }
    for (const auto &s : found) { // one-off targets and devices removed since
        if (!listed.contains(s.destination))
            devices.append(withPause(deviceJson(s.destination, QString(), s)));
    }
    QJsonArray folders;
    for (const HotFolder &f : settings.hotFolders())
        folders.append(hotFolderFigures(f));
    QJsonArray listeners;
    for (const InboundListener &l : settings.listeners()) {
        QJsonObject o{{QStringLiteral("name"), l.name}, {QStringLiteral("aeTitle"), l.aeTitle}, {QStringLiteral("port"), l.port},
                      {QStringLiteral("running"), false}};
        for (const ListenerFigures &f : running) {
            if (f.port != l.port)
                continue;
            o.insert(QStringLiteral("running"), true);
            o.insert(QStringLiteral("associationsNow"), f.associationsNow);
            o.insert(QStringLiteral("receivedToday"), f.receivedToday);
            o.insert(QStringLiteral("refusedToday"), f.refusedToday);
            o.insert(QStringLiteral("lastRefusal"), f.lastRefusal);
            o.insert(QStringLiteral("lastRefusalAt"), time(f.lastRefusalAt));
        }
        // The rule, and what its last run did.
        o.insert(QStringLiteral("keepDays"), l.keepDays);
        o.insert(QStringLiteral("keepGigabytes"), l.keepGigabytes);
        for (const RetentionRun &run : retention) {
            if (run.plan.listener != l.name)
                continue;
            o.insert(QStringLiteral("retention"), QJsonObject{{QStringLiteral("at"), time(run.at)},
                                                               {QStringLiteral("deleted"), run.deleted},
                                                               {QStringLiteral("megabytesDeleted"), double(run.bytesDeleted) / 1e6},
                                                               {QStringLiteral("keptUndelivered"), run.plan.keptUndelivered},
                                                               {QStringLiteral("problems"), static_cast<int>(run.problems.size())}});
        }
        listeners.append(o);
    }
    QJsonObject out{{QStringLiteral("devices"), devices}, {QStringLiteral("hotFolders"), folders}, {QStringLiteral("listeners"), listeners},
                    {QStringLiteral("now"), time(now)}};
    if (!summaries)
        out.insert(QStringLiteral("problem"), summaries.error().message);
    return out;
}

QJsonObject consoleQueue(const Outbox &outbox, const ConsoleQueueQuery &query, ConsoleRole role)
{
    const auto entries = outbox.find(query.filter, query.limit);
    if (!entries)
        return {{QStringLiteral("entries"), QJsonArray()}, {QStringLiteral("problem"), entries.error().message}};
    QJsonArray list;
    for (const OutboxEntry &e : *entries) {
        QJsonObject o{{QStringLiteral("id"), e.id},
                      {QStringLiteral("file"), QFileInfo(e.shownPath()).fileName()},
                      {QStringLiteral("destination"), e.destination},
                      {QStringLiteral("state"), shownState(e)},
                      {QStringLiteral("attempts"), e.attempts},
                      {QStringLiteral("result"), e.result},
                      {QStringLiteral("updated"), time(e.updated)}};
        if (roleSeesPatients(role)) {
            o.insert(QStringLiteral("patientName"), nameForPeople(e.patientName)); // "Jane Doe", not "Doe^Jane"
            o.insert(QStringLiteral("patientId"), e.patientId);
        }
        list.append(o);
    }
    return {{QStringLiteral("entries"), list}, {QStringLiteral("limit"), query.limit}};
}

} // namespace pacsdrop
