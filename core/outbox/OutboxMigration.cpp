#include "outbox/OutboxMigration.h"

#include "common/ProcessLock.h"

#include "outbox/Outbox.h"
#include "outbox/OutboxEngine.h"
#include "outbox/OutboxSql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pacsdrop {

namespace {

// What moves: the entries and everything kept about them. (nodes and the spool marker belong to
// the shared store; the intake journal must be empty.)
const QStringList kTables{QStringLiteral("entries"), QStringLiteral("attempts"), QStringLiteral("taken_files"),
                          QStringLiteral("paused_destinations")};

bool isUnder(const QString &path, const QString &folder)
{
    return QFileInfo(path).absoluteFilePath().startsWith(QDir(folder).absolutePath() + u'/');
}

} // namespace

Result<MigrationCounts> OutboxMigrator::run(const QString &sqlitePath, const QString &localSpool, const OutboxLocation &target,
                                            const QString &sharedSpool)
{
    if (!target.isShared())
        return fail(ErrorCode::InvalidSettings, QStringLiteral("no shared outbox is set: set outbox.postgresql in the settings first"));
    if (!QFile::exists(sqlitePath))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("there is no SQLite outbox at %1").arg(sqlitePath));
    ProcessLock lock(sqlitePath + QStringLiteral(".lock")); // the delivery lock (delivery/OutboxRunner.cpp)
    if (!lock.tryLock(0)) {
        if (!lock.failure().isEmpty())
            return fail(ErrorCode::FileUnreadable, lock.failure());
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a PacsDrop process is delivering from %1; stop it (pacsdrop serve, the window), then migrate").arg(sqlitePath));
    }
    auto source = Outbox::open(sqlitePath);
    if (!source)
        return std::unexpected(source.error());
    auto left = source->intakes();
    if (!left)
        return std::unexpected(left.error());
    if (!left->isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the outbox holds %1 batch(es) a process left half taken in; run \"pacsdrop "
                                                               "queue resume\" on this computer with the old settings first").arg(left->size()));
    auto dest = Outbox::open(target);
    if (!dest)
        return std::unexpected(dest.error());
    if (auto present = dest->entries(); !present || !present->isEmpty())
        return present ? fail(ErrorCode::InvalidArgument, QStringLiteral("the shared outbox already holds %1 entries; migrate into an empty "
                                                                         "database").arg(present->size()))
                       : Result<MigrationCounts>(std::unexpected(present.error()));

    QSqlDatabase from = QSqlDatabase::database(source->m_connection);
    QSqlDatabase to = QSqlDatabase::database(dest->m_connection);
    QSqlQuery read(from), write(to), schema(to);
    read.setForwardOnly(true);
    if (!to.transaction())
        return outboxDbError(QStringLiteral("starting the migration"), to.lastError());
    MigrationCounts counts;
    QStringList copied;
    const auto undo = [&](const Error &error) -> Result<MigrationCounts> {
        to.rollback();
        for (const QString &file : std::as_const(copied))
            QFile::remove(file);
        return std::unexpected(error);
    };
    for (const QString &table : kTables) {
        auto sourceColumns = source->m_engine->columns(read, table);
        auto targetColumns = dest->m_engine->columns(schema, table);
        if (!sourceColumns || !targetColumns)
            return undo(sourceColumns ? targetColumns.error() : sourceColumns.error());
        QStringList columns;
        for (const QString &c : std::as_const(*sourceColumns)) {
            if (targetColumns->contains(c))
                columns << c;
        }
        const qsizetype pathColumn = columns.indexOf(QStringLiteral("path"));
        const qsizetype stateColumn = columns.indexOf(QStringLiteral("state"));
        QStringList marks(columns.size(), QStringLiteral("?"));
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u','), marks.join(u',')));
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table)))
            return undo(outboxDbError(QStringLiteral("reading the SQLite outbox"), read.lastError()).error());
        while (read.next()) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                QVariant value = read.value(static_cast<int>(i));
                if (table == QLatin1String("entries") && i == pathColumn) {
                    const QString path = value.toString();
                    const bool unsettled = read.value(static_cast<int>(stateColumn)).toString() != QLatin1String("done");
                    if (isUnder(path, localSpool) && QFile::exists(path)) { // the shared spool keeps it from now on
                        const QString moved = QDir(sharedSpool).filePath(QDir(localSpool).relativeFilePath(path));
                        QDir().mkpath(QFileInfo(moved).absolutePath());
                        if (!QFile::exists(moved) && !QFile::copy(path, moved))
                            return undo(Error{ErrorCode::FileUnreadable, QStringLiteral("cannot copy %1 into the shared spool %2").arg(path, sharedSpool), {}});
                        copied << moved;
                        ++counts.filesCopied;
                        value = moved;
                    } else if (unsettled) {
                        ++counts.outsideSpool;
                    }
                }
                write.addBindValue(value);
            }
            if (!write.exec())
                return undo(outboxDbError(QStringLiteral("writing %1 into the shared outbox").arg(table), write.lastError()).error());
            if (table == QLatin1String("entries")) {
                ++counts.entries;
                const QString state = read.value(static_cast<int>(stateColumn)).toString();
                counts.pending += state == QLatin1String("pending");
                counts.failed += state == QLatin1String("failed");
            }
        }
    }
    if (auto continued = dest->m_engine->continueIdsAfterMax(schema, QStringLiteral("entries")); !continued)
        return undo(continued.error());
    if (!to.commit())
        return undo(outboxDbError(QStringLiteral("committing the migration"), to.lastError()).error());
    return counts;
}

} // namespace pacsdrop
