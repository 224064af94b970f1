// The outbox seen per destination and filtered, for the service console (console/ConsoleData):
// aggregated in SQL, so a dashboard polled every few seconds does not load every entry.
#include "outbox/Outbox.h"
#include "outbox/OutboxEngine.h"
#include "outbox/OutboxSql.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace pacsdrop {

namespace {

// Text for a LIKE pattern with a backslash as the escape: its "%", "_" and backslashes match only themselves.
QString escapedForLike(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
}

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

Result<QList<Outbox::DestinationSummary>> Outbox::destinationSummaries(const QDateTime &sentSince, const QDateTime &now) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT destination,"
        " SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN state = 'done' AND updated >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'done' AND updated >= ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN state = 'done' AND updated >= ? THEN size ELSE 0 END),"
        " MAX(CASE WHEN state = 'done' THEN updated END)"
        " FROM entries GROUP BY destination ORDER BY destination"));
    const QString hourAgo = iso(now.addSecs(-3600));
    q.addBindValue(iso(sentSince));
    q.addBindValue(hourAgo);
    q.addBindValue(hourAgo);
    if (!q.exec())
        return outboxDbError(QStringLiteral("summing up destinations"), q.lastError());
    std::map<QString, DestinationSummary> byName;
    while (q.next()) {
        DestinationSummary s;
        s.destination = q.value(0).toString();
        s.pending = q.value(1).toInt();
        s.failed = q.value(2).toInt();
        s.sentSince = q.value(3).toInt();
        s.sentLastHour = q.value(4).toInt();
        s.bytesLastHour = q.value(5).toLongLong();
        s.lastSuccess = fromIso(q.value(6));
        byName[s.destination] = s;
    }
    // The newest problem per destination: a failure, or a failed attempt waiting out its back-off.
    QSqlQuery p(QSqlDatabase::database(m_connection));
    if (!p.exec(QStringLiteral("SELECT e.destination, e.updated, e.result FROM entries e"
                               " JOIN (SELECT destination, MAX(updated) AS newest FROM entries"
                               "       WHERE state = 'failed' OR (state = 'pending' AND not_before IS NOT NULL)"
                               "       GROUP BY destination) n"
                               " ON e.destination = n.destination AND e.updated = n.newest"
                               " WHERE e.state = 'failed' OR (e.state = 'pending' AND e.not_before IS NOT NULL)")))
        return outboxDbError(QStringLiteral("reading the last problems"), p.lastError());
    while (p.next()) {
        DestinationSummary &s = byName[p.value(0).toString()];
        s.destination = p.value(0).toString();
        s.lastProblemAt = fromIso(p.value(1));
        s.lastProblem = p.value(2).toString();
    }
    QList<DestinationSummary> out;
    for (auto &[name, summary] : byName)
        out.append(summary);
    return out;
}

Result<QList<OutboxEntry>> Outbox::find(const Filter &filter, int limit) const
{
    QStringList where;
    QVariantList values;
    if (!filter.destination.isEmpty()) {
        where << QStringLiteral("destination = ?");
        values << filter.destination;
    }
    if (filter.state) {
        where << QStringLiteral("state = ?");
        values << stateName(*filter.state);
    }
    if (filter.changedSince.isValid()) {
        where << QStringLiteral("updated >= ?");
        values << iso(filter.changedSince);
    }
    // Each word typed is in the name or the ID ("jane doe" finds "Doe^Jane"; ASCII letters match
    // without regard to case: SQLite's LIKE, PostgreSQL's ILIKE).
    for (const QString &word : filter.patient.split(QRegularExpression(QStringLiteral("[\\s^,]+")), Qt::SkipEmptyParts)) {
        where << QStringLiteral("(patient_name %1 ? ESCAPE '\\' OR patient_id %1 ? ESCAPE '\\')").arg(m_engine->likeIgnoringCase());
        const QString pattern = u'%' + escapedForLike(word) + u'%';
        values << pattern << pattern;
    }
    return select(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")), values,
                  QStringLiteral("ORDER BY updated DESC, id DESC LIMIT %1").arg(std::max(1, limit)));
}

Result<Outbox::FolderDeliveries> Outbox::folderDeliveries(const QString &folder, const QStringList &destinations) const
{
    QString prefix = folder;
    if (!prefix.endsWith(u'/'))
        prefix += u'/';
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT path, destination, state FROM entries WHERE path LIKE ? ESCAPE '\\'"));
    q.addBindValue(QString(escapedForLike(prefix) + u'%'));
    if (!q.exec())
        return outboxDbError(QStringLiteral("reading a folder's deliveries"), q.lastError());
    QHash<QString, QSet<QString>> deliveredTo;
    FolderDeliveries out;
    while (q.next()) {
        const QString path = q.value(0).toString();
        const QString state = q.value(2).toString();
        if (state == QLatin1String("done"))
            deliveredTo[path].insert(q.value(1).toString());
        else
            out.unsettled.insert(path);
    }
    for (auto it = deliveredTo.cbegin(); it != deliveredTo.cend(); ++it) {
        const bool all = std::all_of(destinations.cbegin(), destinations.cend(), [&](const QString &d) { return it.value().contains(d); });
        if (all && !destinations.isEmpty())
            out.deliveredToAll.insert(it.key());
    }
    return out;
}

} // namespace pacsdrop
