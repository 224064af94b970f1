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
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO intake_journal (batch, request, started) VALUES (?, ?, ?)"));
    q.addBindValue(batch);
    q.addBindValue(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    q.addBindValue(outboxNow());
    if (!q.exec())
        return journalError(QStringLiteral("writing the intake journal"), q.lastError());
    return {};
}

Result<QList<Outbox::Intake>> Outbox::intakes() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT batch, request, started FROM intake_journal ORDER BY started")))
        return journalError(QStringLiteral("reading the intake journal"), q.lastError());
    QList<Intake> list;
    while (q.next())
        list.append({q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                     QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return list;
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
