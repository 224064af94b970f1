#include "outbox/Spool.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMultiHash>
#include <QMutex>
#include <QSet>

#include <optional>

namespace pacsdrop {

namespace {

QMutex foldersInUseMutex;
QMultiHash<QString, int> foldersInUse; // a folder may be marked twice

bool inUse(const QString &file)
{
    QMutexLocker lock(&foldersInUseMutex);
    for (auto it = foldersInUse.cbegin(); it != foldersInUse.cend(); ++it) {
        if (file.startsWith(it.key() + u'/'))
            return true;
    }
    return false;
}

// Kept while it may be sent again: not delivered yet, awaiting the PACS's confirmation, or not kept
// by the PACS (Retry sends the same object again). Only those entries are read: an outbox's
// delivered history grows to many thousands.
Result<QSet<QString>> filesToKeep(const Outbox &outbox)
{
    auto entries = outbox.unsettled();
    if (!entries)
        return std::unexpected(entries.error());
    QSet<QString> files;
    for (const OutboxEntry &e : *entries)
        files.insert(QFileInfo(e.path).absoluteFilePath());
    return files;
}

} // namespace

SpoolFolderInUse::SpoolFolderInUse(const QString &folder) : m_folder(QFileInfo(folder).absoluteFilePath())
{
    QMutexLocker lock(&foldersInUseMutex);
    foldersInUse.insert(m_folder, 0);
}

SpoolFolderInUse::~SpoolFolderInUse()
{
    QMutexLocker lock(&foldersInUseMutex);
    foldersInUse.remove(m_folder, 0);
}

Result<int> cleanSpool(Outbox &outbox, const QString &spoolDir)
{
    std::optional<QSet<QString>> keep; // read when the spool holds a file (usually it holds none)
    // A shared spool: another node may be converting into it right now, before its entries exist,
    // so a file no entry knows goes only when a day old; the marker that proves sharing stays.
    const QDateTime unknownBefore = outbox.shared() ? QDateTime::currentDateTimeUtc().addDays(-1) : QDateTime();
    int removed = 0;
    QDirIterator files(spoolDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo info(files.next());
        const QString file = info.absoluteFilePath();
        if (outbox.shared() && (info.fileName().startsWith(QStringLiteral(".pacsdrop-shared-spool-")) || info.lastModified() > unknownBefore))
            continue;
        if (!keep) {
            auto read = filesToKeep(outbox);
            if (!read)
                return std::unexpected(read.error());
            keep = std::move(*read);
        }
        if (!keep->contains(file) && !inUse(file) && QFile::remove(file))
            ++removed;
    }
    // Empty batch folders go too.
    QDirIterator dirs(spoolDir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList folders;
    while (dirs.hasNext())
        folders << dirs.next();
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : folders) {
        if (outbox.shared() && QFileInfo(folder).lastModified() > unknownBefore)
            continue; // another node may be about to fill it
        if (!inUse(folder + QStringLiteral("/.")))
            QDir().rmdir(folder);
    }
    return removed;
}

} // namespace pacsdrop
