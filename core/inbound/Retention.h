#pragma once
// Retention of what the inbound listeners and the Local archive keep (docs/service.md, "Retention"):
// per store (the Local archive's rule is site.localArchiveRetention), files
// older than keepDays go, and the oldest go until the folder holds at most keepGigabytes — but only
// files the outbox shows delivered to every one of the listener's forwardTo destinations, with
// nothing pending or failed for them. A file not yet delivered everywhere is never deleted, whatever
// the rules say; it is counted instead. A listener that forwards nowhere only stores, so its rules
// apply to every file. A dry run plans without deleting. `pacsdrop serve` runs it at start and
// every hour; `pacsdrop retention [--dry-run]` runs it at once.

#include "outbox/Outbox.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pacsdrop {

struct RetentionFile {
    QString path;
    qint64 size = 0;
    QDateTime modified;
    QString why; // "older than 30 days", "the folder holds more than 2 GB"
};

struct RetentionPlan {
    QString listener;
    QString folder;
    int filesBefore = 0;
    qint64 bytesBefore = 0;
    QList<RetentionFile> toDelete; // oldest first
    int keptUndelivered = 0;       // files the rules would remove that are not delivered everywhere yet
    qint64 bytesToDelete() const;
};

struct RetentionRun {
    RetentionPlan plan;
    bool dryRun = true;
    int deleted = 0;
    qint64 bytesDeleted = 0;
    QStringList problems; // files that could not be deleted, and why
    QDateTime at;
};

// The plan for one listener's folder, from the outbox's record of what was delivered where.
RetentionPlan planRetention(const InboundListener &listener, const QString &folder, const Outbox::FolderDeliveries &deliveries,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

// Every listener with a rule: planned, and carried out unless dryRun. Remembered for
// lastRetentionRuns() (the console's dashboard).
Result<QList<RetentionRun>> runRetention(const Settings &settings, bool dryRun);
QList<RetentionRun> lastRetentionRuns();

} // namespace pacsdrop
