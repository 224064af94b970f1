#include "inbound/Retention.h"

#include "inbound/ArchiveIndex.h"
#include "logging/Log.h"
#include "settings/AppPaths.h" // outboxFile()

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <mutex>

namespace pacsdrop {

namespace {

std::mutex g_lastMutex;
QList<RetentionRun> g_last;

} // namespace

qint64 RetentionPlan::bytesToDelete() const
{
    qint64 total = 0;
    for (const RetentionFile &f : toDelete)
        total += f.size;
    return total;
}

RetentionPlan planRetention(const InboundListener &listener, const QString &folder, const Outbox::FolderDeliveries &deliveries,
                            const QDateTime &now)
{
    RetentionPlan plan;
    plan.listener = listener.name;
    plan.folder = folder;
    QList<RetentionFile> files;
    QDirIterator it(folder, QDir::Files); // hidden files (".incoming-…": still arriving) are not listed
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        files.append({info.absoluteFilePath(), info.size(), info.lastModified().toUTC(), {}});
        plan.bytesBefore += info.size();
    }
    plan.filesBefore = static_cast<int>(files.size());
    std::sort(files.begin(), files.end(), [](const RetentionFile &a, const RetentionFile &b) { return a.modified < b.modified; });
    const bool storesOnly = listener.forwardTo.isEmpty();
    const auto deletable = [&](const RetentionFile &f) {
        // Never a file the outbox still has to send, even for a listener that only stores now.
        return !deliveries.unsettled.contains(f.path) && (storesOnly || deliveries.deliveredToAll.contains(f.path));
    };
    QSet<QString> undelivered; // wanted by a rule, but not delivered everywhere
    qint64 remaining = plan.bytesBefore;
    QSet<QString> chosen;
    // A rule wants the file gone: it goes if it may, else it is counted as kept.
    const auto take = [&](RetentionFile &f, const QString &why) {
        if (chosen.contains(f.path))
            return;
        if (!deletable(f)) {
            undelivered.insert(f.path);
            return;
        }
        f.why = why;
        plan.toDelete.append(f);
        chosen.insert(f.path);
        remaining -= f.size;
    };
    if (listener.keepDays > 0) {
        const QDateTime limit = now.addDays(-listener.keepDays);
        for (RetentionFile &f : files) {
            if (f.modified >= limit)
                break; // sorted: the rest are newer
            take(f, QStringLiteral("older than %1 days").arg(listener.keepDays));
        }
    }
    if (listener.keepGigabytes > 0) {
        const auto limit = static_cast<qint64>(listener.keepGigabytes * 1e9);
        for (RetentionFile &f : files) {
            if (remaining <= limit)
                break;
            take(f, QStringLiteral("the folder holds more than %1 GB").arg(listener.keepGigabytes));
        }
        std::sort(plan.toDelete.begin(), plan.toDelete.end(), [](const RetentionFile &a, const RetentionFile &b) { return a.modified < b.modified; });
    }
    plan.keptUndelivered = static_cast<int>(undelivered.size());
    return plan;
}

Result<QList<RetentionRun>> runRetention(const Settings &settings, bool dryRun)
{
    auto outbox = Outbox::openConfigured();
    if (!outbox)
        return std::unexpected(outbox.error());
    QList<RetentionRun> runs;
    for (const ArchiveStore &store : archiveStores(settings)) { // the Local archive and each listener's store
        const InboundListener &listener = store.rule;
        if (listener.keepDays <= 0 && listener.keepGigabytes <= 0)
            continue;
        const QString &folder = store.folder;
        auto deliveries = outbox->folderDeliveries(folder, listener.forwardTo);
        if (!deliveries)
            return std::unexpected(deliveries.error());
        RetentionRun run{planRetention(listener, folder, *deliveries), dryRun, 0, 0, {}, QDateTime::currentDateTimeUtc()};
        if (!dryRun) {
            for (const RetentionFile &f : run.plan.toDelete) {
                QFile file(f.path);
                if (file.remove()) {
                    ++run.deleted;
                    run.bytesDeleted += f.size;
                } else if (file.exists()) {
                    run.problems << QStringLiteral("%1: %2").arg(QFileInfo(f.path).fileName(), file.errorString());
                }
            }
            qCInfo(lcIntake).noquote() << "retention:" << listener.name << "deleted" << run.deleted << "file(s)," << run.bytesDeleted / 1000000
                                       << "MB;" << run.plan.keptUndelivered << "kept until delivered everywhere";
        }
        runs.append(run);
    }
    if (!dryRun) {
        std::lock_guard lock(g_lastMutex);
        g_last = runs;
    }
    return runs;
}

QList<RetentionRun> lastRetentionRuns()
{
    std::lock_guard lock(g_lastMutex);
    return g_last;
}

} // namespace pacsdrop
