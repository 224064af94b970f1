#pragma once
// Decides when a file in a watched folder is complete: its size and modification time unchanged
// for the folder's stable time, and its name not a temporary one (*.part, *.tmp, *.crdownload,
// ~*, .*). Writers that copy slowly, or write under a temporary name and rename, are waited for.

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace pacsdrop {

// Names a writer uses while it is still writing (or hidden files): never taken.
bool isTemporaryName(const QString &fileName);

class FileStability {
public:
    explicit FileStability(int stableSeconds) : m_stableMs(qint64(stableSeconds) * 1000) {}

    // Feeds the files seen now (absolute paths); returns those complete since the last call.
    // A file that changes starts its wait again; a file that disappears is forgotten.
    QStringList update(const QStringList &files, qint64 nowMs);
    // Forgets a file (taken, or moved away).
    void forget(const QString &path) { m_seen.remove(path); }

private:
    struct Seen {
        qint64 size = -1;
        QDateTime modified;
        qint64 unchangedSinceMs = 0;
        bool reported = false;
    };
    qint64 m_stableMs;
    QHash<QString, Seen> m_seen;
};

} // namespace pacsdrop
