#include "watch/FileStability.h"

#include <QFileInfo>
#include <QSet>

namespace pacsdrop {

bool isTemporaryName(const QString &fileName)
{
    static const QStringList suffixes{QStringLiteral(".part"), QStringLiteral(".tmp"), QStringLiteral(".crdownload"),
                                      QStringLiteral(".partial"), QStringLiteral(".filepart")};
    if (fileName.startsWith(u'.') || fileName.startsWith(u'~'))
        return true;
    for (const QString &s : suffixes) {
        if (fileName.endsWith(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QStringList FileStability::update(const QStringList &files, qint64 nowMs)
{
    QStringList complete;
    QSet<QString> present;
    for (const QString &path : files) {
        const QFileInfo info(path);
        if (isTemporaryName(info.fileName()))
            continue;
        present.insert(path);
        Seen &s = m_seen[path];
        if (s.size != info.size() || s.modified != info.lastModified()) {
            s.size = info.size();
            s.modified = info.lastModified();
            s.unchangedSinceMs = nowMs;
            s.reported = false;
            continue;
        }
        if (!s.reported && nowMs - s.unchangedSinceMs >= m_stableMs) {
            s.reported = true;
            complete << path;
        }
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (!present.contains(it.key()))
            it = m_seen.erase(it);
        else
            ++it;
    }
    return complete;
}

} // namespace pacsdrop
