// The outbox's intake journal and interruption counts (declared in Outbox.h).
#include "outbox/Outbox.h"
#include "outbox/OutboxSql.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pacsdrop {

namespace {

std::unexpected<Error> journalError(const QString &what, const QSqlError &error)
{
    return fail(ErrorCode::Database, QStringLiteral("outbox: %1 failed").arg(what), error.text());
}

} // namespace

Result<void> Outbox::beginIntake(const QString &batch, const QJsonObject &request)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO intake_journal (batch, request, started, node) VALUES (?, ?, ?, ?) ON CONFLICT (batch) DO UPDATE "
                             "SET request = excluded.request, started = excluded.started, node = excluded.node"));
    q.addBindValue(batch);
    q.addBindValue(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    q.addBindValue(outboxNow());
    q.addBindValue(shared() ? instance() : QString());
    if (!q.exec())
        return journalError(QStringLiteral("writing the intake journal"), q.lastError());
    return {};
}

Result<QList<Outbox::Intake>> Outbox::intakes() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // A shared outbox: only this process's journals and those of processes no longer alive (which
    // this one then adopts; another node's live intake is its own).
    const QString where = shared() ? QStringLiteral(" WHERE node = ? OR node IS NULL OR node NOT IN (%1)").arg(liveInstancesSql()) : QString();
    q.prepare(QStringLiteral("SELECT batch, request, started, node FROM intake_journal%1 ORDER BY started").arg(where));
    if (shared())
        q.addBindValue(instance());
    if (!q.exec())
        return journalError(QStringLiteral("reading the intake journal"), q.lastError());
    QList<Intake> list;
    QStringList others;
    while (q.next()) {
        list.append({q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                     QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
        if (shared() && q.value(3).toString() != instance())
            others << list.last().batch;
    }
    q.finish();
    for (const QString &batch : std::as_const(others)) {
        auto adopted = const_cast<Outbox *>(this)->adoptIntake(batch);
        if (!adopted)
            return std::unexpected(adopted.error());
        if (!*adopted) // another node adopted it first
            list.removeIf([&](const Intake &i) { return i.batch == batch; });
    }
    return list;
}

Result<bool> Outbox::adoptIntake(const QString &batch)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE intake_journal SET node = ? WHERE batch = ? AND (node IS NULL OR node NOT IN (%1))").arg(liveInstancesSql()));
    q.addBindValue(instance());
    q.addBindValue(batch);
    if (!q.exec())
        return journalError(QStringLiteral("taking over an intake journal"), q.lastError());
    return q.numRowsAffected() == 1;
}

Result<int> Outbox::markInterrupted(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE entries SET interrupted = interrupted + 1 WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return journalError(QStringLiteral("counting an interruption"), q.lastError());
    q.prepare(QStringLiteral("SELECT interrupted FROM entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return journalError(QStringLiteral("counting an interruption"), q.lastError());
    return q.value(0).toInt();
}

} // namespace pacsdrop
