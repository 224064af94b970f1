#include "outbox/OutboxSchema.h"

#include "outbox/OutboxEngine.h"
#include "outbox/OutboxSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

namespace pacsdrop {

namespace {

struct Change {
    const char *sql = nullptr;    // a statement, or (with column) the table a column is added to
    const char *column = nullptr; // set: add this column (of type sql2) if the table lacks it
    const char *type = nullptr;
    bool sharedOnly = false;      // only in a store several nodes share (PostgreSQL)
};

struct Step {
    int version;
    std::vector<Change> changes;
};

Change statement(const char *sql) { return {sql, nullptr, nullptr}; }
Change sharedStatement(const char *sql) { return {sql, nullptr, nullptr, true}; }
Change addColumn(const char *table, const char *column, const char *type) { return {table, column, type}; }

const std::vector<Step> &steps()
{
    static const std::vector<Step> all{
        {1, {statement("CREATE TABLE IF NOT EXISTS entries (id {id},"
                       " batch {text} NOT NULL, path {text} NOT NULL, destination {text} NOT NULL,"
                       " sop_class_uid {text}, sop_instance_uid {text}, transfer_syntax_uid {text},"
                       " has_meta {int} NOT NULL DEFAULT 1, size {bigint} NOT NULL DEFAULT 0,"
                       " state {text} NOT NULL, dimse_status {int}, result {text},"
                       " attempts {int} NOT NULL DEFAULT 0, created {text} NOT NULL, updated {text} NOT NULL)"),
             statement("CREATE INDEX IF NOT EXISTS entries_state ON entries(state, destination)"),
             statement("CREATE INDEX IF NOT EXISTS entries_batch ON entries(batch)")}},
        // files a watched folder handed over, by content, so a second copy is not sent again
        {2, {statement("CREATE TABLE IF NOT EXISTS taken_files (hash {text} PRIMARY KEY, name {text}, taken {text} NOT NULL)")}},
        // a pending entry waiting for its next attempt (back-off) is not due before this time
        {3, {addColumn("entries", "not_before", "{text}")}},
        // proof that the PACS kept a delivered entry: Storage Commitment or a check by query
        {4, {addColumn("entries", "confirmation", "{text}"), addColumn("entries", "confirmation_result", "{text}"),
             addColumn("entries", "commitment_transaction", "{text}"), addColumn("entries", "study_uid", "{text}"),
             addColumn("entries", "series_uid", "{text}")}},
        // what kind of failure, and what the window's history shows without opening files
        {5, {addColumn("entries", "failure", "{text}"), addColumn("entries", "source", "{text}"),
             addColumn("entries", "patient_name", "{text}"), addColumn("entries", "patient_id", "{text}"),
             addColumn("entries", "study_date", "{text}"), addColumn("entries", "study_description", "{text}"),
             statement("CREATE INDEX IF NOT EXISTS entries_updated ON entries(updated)")}},
        // the intake journal, and how often a process died while sending an entry
        {6, {statement("CREATE TABLE IF NOT EXISTS intake_journal (batch {text} PRIMARY KEY, request {text} NOT NULL, started {text} NOT NULL)"),
             addColumn("entries", "interrupted", "{int} NOT NULL DEFAULT 0")}},
        // each attempt's outcome (the queue's history), and devices an operator paused
        {7, {statement("CREATE TABLE IF NOT EXISTS attempts (entry_id {bigint} NOT NULL, at {text} NOT NULL, outcome {text} NOT NULL,"
                       " dimse_status {int}, result {text})"),
             statement("CREATE INDEX IF NOT EXISTS attempts_entry ON attempts(entry_id)"),
             statement("CREATE TABLE IF NOT EXISTS paused_destinations (destination {text} PRIMARY KEY, paused_by {text}, since {text} NOT NULL)")}},
        // several nodes: who holds an entry and until when, who takes a watched file or a left
        // intake, which processes are alive, and the marker that proves the spool is shared
        {8, {addColumn("entries", "claimed_by", "{text}"), addColumn("entries", "lease_until", "{text}"),
             addColumn("taken_files", "node", "{text}"), addColumn("taken_files", "state", "{text}"),
             addColumn("intake_journal", "node", "{text}"),
             statement("CREATE INDEX IF NOT EXISTS entries_claim ON entries(state, lease_until)"),
             statement("CREATE TABLE IF NOT EXISTS nodes (instance {text} PRIMARY KEY, node {text} NOT NULL, started {text} NOT NULL,"
                       " heartbeat {text} NOT NULL)"),
             statement("CREATE TABLE IF NOT EXISTS shared_spool (marker {text} PRIMARY KEY, path {text} NOT NULL, created {text} NOT NULL)")}},
        // Claims cheap to write: a claim or a lease renewal then changes no indexed column, so
        // PostgreSQL writes the row's new version beside the old one without touching an index
        // (a heap-only tuple), given room on the page. A claim rewrites every row of a page at
        // once, so new rows fill pages only half. Claims find pending rows through entries_state.
        {9, {statement("DROP INDEX IF EXISTS entries_claim"), sharedStatement("ALTER TABLE entries SET (fillfactor = 50)")}},
    };
    return all;
}

QString filled(const OutboxEngine &engine, const char *sql)
{
    return QString::fromLatin1(sql)
        .replace(QStringLiteral("{id}"), engine.typeName(OutboxEngine::Type::Id))
        .replace(QStringLiteral("{int}"), engine.typeName(OutboxEngine::Type::Integer))
        .replace(QStringLiteral("{bigint}"), engine.typeName(OutboxEngine::Type::BigInteger))
        .replace(QStringLiteral("{text}"), engine.typeName(OutboxEngine::Type::Text));
}

Result<void> apply(const OutboxEngine &engine, QSqlQuery &q, const Change &change)
{
    if (change.sharedOnly && !engine.shared())
        return {};
    if (!change.column) {
        if (!q.exec(filled(engine, change.sql)))
            return outboxDbError(QStringLiteral("upgrading the schema"), q.lastError());
        return {};
    }
    const QString table = QString::fromLatin1(change.sql);
    auto present = engine.columns(q, table);
    if (!present)
        return std::unexpected(present.error());
    if (present->contains(QLatin1String(change.column)))
        return {};
    if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, QLatin1String(change.column), filled(engine, change.type))))
        return outboxDbError(QStringLiteral("upgrading the schema"), q.lastError());
    return {};
}

