#pragma once
// Where PacsDrop keeps its files. Defaults follow the platform (XDG on Linux); the command line
// can override them for tests and for admins who deploy a prepared configuration.

#include <QString>

namespace pacsdrop::paths {

// Overrides; empty restores the platform default. Call before anything reads the paths.
void setConfigFileOverride(const QString &file);
void setDataDirOverride(const QString &dir);
// A shared outbox's spool (settings "outbox.spool"): every node's converted and received files.
void setSpoolDirOverride(const QString &dir);

QString settingsFile(); // <config>/pacsdrop/settings.json
QString dataDir();      // <data>/pacsdrop (created on demand)
QString outboxFile();   // <data>/pacsdrop/outbox.sqlite
QString logDir();       // <data>/pacsdrop/logs
QString spoolDir();     // <data>/pacsdrop/spool (or the shared spool): converted files waiting to be delivered

} // namespace pacsdrop::paths
