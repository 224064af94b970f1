// How several nodes share one outbox (declared in Outbox.h): work is claimed in short transactions
// with the database's clock, each claim carries its process's id and a lease that process renews
// while it lives (NodeHeartbeat); whatever a dead process held is taken over once its lease ends.
#include "logging/Log.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxEngine.h"
#include "outbox/OutboxSql.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <limits>

namespace pacsdrop {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u',');
}

} // namespace

QString Outbox::liveInstancesSql() const
{
    return QStringLiteral("SELECT instance FROM nodes WHERE heartbeat >= %1").arg(m_engine->clockSql(-m_location.leaseSeconds));
}

Result<QList<OutboxEntry>> Outbox::claimDue(int limit, const QList<qint64> &notThese)
{
    // A claim is a short transaction of its own; a group of changes open around it (a claim made
    // while a delivery records its outcomes) is committed first and opened again after.
    // (A group that cannot be committed leaves its entries pending: sent again, same UIDs.)
    const bool wasChanging = m_changing;
    if (auto committed = commitChanges(); !committed)
        qCWarning(lcOutbox).noquote() << committed.error().message << committed.error().detail;
    const auto reopen = qScopeGuard([&] {
        if (wasChanging)
            beginChanges();
    });
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (shared() && !QSqlQuery(db).exec(QStringLiteral("SELECT 1"))) { // the server restarted: connect again
        m_statements.reset(); // prepared on the connection that went
        db.close();
        if (!db.open())
            return fail(ErrorCode::Database, QStringLiteral("cannot reach the shared outbox (%1)").arg(m_location.describe()), db.lastError().text());
        QSqlQuery session(db);
        if (auto r = m_engine->setUpSession(session); !r)
            return std::unexpected(r.error());
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString now = m_engine->clockSql(0);
    // Ids are numbers this process read from the outbox: spliced as digits, nothing else.
    const QString excluded = notThese.isEmpty() ? QString() : QStringLiteral(" AND id NOT IN (%1)").arg(idList(notThese));
    // The claimed rows come back whole (RETURNING): no second query to read them.
    q.prepare(QStringLiteral("UPDATE entries SET claimed_by = ?, lease_until = %1 WHERE id IN ("
                             " SELECT id FROM entries WHERE state = 'pending' AND (not_before IS NULL OR not_before <= %2)"
                             " AND (lease_until IS NULL OR lease_until < %2 OR claimed_by = ?)%5"
                             " AND destination NOT IN (SELECT destination FROM paused_destinations)"
                             " ORDER BY id LIMIT %3%4) RETURNING %6")
                  .arg(m_engine->clockSql(m_location.leaseSeconds), now)
                  .arg(std::max(1, limit))
                  .arg(m_engine->skipLocked(), excluded, QLatin1String(kEntryColumns)));
    q.addBindValue(instance());
    q.addBindValue(instance());
    if (!q.exec())
        return outboxDbError(QStringLiteral("claiming entries"), q.lastError());
    QList<OutboxEntry> claimed = readEntries(q);
    std::sort(claimed.begin(), claimed.end(), [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
    return claimed;
}

Result<QList<OutboxEntry>> Outbox::stillClaimed(const QList<OutboxEntry> &claimed) const
{
    if (claimed.isEmpty())
        return claimed;
    QList<qint64> ids;
    for (const OutboxEntry &e : claimed)
        ids << e.id;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM entries WHERE id IN (%1) AND claimed_by = ? AND state = 'pending'"
                             " AND destination NOT IN (SELECT destination FROM paused_destinations)").arg(idList(ids)));
    q.addBindValue(instance());
    if (!q.exec())
        return outboxDbError(QStringLiteral("checking claims"), q.lastError());
    QSet<qint64> still;
    while (q.next())
        still.insert(q.value(0).toLongLong());
    QList<OutboxEntry> out;
    for (const OutboxEntry &e : claimed)
        if (still.contains(e.id))
            out << e;
    return out;
}

Result<int> Outbox::fairShare() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString now = m_engine->clockSql(0);
    if (!q.exec(QStringLiteral("SELECT COUNT(*), (SELECT COUNT(*) FROM nodes WHERE instance IN (%1)) FROM entries"
                               " WHERE state = 'pending' AND (not_before IS NULL OR not_before <= %2) AND (lease_until IS NULL OR lease_until < %2)"
                               " AND destination NOT IN (SELECT destination FROM paused_destinations)")
                    .arg(liveInstancesSql(), now))
        || !q.next())
        return outboxDbError(QStringLiteral("counting the work left"), q.lastError());
    const qint64 free = q.value(0).toLongLong(), nodes = std::max<qint64>(1, q.value(1).toLongLong());
    return static_cast<int>(std::min<qint64>((free + nodes - 1) / nodes, std::numeric_limits<int>::max()));
}

