#pragma once
// How a shared outbox's work is claimed, chunk by chunk (OutboxRunner.cpp): a chunk is about a
// second of work at the rate just seen, within this node's fair share; and the next chunk is
// claimed while the current one is still being sent. Claiming a large chunk takes the database
// tens of milliseconds; done between chunks, every association stood idle meanwhile (two such
// pauses made a 1,000-file delivery from PostgreSQL ~20 % slower than from SQLite).

#include "delivery/Delivery.h"
#include "delivery/OutboxRunner.h"
#include "outbox/Outbox.h"

#include <QElapsedTimer>
#include <QSet>

#include <atomic>
#include <optional>

namespace pacsdrop {

constexpr int kClaimChunk = 100; // the first claim of a round (its rate is not known yet), and the least

// The size of the next claim after `delivered` files took `elapsedMs`: about a second of work at
// that rate (kClaimChunk … 2,000), not more than the node's fair share (but at least kClaimChunk).
int nextClaimSize(qsizetype delivered, qint64 elapsedMs, const Result<int> &fairShare);

// What claiming costs this database per entry, as last measured (its fixed costs included): a
// chunk claimed ahead is kept small enough to be claimed before the files still in hand are sent
// (a claim of 900 rows took 80 ms on a busy server while the 75 files left took 45 ms to send).
class ClaimCost {
public:
    void measured(qsizetype entries, qint64 nanoseconds);
    // The most entries to claim within `runwayMs` (with a margin; no limit before a measurement).
    int mostWithin(double runwayMs) const;

private:
    std::optional<double> m_msPerEntry;
};

// Claims as Outbox::claimDue does, and tells `cost` what a full claim took (a short one spreads
// its fixed costs over fewer entries).
Result<QList<OutboxEntry>> claimTimed(Outbox &outbox, int limit, const QList<qint64> &notThese, ClaimCost &cost);

// Passed to the delivery of one chunk in place of the caller's listener (everything is forwarded),
// and as its feed: once a quarter of the files being sent to a destination have finished, it
// claims the next chunk, sized at the rate so far and within what can be claimed before the files
// in hand are sent (ClaimCost), leaving out the entries still in hand (not when
// the round's claims are used up, or the delivery is being cancelled). What it claims for the
// destination being sent goes to the associations already open (Delivery.h, DeliveryFeed) when three
// quarters of what they have are done; the rest waits for the caller (takeNext). Either way it is
// checked again before it is sent (confirmClaimedAhead).
// Everything it claims is added to `held` at once, so a round that ends early gives it back; what
// it hands out is added to `chunk` and `seen` as the caller's own claims are.
// A chunk claimed ahead is checked before it is sent: an operator may have paused its destination
// or cleared entries since; what is no longer this process's to send is given back at once.
Result<QList<OutboxEntry>> confirmClaimedAhead(Outbox &outbox, const QList<OutboxEntry> &ahead, QSet<qint64> &held);

class ClaimAhead final : public DeliveryListener, public DeliveryFeed {
public:
    ClaimAhead(Outbox &outbox, DeliveryListener &forward, QList<qint64> &chunk, QSet<qint64> &held, QSet<qint64> &seen,
               int &claimsLeft, ClaimCost &cost, const std::atomic_bool &cancel);

    // The next chunk, if it was claimed and not handed out (an error, or entries for another
    // destination, or already sent in this round).
    std::optional<Result<QList<OutboxEntry>>> takeNext()
    {
        m_stashScannedFor.reset();
        return std::exchange(m_next, std::nullopt);
    }
    qsizetype finished() const { return m_finished; }

    More more(const Device &device, const QString &destination) override;

    void fileStarted(const OutboxEntry &e) override { m_forward.fileStarted(e); }
    void fileProgress(const OutboxEntry &e, qint64 bytesSent) override { m_forward.fileProgress(e, bytesSent); }
    void fileFinished(const OutboxEntry &e, const StoreOutcome &outcome) override;
    void destinationStarted(const Device &device, int files) override;
    void destinationUnusable(const QString &destination, const QString &reason, int files) override
    {
        m_forward.destinationUnusable(destination, reason, files);
    }
    void destinationPaused(const QString &destination, int files, const QString &by) override
    {
        m_forward.destinationPaused(destination, files, by);
    }
    void waitingForOtherSender() override { m_forward.waitingForOtherSender(); }
    void leftWorkRecovered(const Recovered &recovered) override { m_forward.leftWorkRecovered(recovered); }

private:
    bool stashHolds(const QString &destination);

    Outbox &m_outbox;
    DeliveryListener &m_forward;
    QList<qint64> &m_chunk;
    QSet<qint64> &m_held;
    QSet<qint64> &m_seen;
    int &m_claimsLeft;
    ClaimCost &m_cost;
    const std::atomic_bool &m_cancel;
    QSet<qint64> m_inHand; // claimed by this process and not finished: never claimed again meanwhile
    QElapsedTimer m_took;
    QElapsedTimer m_sinceFirstFinished; // the sending rate, without the associations' start
    qsizetype m_finished = 0;
    qsizetype m_left = 0;     // files of the destination being sent that have not finished
    qsizetype m_lastSize = 0; // of its last chunk
    bool m_exhausted = false; // a claim found nothing (or failed): no more for this chunk's deliveries
    std::optional<Result<QList<OutboxEntry>>> m_next;
    std::optional<QString> m_stashScannedFor; // the destination m_stashHoldsIt answers for
    bool m_stashHoldsIt = false;
};

} // namespace pacsdrop