// The store's schema version when it needs upgrading; nullopt when current; an error when newer.
Result<std::optional<int>> versionToUpgrade(const OutboxEngine &engine, QSqlQuery &q, const QString &where)
{
    auto version = engine.schemaVersion(q);
    if (!version)
        return std::unexpected(version.error());
    if (*version > kOutboxSchemaVersion)
        return fail(ErrorCode::Database, QStringLiteral("the outbox %1 was written by a newer PacsDrop (schema %2); not touching it")
                                             .arg(where).arg(*version));
    return *version == kOutboxSchemaVersion ? std::nullopt : std::optional<int>(*version);
}

Result<void> upgradeInTransaction(const OutboxEngine &engine, QSqlQuery &q, const QString &where)
{
    auto version = versionToUpgrade(engine, q, where); // read again here: another process may have upgraded meanwhile
    if (!version || !*version)
        return version ? Result<void>() : Result<void>(std::unexpected(version.error()));
    for (const Step &step : steps()) {
        if (step.version <= **version)
            continue;
        for (const Change &change : step.changes) {
            if (auto r = apply(engine, q, change); !r)
                return r;
        }
    }
    return engine.setSchemaVersion(q, kOutboxSchemaVersion);
}

} // namespace

Result<void> upgradeOutboxSchema(const OutboxEngine &engine, QSqlQuery &q, const QString &where)
{
    auto version = versionToUpgrade(engine, q, where);
    if (!version || !*version)
        return version ? Result<void>() : Result<void>(std::unexpected(version.error()));
    if (auto begun = engine.beginUpgrade(q); !begun)
        return begun;
    auto upgraded = upgradeInTransaction(engine, q, where);
    if (!upgraded) {
        q.exec(QStringLiteral("ROLLBACK"));
        return upgraded;
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return outboxDbError(QStringLiteral("upgrading the schema"), q.lastError());
    return {};
}

} // namespace pacsdrop