Result<void> Outbox::releaseClaims(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE entries SET lease_until = NULL WHERE claimed_by = ? AND state = 'pending' AND id IN (%1)").arg(idList(ids)));
    q.addBindValue(instance());
    if (!q.exec())
        return outboxDbError(QStringLiteral("giving back claims"), q.lastError());
    return {};
}

Result<void> Outbox::heartbeat(bool renewLeases)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString now = m_engine->clockSql(0);
    q.prepare(QStringLiteral("INSERT INTO nodes (instance, node, started, heartbeat) VALUES (?, ?, %1, %1) "
                             "ON CONFLICT (instance) DO UPDATE SET heartbeat = excluded.heartbeat").arg(now));
    q.addBindValue(instance());
    q.addBindValue(m_location.node);
    if (!q.exec())
        return outboxDbError(QStringLiteral("telling the other nodes this one lives"), q.lastError());
    if (renewLeases) {
        // Rows this process's delivery is changing right now are skipped (they are being settled; waiting
        // for them could deadlock with its group of changes); they are renewed on the next beat. Only
        // leases with less than 5/6 of a lease left are renewed (so half a lease is always left when a
        // beat comes): a claim settled within a sixth of a lease (most are) is never rewritten, which
        // saves the server a row version per file.
        q.prepare(QStringLiteral("UPDATE entries SET lease_until = %1 WHERE id IN (SELECT id FROM entries WHERE claimed_by = ? AND state = 'pending'"
                                 " AND lease_until IS NOT NULL AND lease_until < %3%2)")
                      .arg(m_engine->clockSql(m_location.leaseSeconds), m_engine->skipLocked(),
                           m_engine->clockSql(std::max(1, m_location.leaseSeconds * 5 / 6))));
        q.addBindValue(instance());
        if (!q.exec())
            return outboxDbError(QStringLiteral("renewing leases"), q.lastError());
    }
    // Processes not heard of for a day are forgotten (their claims have long been taken over).
    if (!q.exec(QStringLiteral("DELETE FROM nodes WHERE heartbeat < %1").arg(m_engine->clockSql(-86400))))
        return outboxDbError(QStringLiteral("forgetting old nodes"), q.lastError());
    return {};
}

Result<void> Outbox::leave()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM nodes WHERE instance = ?"));
    q.addBindValue(instance());
    if (!q.exec())
        return outboxDbError(QStringLiteral("telling the other nodes this one ends"), q.lastError());
    return {};
}

Result<QList<Outbox::NodeSeen>> Outbox::nodes() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT n.instance, n.node, n.started, n.heartbeat,"
                               " (SELECT COUNT(*) FROM entries e WHERE e.claimed_by = n.instance AND e.state = 'pending'"
                               "  AND e.lease_until IS NOT NULL)"
                               " FROM nodes n WHERE n.instance IN (%1) ORDER BY n.node, n.started").arg(liveInstancesSql())))
        return outboxDbError(QStringLiteral("reading the nodes"), q.lastError());
    QList<NodeSeen> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                    QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs), q.value(4).toInt()});
    return out;
}

