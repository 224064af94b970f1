#pragma once
// How a shared outbox's work is claimed, chunk by chunk (OutboxRunner.cpp): a chunk is about a
// second of work at the rate just seen, within this node's fair share; and the next chunk is
// claimed while the current one is still being sent. Claiming a large chunk takes the database
// tens of milliseconds; done between chunks, every association stood idle meanwhile (two such
// pauses made a 1,000-file delivery from PostgreSQL ~20 % slower than from SQLite).

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

// Passed to the delivery of one chunk in place of the caller's listener (everything is forwarded):
// once a quarter of the files being sent have finished, it claims the next chunk, sized at the
// rate so far, leaving out the chunk's own entries (unless this is the round's last chunk, or the
// delivery is being cancelled). What it claims is added to `held` at once, so a round that ends
// early gives it back with the rest; the caller checks it again before sending it
// (Outbox::stillClaimed).
class ClaimAhead final : public DeliveryListener {
public:
    ClaimAhead(Outbox &outbox, DeliveryListener &forward, const QList<qint64> &chunk, qsizetype sending, QSet<qint64> &held,
               bool mayClaim, const std::atomic_bool &cancel);

    // The next chunk, if it was claimed (an error, or an empty list when nothing was free).
    std::optional<Result<QList<OutboxEntry>>> takeNext() { return std::exchange(m_next, std::nullopt); }

    void fileStarted(const OutboxEntry &e) override { m_forward.fileStarted(e); }
    void fileProgress(const OutboxEntry &e, qint64 bytesSent) override { m_forward.fileProgress(e, bytesSent); }
    void fileFinished(const OutboxEntry &e, const StoreOutcome &outcome) override;
    void destinationStarted(const Device &device, int files) override { m_forward.destinationStarted(device, files); }
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
    Outbox &m_outbox;
    DeliveryListener &m_forward;
    const QList<qint64> &m_chunk;
    const qsizetype m_sending;
    QSet<qint64> &m_held;
    const std::atomic_bool &m_cancel;
    QElapsedTimer m_took;
    qsizetype m_finished = 0;
    std::optional<Result<QList<OutboxEntry>>> m_next;
    bool m_claimed; // or not to be done
};

} // namespace pacsdrop
