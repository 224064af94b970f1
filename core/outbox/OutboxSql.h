#pragma once
// Shared by the outbox's source files (not part of its interface): a database error in the
// outbox's words, and the outbox's timestamps.

#include "common/Error.h"

#include <QDateTime>
#include <QList>

class QSqlError;
class QSqlQuery;

namespace pacsdrop {

std::unexpected<Error> outboxDbError(const QString &what, const QSqlError &error);

// Now, as the outbox stores times (UTC, ISO 8601 with milliseconds).
inline QString outboxNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// The columns an OutboxEntry is read from, in the order readEntries expects them.
extern const char *const kEntryColumns;
struct OutboxEntry;
// Every row of an executed query selecting (or returning) kEntryColumns.
QList<OutboxEntry> readEntries(QSqlQuery &q);

} // namespace pacsdrop
