#include "outbox/Spool.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace pacsdrop {

Result<int> cleanSpool(Outbox &outbox, const QString &spoolDir)
{
    auto entries = outbox.entries();
    if (!entries)
        return std::unexpected(entries.error());
    QSet<QString> needed;
    for (const OutboxEntry &e : *entries) {
        if (e.state != OutboxEntry::State::Done)
            needed.insert(QFileInfo(e.path).absoluteFilePath());
    }
    int removed = 0;
    QDirIterator files(spoolDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = QFileInfo(files.next()).absoluteFilePath();
        if (!needed.contains(file) && QFile::remove(file))
            ++removed;
    }
    // Empty batch folders go too.
    QDirIterator dirs(spoolDir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList folders;
    while (dirs.hasNext())
        folders << dirs.next();
    std::sort(folders.begin(), folders.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : folders)
        QDir().rmdir(folder);
    return removed;
}

} // namespace pacsdrop
