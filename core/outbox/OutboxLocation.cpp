#include "outbox/OutboxLocation.h"

#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QMutex>
#include <QUuid>

#include <optional>

namespace pacsdrop {

namespace {
QMutex g_mutex;
std::optional<OutboxLocation> g_location; // unset: SQLite in the data folder
} // namespace

QString OutboxLocation::localStatePath() const
{
    return isShared() ? paths::dataDir() + QStringLiteral("/shared-outbox") : sqlitePath;
}

QString OutboxLocation::describe() const
{
    if (!isShared())
        return sqlitePath;
    QString where;
    if (auto keys = parseConnectionString(postgresql)) // never the password (it is not in there)
        where = QStringLiteral("PostgreSQL database %1 on %2").arg(keys->value(QStringLiteral("dbname")),
                                                                   keys->value(QStringLiteral("host"), QStringLiteral("localhost")));
    return where;
}

OutboxLocation configuredOutbox()
{
    QMutexLocker lock(&g_mutex);
    if (g_location)
        return *g_location;
    OutboxLocation sqlite;
    sqlite.sqlitePath = paths::outboxFile();
    return sqlite;
}

void setConfiguredOutbox(const OutboxLocation &location)
{
    QMutexLocker lock(&g_mutex);
    g_location = location;
}

void useOutboxSettings(const Settings &settings)
{
    const OutboxSettings &o = settings.outbox();
    if (o.isShared()) {
        OutboxLocation location;
        auto password = o.password();
        if (!password)
            location.problem = QStringLiteral("outbox.password: cannot be opened on this computer (%1); set it again with "
                                              "\"pacsdrop secret outbox-password\"").arg(password.error().message);
        location.postgresql = o.postgresql;
        location.password = password.value_or(QString());
        location.node = o.nodeName();
        location.leaseSeconds = o.leaseSeconds;
        paths::setSpoolDirOverride(o.spool);
        setConfiguredOutbox(location);
        return;
    }
    paths::setSpoolDirOverride({});
    QMutexLocker lock(&g_mutex);
    g_location.reset(); // SQLite in the data folder, wherever that is when the outbox is opened
}

QString claimInstance(const QString &node)
{
    static const QString random = QUuid::createUuid().toString(QUuid::Id128).left(8);
    return node + u'#' + random;
}

} // namespace pacsdrop
