// The outbox's attempt history and paused destinations (declared in Outbox.h): what the service
// console's queue shows per entry, and what an operator holds back.
#include "outbox/Outbox.h"
#include "outbox/OutboxEngine.h"
#include "outbox/OutboxSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pacsdrop {

Result<void> Outbox::recordAttempt(qint64 id, const QString &outcome, std::optional<int> dimseStatus, const QString &result)
{
    QSqlQuery &q = statement(QStringLiteral("INSERT INTO attempts (entry_id, at, outcome, dimse_status, result) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(outboxNow());
    q.addBindValue(outcome);
    q.addBindValue(dimseStatus ? QVariant(*dimseStatus) : QVariant());
    q.addBindValue(result);
    if (!q.exec())
        return outboxDbError(QStringLiteral("recording an attempt"), q.lastError());
    q.finish();
    return {};
}

Result<void> Outbox::forgetOrphanAttempts()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("DELETE FROM attempts WHERE entry_id NOT IN (SELECT id FROM entries)")))
        return outboxDbError(QStringLiteral("forgetting removed entries' attempts"), q.lastError());
    return {};
}

Result<QList<Outbox::Attempt>> Outbox::attempts(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT at, outcome, dimse_status, result FROM attempts WHERE entry_id = ? ORDER BY at, %1")
                  .arg(m_engine->insertionOrder()));
    q.addBindValue(id);
    if (!q.exec())
        return outboxDbError(QStringLiteral("reading an entry's attempts"), q.lastError());
    QList<Attempt> out;
    while (q.next()) {
        out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                    q.value(2).isNull() ? std::nullopt : std::optional<int>(q.value(2).toInt()), q.value(3).toString()});
    }
    return out;
}

Result<void> Outbox::pauseDestination(const QString &destination, const QString &by)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO paused_destinations (destination, paused_by, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(destination);
    q.addBindValue(by);
    q.addBindValue(outboxNow());
    if (!q.exec())
        return outboxDbError(QStringLiteral("pausing a destination"), q.lastError());
    return {};
}

Result<bool> Outbox::resumeDestination(const QString &destination)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM paused_destinations WHERE destination = ?"));
    q.addBindValue(destination);
    if (!q.exec())
        return outboxDbError(QStringLiteral("resuming a destination"), q.lastError());
    return q.numRowsAffected() > 0;
}

Result<QList<Outbox::Pause>> Outbox::pausedDestinations() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT destination, paused_by, since FROM paused_destinations ORDER BY destination")))
        return outboxDbError(QStringLiteral("reading paused destinations"), q.lastError());
    QList<Pause> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return out;
}

} // namespace pacsdrop
