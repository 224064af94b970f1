#include "outbox/OutboxEngine.h"
#include "outbox/SqliteNoCloseCheckpoint.h"

#include "outbox/OutboxLocation.h"
#include "outbox/OutboxSql.h"
#include "settings/OutboxSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pacsdrop {

namespace {

class SqliteEngine final : public OutboxEngine {
public:
    explicit SqliteEngine(QString path) : m_path(std::move(path)) {}
    bool shared() const override { return false; }
    QString typeName(Type type) const override
    {
        switch (type) {
        case Type::Id: return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
        case Type::Integer:
        case Type::BigInteger: return QStringLiteral("INTEGER");
        case Type::Text: return QStringLiteral("TEXT");
        }
        return {};
    }
    Result<void> connect(const QString &name) const override
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return fail(ErrorCode::Database, QStringLiteral("cannot open the outbox %1").arg(m_path), db.lastError().text());
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        keepWalOnClose(db); // no checkpoint (two syncs) as each command ends
        QSqlQuery q(db);
        return setUpSession(q);
    }
    Result<void> setUpSession(QSqlQuery &q) const override
    {
        // WAL + NORMAL: a committed entry survives a crash of the process; each commit is cheap.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return outboxDbError(QStringLiteral("setting up"), q.lastError());
        }
        return {};
    }
    Result<void> beginUpgrade(QSqlQuery &q) const override
    {
        // One upgrade at a time: another process opening the outbox now waits, then finds it done.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return outboxDbError(QStringLiteral("upgrading the schema"), q.lastError());
        return {};
    }
    Result<int> schemaVersion(QSqlQuery &q) const override
    {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return outboxDbError(QStringLiteral("reading the schema version"), q.lastError());
        return q.value(0).toInt();
    }
    Result<void> setSchemaVersion(QSqlQuery &q, int version) const override
    {
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)))
            return outboxDbError(QStringLiteral("upgrading the schema"), q.lastError());
        return {};
    }
    Result<QStringList> columns(QSqlQuery &q, const QString &table) const override
    {
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            return outboxDbError(QStringLiteral("reading the schema"), q.lastError());
        QStringList out;
        while (q.next())
            out << q.value(1).toString();
        return out;
    }
    QString beginGroup() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString insertionOrder() const override { return QStringLiteral("rowid"); }
    void setDurableCommits(QSqlQuery &q, bool durable) const override
    {
        q.exec(durable ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    QString clockSql(int plusSeconds) const override
    {
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '%1 seconds')").arg(plusSeconds >= 0 ? u'+' + QString::number(plusSeconds)
                                                                                                          : QString::number(plusSeconds));
    }
    QString skipLocked() const override { return {}; } // a write transaction holds the whole file
    QString likeIgnoringCase() const override { return QStringLiteral("LIKE"); }
    Result<void> continueIdsAfterMax(QSqlQuery &, const QString &) const override { return {}; } // AUTOINCREMENT does

private:
    QString m_path;
};

// libpq's quoting for a connection value.
QString quotedValue(QString value)
{
    return u'\'' + value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'")) + u'\'';
}

