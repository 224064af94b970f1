#pragma once
// The CLI commands. Each takes its own arguments (the command name first), prints progress and
// results on stderr (machine-readable output, where a command has one, on stdout) and returns
// a process exit code (CliContext.h).

#include <QStringList>

namespace pacsdrop::cli {

int echoCommand(const QStringList &arguments);
int sendCommand(const QStringList &arguments);
int convertCommand(const QStringList &arguments);
int queueCommand(const QStringList &arguments);
int worklistCommand(const QStringList &arguments);
int queryCommand(const QStringList &arguments);
int serveCommand(const QStringList &arguments);
int apiCommand(const QStringList &arguments);
int consoleCommand(const QStringList &arguments);
int retentionCommand(const QStringList &arguments);
int secretCommand(const QStringList &arguments);
int outboxCommand(const QStringList &arguments);

} // namespace pacsdrop::cli