Result<bool> Outbox::takeFile(const QByteArray &hash, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // New: this process takes it. Being taken by a process that died: this one takes it over.
    q.prepare(QStringLiteral("INSERT INTO taken_files (hash, name, taken, node, state) VALUES (?, ?, ?, ?, 'taking') "
                             "ON CONFLICT (hash) DO UPDATE SET node = excluded.node, taken = excluded.taken, name = excluded.name "
                             "WHERE taken_files.state = 'taking' AND (taken_files.node = excluded.node OR taken_files.node NOT IN (%1))")
                  .arg(liveInstancesSql()));
    q.addBindValue(QString::fromLatin1(hash.toHex()));
    q.addBindValue(name);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(instance());
    if (!q.exec())
        return outboxDbError(QStringLiteral("taking a watched file"), q.lastError());
    return q.numRowsAffected() == 1;
}

Result<void> Outbox::releaseFile(const QByteArray &hash)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM taken_files WHERE hash = ? AND state = 'taking' AND node = ?"));
    q.addBindValue(QString::fromLatin1(hash.toHex()));
    q.addBindValue(instance());
    if (!q.exec())
        return outboxDbError(QStringLiteral("giving back a watched file"), q.lastError());
    return {};
}

Result<QString> Outbox::fileTakenBy(const QByteArray &hash) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COALESCE(node, '') FROM taken_files WHERE hash = ? AND (state IS NULL OR state = 'taken')"));
    q.addBindValue(QString::fromLatin1(hash.toHex()));
    if (!q.exec())
        return outboxDbError(QStringLiteral("reading taken files"), q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> Outbox::isAlive(const QString &instance) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM nodes WHERE instance = ? AND instance IN (%1)").arg(liveInstancesSql()));
    q.addBindValue(instance);
    if (!q.exec())
        return outboxDbError(QStringLiteral("reading the nodes"), q.lastError());
    return q.next();
}

Result<void> Outbox::checkSharedSpool(const QString &spool)
{
    // Entries name their files by absolute path: every node must see the spool at the same path.
    const QString path = QDir(spool).absolutePath();
    QString recordedPath;
    const auto readMarker = [this, &recordedPath]() -> Result<QString> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (!q.exec(QStringLiteral("SELECT marker, path FROM shared_spool ORDER BY created LIMIT 1")))
            return outboxDbError(QStringLiteral("reading the spool's marker"), q.lastError());
        if (!q.next())
            return QString();
        recordedPath = q.value(1).toString();
        return q.value(0).toString();
    };
    auto marker = readMarker();
    if (!marker)
        return std::unexpected(marker.error());
    if (marker->isEmpty()) { // the first node: leaves the marker, then names it in the database
        const QString mine = QStringLiteral(".pacsdrop-shared-spool-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QDir().mkpath(spool);
        QFile file(QDir(spool).filePath(mine));
        if (!file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot write in the shared spool folder %1").arg(spool), file.errorString());
        file.write("This file shows PacsDrop nodes that they share this spool folder. Do not remove it.\n");
        file.close();
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("INSERT INTO shared_spool (marker, path, created) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(mine);
        q.addBindValue(path);
        q.addBindValue(outboxNow());
        if (!q.exec())
            return outboxDbError(QStringLiteral("recording the spool's marker"), q.lastError());
        marker = readMarker();
        if (!marker)
            return std::unexpected(marker.error());
        if (*marker != mine) // another node was first
            QFile::remove(file.fileName());
    }
    if (recordedPath != path)
        return fail(ErrorCode::InvalidSettings,
                    QStringLiteral("the spool folder is %1 on this node but %2 on the others: mount the shared folder at %2 here too "
                                   "(the outbox names files by their full path)").arg(path, recordedPath));
    if (!QFile::exists(QDir(spool).filePath(*marker)))
        return fail(ErrorCode::InvalidSettings,
                    QStringLiteral("the spool folder %1 is not the one the other nodes share: the marker file %2 that the first node left "
                                   "there is missing. Mount the shared folder at %1 on this node (every node must see the same files), "
                                   "then start again").arg(spool, *marker));
    return {};
}

} // namespace pacsdrop
