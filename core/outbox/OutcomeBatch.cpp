#include "outbox/OutcomeBatch.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace pacsdrop {

namespace {

QString integerArray(const QList<std::optional<qint64>> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const auto &v : values)
        parts << (v ? QString::number(*v) : QStringLiteral("NULL"));
    return u'{' + parts.join(u',') + u'}';
}

} // namespace

QString postgresTextArray(const QList<std::optional<QString>> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const auto &v : values) {
        if (!v) {
            parts << QStringLiteral("NULL");
            continue;
        }
        QString quoted = *v;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        parts << u'"' + quoted + u'"';
    }
    return u'{' + parts.join(u',') + u'}';
}

void OutcomeBatch::add(Outcome outcome)
{
    m_outcomeIds.insert(outcome.id);
    m_outcomes.append(std::move(outcome));
}

QString OutcomeBatch::countSql()
{
    return QStringLiteral("UPDATE entries AS e SET attempts = e.attempts + c.n, updated = ? "
                          "FROM (SELECT id, count(*) AS n FROM unnest(?::bigint[]) AS id GROUP BY id) AS c WHERE e.id = c.id");
}

QString OutcomeBatch::outcomeSql()
{
    // Not over another node's claim (Outbox::setState); a history row only where the result was set.
    return QStringLiteral(
        "WITH v AS (SELECT * FROM unnest(?::bigint[], ?::text[], ?::integer[], ?::text[], ?::text[], ?::text[], ?::integer[], ?::text[]) "
        "AS t(id, state, dimse_status, result, failure, outcome, counted, not_before)), "
        "u AS (UPDATE entries AS e SET state = v.state, dimse_status = v.dimse_status, result = v.result, failure = v.failure, "
        "attempts = e.attempts + v.counted, not_before = COALESCE(v.not_before, e.not_before), lease_until = NULL, updated = ? FROM v WHERE e.id = v.id AND (e.claimed_by IS NULL OR e.claimed_by = ?) RETURNING e.id), "
        // An entry another node holds now keeps that node's result, but the attempt made here counts.
        "c AS (UPDATE entries AS e SET attempts = e.attempts + v.counted FROM v WHERE e.id = v.id AND v.counted > 0 "
        "AND e.id NOT IN (SELECT id FROM u)) "
        "INSERT INTO attempts (entry_id, at, outcome, dimse_status, result) "
        "SELECT v.id, ?, v.outcome, v.dimse_status, v.result FROM v JOIN u ON u.id = v.id");
}

bool OutcomeBatch::bindCounts(QSqlQuery &q, const QString &now)
{
    if (m_attempts.isEmpty())
        return false;
    QList<std::optional<qint64>> ids(m_attempts.cbegin(), m_attempts.cend());
    q.addBindValue(now);
    q.addBindValue(integerArray(ids));
    m_attempts.clear();
    return true;
}

bool OutcomeBatch::bindOutcomes(QSqlQuery &q, const QString &now, const QString &instance) // before bindCounts
{
    if (m_outcomes.isEmpty())
        return false;
    QList<std::optional<qint64>> ids, statuses, counted;
    QList<std::optional<QString>> states, results, failures, outcomes, notBefore;
    for (const Outcome &o : std::as_const(m_outcomes)) {
        // The attempt this result ends is counted with it: one new row version, not two.
        counted << (m_attempts.removeOne(o.id) ? 1 : 0);
        ids << o.id;
        states << o.state;
        statuses << (o.dimseStatus ? std::optional<qint64>(*o.dimseStatus) : std::nullopt);
        results << (o.result.isNull() ? std::nullopt : std::optional<QString>(o.result)); // as the direct path binds it
        notBefore << (o.notBefore.isEmpty() ? std::nullopt : std::optional<QString>(o.notBefore));
        failures << (o.failure.isEmpty() ? std::nullopt : std::optional<QString>(o.failure));
        outcomes << o.outcome;
    }
    q.addBindValue(integerArray(ids));
    q.addBindValue(postgresTextArray(states));
    q.addBindValue(integerArray(statuses));
    q.addBindValue(postgresTextArray(results));
    q.addBindValue(postgresTextArray(failures));
    q.addBindValue(postgresTextArray(outcomes));
    q.addBindValue(integerArray(counted));
    q.addBindValue(postgresTextArray(notBefore));
    q.addBindValue(now);
    q.addBindValue(instance);
    q.addBindValue(now);
    m_outcomes.clear();
    m_outcomeIds.clear();
    return true;
}

} // namespace pacsdrop
