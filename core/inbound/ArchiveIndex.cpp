#include "inbound/ArchiveIndex.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

#include <mutex>

namespace pacsdrop {

namespace {

struct Known {
    qint64 size = 0;
    QDateTime modified;
    std::optional<DicomFileInfo> header; // nullopt: not a readable DICOM file
};

std::mutex g_cacheMutex;
QHash<QString, QHash<QString, Known>> g_cache; // folder -> path -> what its header said

} // namespace

std::optional<ArchiveStore> archiveStore(const Settings &settings, const QString &id)
{
    for (const ArchiveStore &store : archiveStores(settings)) {
        if (store.id == id)
            return store;
    }
    return std::nullopt;
}

ArchiveContents archiveContents(const QString &folder)
{
    // The listing first, without the lock; headers read outside it too (they take the time).
    struct Listed {
        QString path;
        qint64 size;
        QDateTime modified;
    };
    QList<Listed> listed;
    QDirIterator it(folder, QDir::Files); // hidden ".incoming-…" files are still arriving: not listed
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        listed.append({info.absoluteFilePath(), info.size(), info.lastModified()});
    }
    QHash<QString, Known> known;
    {
        std::lock_guard lock(g_cacheMutex);
        known = g_cache.value(folder);
    }
    QHash<QString, Known> now;
    ArchiveContents contents;
    for (const Listed &file : std::as_const(listed)) {
        Known entry = known.value(file.path);
        if (entry.size != file.size || entry.modified != file.modified || known.find(file.path) == known.end()) {
            auto header = readDicomFileInfo(file.path);
            entry = {file.size, file.modified, header ? std::optional(*header) : std::nullopt};
        }
        now.insert(file.path, entry);
        if (entry.header)
            contents.instances.append({file.path, file.size, file.modified, *entry.header});
        else
            ++contents.unreadable;
    }
    {
        std::lock_guard lock(g_cacheMutex);
        g_cache.insert(folder, now); // files gone since are forgotten
    }
    return contents;
}

} // namespace pacsdrop
