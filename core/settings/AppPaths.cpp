#include "settings/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace pacsdrop::paths {

namespace {
QString g_configFile;
QString g_dataDir;
QString g_spoolDir;

QString appFolder(QStandardPaths::StandardLocation location)
{
    // GenericConfig/GenericData plus our own name: independent of QCoreApplication's names,
    // so the CLI, the GUI and tests agree.
    return QStandardPaths::writableLocation(location) + QStringLiteral("/pacsdrop");
}
} // namespace

void setConfigFileOverride(const QString &file) { g_configFile = file.isEmpty() ? QString() : QDir().absoluteFilePath(file); }
void setDataDirOverride(const QString &dir) { g_dataDir = dir.isEmpty() ? QString() : QDir().absoluteFilePath(dir); }
void setSpoolDirOverride(const QString &dir) { g_spoolDir = dir.isEmpty() ? QString() : QDir().absoluteFilePath(dir); }

QString settingsFile()
{
    return g_configFile.isEmpty() ? appFolder(QStandardPaths::GenericConfigLocation) + QStringLiteral("/settings.json")
                                  : g_configFile;
}

QString dataDir()
{
    const QString dir = g_dataDir.isEmpty() ? appFolder(QStandardPaths::GenericDataLocation) : g_dataDir;
    QDir().mkpath(dir);
    return dir;
}

QString outboxFile() { return dataDir() + QStringLiteral("/outbox.sqlite"); }

QString logDir() { return dataDir() + QStringLiteral("/logs"); }

QString spoolDir() { return g_spoolDir.isEmpty() ? dataDir() + QStringLiteral("/spool") : g_spoolDir; }

} // namespace pacsdrop::paths
