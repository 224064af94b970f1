#pragma once
// What the associations of one delivery share (Delivery.cpp): the files (each claimed by the
// association that sends it), files added while it runs (a shared outbox's next chunk), and who
// is still at work. The last association to give up fails the files nobody took, with its reason;
// until then a broken or refused association leaves them to the others.

#include "net/StoreClaims.h"
#include "net/StoreItem.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace pacsdrop {

class SharedWork {
public:
    // open: more files may be added (add) until close() is called.
    SharedWork(QList<StoreItem> items, int workers, bool open);

    StoreClaims &claims() { return m_claims; }
    QList<StoreItem> unclaimed(const QList<StoreItem> &of) const;

    // The files from `from` on (advanced past them). While none is there yet and more may come,
    // waits for them (or for close(), or a cancel): an empty list means there is no more.
    QList<StoreItem> next(qsizetype &from, const std::atomic_bool &cancel);
    // More files for the associations at work; false when none is left to take them.
    bool add(const QList<StoreItem> &more);
    void close();

    // A worker stops; the files left to the last one to stop (with the reason it gave up, if it did).
    QList<StoreItem> stop(const std::optional<Error> &error);
    Error lastError() const;

private:
    QList<StoreItem> m_items;
    StoreClaims m_claims;
    mutable std::mutex m_mutex;
    std::condition_variable m_grown;
    int m_running;
    bool m_open;
    std::optional<Error> m_lastError;
};

} // namespace pacsdrop
