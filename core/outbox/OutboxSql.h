#pragma once
// Shared by the outbox's source files (not part of its interface): a database error in the
// outbox's words.

#include "common/Error.h"

class QSqlError;

namespace pacsdrop {

std::unexpected<Error> outboxDbError(const QString &what, const QSqlError &error);

} // namespace pacsdrop
