#pragma once
// Which outbox this process works with, chosen once from the settings when a front starts
// (useOutboxSettings) and read by every Outbox::openConfigured(): the embedded SQLite file, or the
// PostgreSQL database several nodes share. Thread-safe.

#include "common/Error.h"

#include <QString>

namespace pacsdrop {

class Settings;

struct OutboxLocation {
    QString sqlitePath;         // the embedded store (when postgresql is empty)
    QString postgresql;         // libpq connection string, without the password
    QString password;           // opened from its sealed form; in memory only
    QString node;               // this node's name
    int leaseSeconds = 30;
    QString problem;            // set: the settings name a shared outbox this process cannot use (why)

    bool isShared() const { return !postgresql.isEmpty(); }
    // Where this process keeps its own notes and lock (never shared between nodes).
    QString localStatePath() const;
    // What people are told the outbox is ("/…/outbox.sqlite", "PostgreSQL db on host").
    QString describe() const;
};

// Default: SQLite at paths::outboxFile() (read when asked, so a changed data folder counts).
OutboxLocation configuredOutbox();
void setConfiguredOutbox(const OutboxLocation &location);

// From the settings: the outbox store, its password opened, and the shared spool folder set as
// the spool (paths::spoolDir). A password that cannot be opened leaves the shared outbox set but
// unusable (every open says why): a node never falls back to a local outbox by itself.
void useOutboxSettings(const Settings &settings);

// This process's claim id: the node's name, "#", and a random part (two processes on one node
// hold their own claims).
QString claimInstance(const QString &node);

} // namespace pacsdrop
