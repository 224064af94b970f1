#pragma once
// What differs between the two stores an outbox can live in (not part of the outbox's interface):
// the embedded SQLite file (one computer) and a PostgreSQL database several nodes share. The
// outbox's own SQL is written once, in the words both understand; an engine supplies the rest —
// connecting, column types for the schema description (OutboxSchema), where the schema version is
// kept, how a group of changes starts, and the database's clock for claims.

#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSqlQuery;

namespace pacsdrop {

struct OutboxLocation;

class OutboxEngine {
public:
    enum class Type { Id, Integer, BigInteger, Text };

    virtual ~OutboxEngine() = default;
    virtual bool shared() const = 0;
    virtual QString typeName(Type type) const = 0;
    // Opens a database connection under this name (QSqlDatabase), set up for the outbox.
    virtual Result<void> connect(const QString &connectionName) const = 0;
    // What every session needs, after connecting (and after connecting again).
    virtual Result<void> setUpSession(QSqlQuery &q) const = 0;
    // Starts the transaction that upgrades the schema, holding off every other process's upgrade.
    virtual Result<void> beginUpgrade(QSqlQuery &q) const = 0;
    virtual Result<int> schemaVersion(QSqlQuery &q) const = 0;
    virtual Result<void> setSchemaVersion(QSqlQuery &q, int version) const = 0;
    virtual Result<QStringList> columns(QSqlQuery &q, const QString &table) const = 0;
    virtual QString beginGroup() const = 0;
    // An ORDER BY that gives rows in the order they were written (tables without an id).
    virtual QString insertionOrder() const = 0;
    // The next commits must survive a power loss (SQLite's synchronous; PostgreSQL always does).
    virtual void setDurableCommits(QSqlQuery &q, bool durable) const = 0;
    // The database's time, plus seconds, as the outbox stores times: claims and heartbeats use one
    // clock for every node.
    virtual QString clockSql(int plusSeconds) const = 0;
    // After rows were written with their ids given (a migration): new ids continue after them.
    virtual Result<void> continueIdsAfterMax(QSqlQuery &q, const QString &table) const = 0;
    // LIKE that ignores the case of ASCII letters (as SQLite's LIKE does; PostgreSQL's is ILIKE).
    virtual QString likeIgnoringCase() const = 0;
    // What makes a claiming SELECT skip rows another session holds ("" where only one writer runs).
    virtual QString skipLocked() const = 0;
};

std::unique_ptr<OutboxEngine> makeOutboxEngine(const OutboxLocation &location);

} // namespace pacsdrop
