#pragma once
// The files of one delivery, shared by its associations: each association takes the next file
// no other has taken, right before sending it. A fast association sends more; one that waits
// (a PACS serving one association at a time, as DCMTK's storescp does) leaves its files to the
// others instead of holding them until its own association opens, or times out.

#include <QSet>

#include <mutex>

namespace pacsdrop {

class StoreClaims {
public:
    // True for the first caller only.
    bool claim(qint64 entryId)
    {
        std::lock_guard lock(m_mutex);
        if (m_taken.contains(entryId))
            return false;
        m_taken.insert(entryId);
        return true;
    }
    bool claimed(qint64 entryId) const
    {
        std::lock_guard lock(m_mutex);
        return m_taken.contains(entryId);
    }

private:
    mutable std::mutex m_mutex;
    QSet<qint64> m_taken;
};

} // namespace pacsdrop
