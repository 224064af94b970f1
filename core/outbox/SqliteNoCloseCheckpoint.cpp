#include "outbox/SqliteNoCloseCheckpoint.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

namespace pacsdrop {

namespace {
struct sqlite3; // SQLite's connection handle, as the driver gives it
constexpr int kNoCheckpointOnClose = 1006; // SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE (sqlite3.h)
using DbConfig = int (*)(sqlite3 *, int, ...);

// sqlite3_db_config from the SQLite the QSQLITE plugin loaded (not linked here: every command
// would map it at start).
DbConfig dbConfig()
{
#ifdef Q_OS_UNIX
    static const DbConfig found = [] {
        void *lib = ::dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        return lib ? reinterpret_cast<DbConfig>(::dlsym(lib, "sqlite3_db_config")) : nullptr;
    }();
    return found;
#else
    return nullptr;
#endif
}
} // namespace

bool keepWalOnClose(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    const DbConfig config = dbConfig();
    int set = 0;
    return connection && config && config(connection, kNoCheckpointOnClose, 1, &set) == 0 && set == 1;
}

} // namespace pacsdrop