class PostgresEngine final : public OutboxEngine {
public:
    explicit PostgresEngine(OutboxLocation location) : m_location(std::move(location)) {}
    bool shared() const override { return true; }
    QString typeName(Type type) const override
    {
        switch (type) {
        case Type::Id: return QStringLiteral("BIGSERIAL PRIMARY KEY");
        case Type::Integer: return QStringLiteral("INTEGER");
        case Type::BigInteger: return QStringLiteral("BIGINT");
        case Type::Text: return QStringLiteral("TEXT");
        }
        return {};
    }
    Result<void> connect(const QString &name) const override
    {
        auto keys = parseConnectionString(m_location.postgresql);
        if (!keys)
            return fail(ErrorCode::InvalidSettings, QStringLiteral("outbox.postgresql: ") + keys.error().message);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid())
            return fail(ErrorCode::Database, QStringLiteral("the PostgreSQL driver of Qt (QPSQL) is not installed"),
                        QStringLiteral("install libqt6sql6-psql"));
        QStringList options;
        for (auto it = keys->cbegin(); it != keys->cend(); ++it) {
            if (it.key() == QLatin1String("host"))
                db.setHostName(it.value());
            else if (it.key() == QLatin1String("port"))
                db.setPort(it.value().toInt());
            else if (it.key() == QLatin1String("dbname"))
                db.setDatabaseName(it.value());
            else if (it.key() == QLatin1String("user"))
                db.setUserName(it.value());
            else
                options << it.key() + u'=' + quotedValue(it.value());
        }
        if (!keys->contains(QStringLiteral("connect_timeout")))
            options << QStringLiteral("connect_timeout=10");
        if (!keys->contains(QStringLiteral("keepalives"))) // a server that vanished from the network is noticed
            options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=30") << QStringLiteral("keepalives_interval=10")
                    << QStringLiteral("keepalives_count=3");
        // libpq would first look for a Kerberos ticket to offer GSS encryption (a few ms at every
        // start); TLS (sslmode) is how PacsDrop's connection is protected. A site that uses GSS
        // encryption says so in the connection string.
        if (!keys->contains(QStringLiteral("gssencmode")))
            options << QStringLiteral("gssencmode=disable");
        if (!keys->contains(QStringLiteral("application_name")))
            options << QStringLiteral("application_name=") + quotedValue(QStringLiteral("pacsdrop ") + m_location.node);
        db.setConnectOptions(options.join(u';'));
        db.setPassword(m_location.password);
        if (!db.open())
            return fail(ErrorCode::Database, QStringLiteral("cannot reach the shared outbox (%1)").arg(m_location.describe()),
                        db.lastError().text());
        QSqlQuery q(db);
        return setUpSession(q);
    }
    Result<void> setUpSession(QSqlQuery &q) const override
    {
        // A session waiting on a lock longer than this is stuck, not busy; one that froze inside a
        // transaction (a node cut off) is ended by the server, so its row locks do not hold others off.
        for (const char *set : {"SET lock_timeout = '30s'", "SET idle_in_transaction_session_timeout = '60s'", "SET client_min_messages = warning"}) {
            if (!q.exec(QString::fromLatin1(set)))
                return outboxDbError(QStringLiteral("setting up"), q.lastError());
        }
        return {};
    }
    Result<void> beginUpgrade(QSqlQuery &q) const override
    {
        // Nodes starting together: one upgrades, the others wait on this lock, then find it done.
        if (!q.exec(QStringLiteral("BEGIN")) || !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(5157736)"))
            || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS outbox_schema (version INTEGER NOT NULL)")))
            return outboxDbError(QStringLiteral("upgrading the schema"), q.lastError());
        return {};
    }
    Result<int> schemaVersion(QSqlQuery &q) const override
    {
        if (!q.exec(QStringLiteral("SELECT to_regclass('outbox_schema') IS NOT NULL")) || !q.next())
            return outboxDbError(QStringLiteral("reading the schema version"), q.lastError());
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM outbox_schema")) || !q.next())
            return outboxDbError(QStringLiteral("reading the schema version"), q.lastError());
        return q.value(0).toInt();
    }
    Result<void> setSchemaVersion(QSqlQuery &q, int version) const override
    {
        if (!q.exec(QStringLiteral("DELETE FROM outbox_schema")) || !q.exec(QStringLiteral("INSERT INTO outbox_schema VALUES (%1)").arg(version)))
            return outboxDbError(QStringLiteral("upgrading the schema"), q.lastError());
        return {};
    }
    Result<QStringList> columns(QSqlQuery &q, const QString &table) const override
    {
        q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?"));
        q.addBindValue(table);
        if (!q.exec())
            return outboxDbError(QStringLiteral("reading the schema"), q.lastError());
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    QString beginGroup() const override { return QStringLiteral("BEGIN"); }
    QString insertionOrder() const override { return QStringLiteral("ctid"); }
    void setDurableCommits(QSqlQuery &, bool) const override {} // synchronous_commit is on by default
    QString clockSql(int plusSeconds) const override
    {
        return QStringLiteral("to_char((clock_timestamp() AT TIME ZONE 'UTC') + interval '%1 seconds', "
                              "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(plusSeconds);
    }
    QString skipLocked() const override { return QStringLiteral(" FOR UPDATE SKIP LOCKED"); }
    QString likeIgnoringCase() const override { return QStringLiteral("ILIKE"); }
    Result<void> continueIdsAfterMax(QSqlQuery &q, const QString &table) const override
    {
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)").arg(table)))
            return outboxDbError(QStringLiteral("continuing the ids"), q.lastError());
        return {};
    }

private:
    OutboxLocation m_location;
};

} // namespace

std::unique_ptr<OutboxEngine> makeOutboxEngine(const OutboxLocation &location)
{
    if (location.isShared())
        return std::make_unique<PostgresEngine>(location);
    return std::make_unique<SqliteEngine>(location.sqlitePath);
}

} // namespace pacsdrop
