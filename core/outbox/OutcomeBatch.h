#pragma once
// Delivery outcomes of one group of changes (Outbox::beginChanges), held and sent to a PostgreSQL
// outbox as two statements when the group commits: attempts counted, then results with their
// history rows. Per file that was three round trips to the server (counting, result, history),
// which made a shared outbox ~80 % slower than SQLite on one node; a group of ~100 ms is now two,
// and an entry's attempt count and result are one row version.
// The values travel as bound arrays (unnest), so the statements are prepared once and nothing a
// PACS says is ever spliced into SQL.

#include "common/Error.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QSqlQuery;

namespace pacsdrop {

class OutcomeBatch {
public:
    struct Outcome {
        qint64 id = 0;
        QString state;   // entries.state
        std::optional<int> dimseStatus;
        QString result;
        QString failure; // empty: none
        QString outcome; // the history row's word ("sent", "failed", "will retry")
        QString notBefore; // a retry's next attempt (ISO, UTC); empty: unchanged
    };

    void countAttempt(qint64 id) { m_attempts.append(id); }
    void add(Outcome outcome);
    // An entry already has a result in this batch (a second one must wait for the flush).
    bool holds(qint64 id) const { return m_outcomeIds.contains(id); }
    bool isEmpty() const { return m_attempts.isEmpty() && m_outcomes.isEmpty(); }

    // The statements, to run through the outbox's prepared-statement cache.
    static QString countSql();
    static QString outcomeSql();
    // Bind and empty the batch, results first (they take their own entries' attempt counts along);
    // true when there was something of that kind to send.
    bool bindOutcomes(QSqlQuery &q, const QString &now, const QString &instance);
    bool bindCounts(QSqlQuery &q, const QString &now);

private:
    QList<qint64> m_attempts;
    QList<Outcome> m_outcomes;
    QSet<qint64> m_outcomeIds;
};

// PostgreSQL's array literal for text values ({"a","b\"c",NULL}); std::nullopt is NULL.
QString postgresTextArray(const QList<std::optional<QString>> &values);

} // namespace pacsdrop
