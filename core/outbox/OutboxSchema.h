#pragma once
// The outbox's schema, described once for both stores (SQLite and PostgreSQL): each version's
// changes in portable SQL with column types as placeholders ({id}, {int}, {bigint}, {text}) that
// the engine fills in, and added columns checked first (an outbox upgraded half-way by an early
// build keeps what it has). Not part of the outbox's interface.

#include "common/Error.h"

class QSqlQuery;

namespace pacsdrop {

class OutboxEngine;

// 2: taken_files; 3: entries.not_before (retry back-off); 4: confirmation; 5: failure kind, source
// file and patient/study for the window's history; 6: the intake journal and entries.interrupted;
// 7: attempts and paused destinations; 8: claims and leases, nodes, the shared spool's marker.
// 9: claims written as heap-only tuples (the lease not indexed; PostgreSQL pages half filled).
constexpr int kOutboxSchemaVersion = 9;

// Brings the schema to kOutboxSchemaVersion in one transaction (whole or not at all), or refuses a
// store written by a newer PacsDrop. where names the store in messages.
Result<void> upgradeOutboxSchema(const OutboxEngine &engine, QSqlQuery &q, const QString &where);

} // namespace pacsdrop
