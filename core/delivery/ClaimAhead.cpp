#include "delivery/ClaimAhead.h"

#include <algorithm>
#include <cmath>

namespace pacsdrop {

namespace {
constexpr int kMaxClaimChunk = 2000;
constexpr qint64 kClaimMs = 1000;
constexpr double kRunwayShare = 0.7; // of the time the files in hand take: the claim, and a margin
constexpr int kLeastAhead = kClaimChunk / 4;
constexpr qsizetype kFewLeft = 4; // files in hand: about one per association
} // namespace

void ClaimCost::measured(qsizetype entries, qint64 nanoseconds)
{
    if (entries > 0)
        m_msPerEntry = static_cast<double>(std::max<qint64>(nanoseconds, 1)) / 1e6 / static_cast<double>(entries);
}

int ClaimCost::mostWithin(double runwayMs) const
{
    if (!m_msPerEntry)
        return kMaxClaimChunk;
    return static_cast<int>(std::lround(std::clamp(runwayMs * kRunwayShare / *m_msPerEntry, double(kLeastAhead), double(kMaxClaimChunk))));
}

int nextClaimSize(qsizetype delivered, qint64 elapsedMs, const Result<int> &fairShare)
{
    const qint64 byRate = std::clamp<qint64>(delivered * kClaimMs / std::max<qint64>(elapsedMs, 1), kClaimChunk, kMaxClaimChunk);
    return static_cast<int>(fairShare ? std::min<qint64>(byRate, std::max(*fairShare, kClaimChunk)) : kClaimChunk);
}

Result<QList<OutboxEntry>> claimTimed(Outbox &outbox, int limit, const QList<qint64> &notThese, ClaimCost &cost)
{
    QElapsedTimer claiming;
    claiming.start();
    auto claimed = outbox.claimDue(limit, notThese);
    if (claimed && claimed->size() == limit)
        cost.measured(claimed->size(), claiming.nsecsElapsed());
    return claimed;
}

Result<QList<OutboxEntry>> confirmClaimedAhead(Outbox &outbox, const QList<OutboxEntry> &ahead, QSet<qint64> &held)
{
    auto still = outbox.stillClaimed(ahead);
    if (!still || still->size() == ahead.size())
        return still;
    QSet<qint64> kept;
    for (const OutboxEntry &e : std::as_const(*still))
        kept.insert(e.id);
    QList<qint64> dropped;
    for (const OutboxEntry &e : ahead) {
        if (!kept.contains(e.id)) {
            dropped << e.id;
            held.remove(e.id);
        }
    }
    if (auto r = outbox.releaseClaims(dropped); !r)
        return std::unexpected(r.error());
    return still;
}

ClaimAhead::ClaimAhead(Outbox &outbox, DeliveryListener &forward, QList<qint64> &chunk, QSet<qint64> &held, QSet<qint64> &seen,
                       int &claimsLeft, ClaimCost &cost, const std::atomic_bool &cancel)
    : m_outbox(outbox), m_forward(forward), m_chunk(chunk), m_held(held), m_seen(seen), m_claimsLeft(claimsLeft), m_cost(cost),
      m_cancel(cancel),
      m_inHand(chunk.cbegin(), chunk.cend())
{
    m_took.start();
}

void ClaimAhead::destinationStarted(const Device &device, int files)
{
    m_left = files;
    m_lastSize = files;
    m_forward.destinationStarted(device, files);
}

void ClaimAhead::fileFinished(const OutboxEntry &e, const StoreOutcome &outcome)
{
    m_forward.fileFinished(e, outcome);
    if (m_finished++ == 0)
        m_sinceFirstFinished.start();
    --m_left;
    m_inHand.remove(e.id);
    if (m_next || m_exhausted || m_claimsLeft <= 0 || m_cancel.load() || m_left * 4 > m_lastSize * 3)
        return;
    --m_claimsLeft;
    // A quarter in, the rate is known, and the other three quarters keep the associations busy
    // while the database works on the claim, which is no larger than it can do meanwhile.
    int size = nextClaimSize(m_finished, m_took.elapsed(), m_outbox.fairShare());
    if (m_finished > 1)
        size = std::min(size, m_cost.mostWithin(static_cast<double>(m_sinceFirstFinished.elapsed()) / double(m_finished - 1) * double(m_left)));
    auto claimed = claimTimed(m_outbox, size, m_inHand.values(), m_cost);
    m_stashScannedFor.reset();
    if (!claimed || claimed->isEmpty())
        m_exhausted = true;
    if (!claimed || !claimed->isEmpty())
        m_next = std::move(claimed);
    if (m_next && *m_next) {
        for (const OutboxEntry &c : **m_next)
            m_held.insert(c.id);
    }
}

bool ClaimAhead::stashHolds(const QString &destination)
{
    if (m_stashScannedFor != destination) { // asked after every group of events: scanned once per claim
        m_stashScannedFor = destination;
        m_stashHoldsIt = m_next && *m_next && std::any_of((*m_next)->cbegin(), (*m_next)->cend(), [&](const OutboxEntry &e) {
                             return e.destination == destination && !m_seen.contains(e.id);
                         });
    }
    return m_stashHoldsIt;
}

DeliveryFeed::More ClaimAhead::more(const Device &device, const QString &destination)
{
    More out;
    if (m_cancel.load()) {
        out.closed = true;
        return out;
    }
    bool waiting = stashHolds(destination); // claimed for this destination, not yet handed over
    // Handed out when three quarters of what is in hand are done (the rest keeps the associations
    // busy meanwhile), or when only a few files are left, after one more look: a pause or a clear
    // since the claim is honoured.
    if (waiting && (m_left * 4 <= m_lastSize || m_left <= kFewLeft)) {
        QList<OutboxEntry> mine, others;
        for (OutboxEntry &e : **m_next)
            (e.destination == destination && !m_seen.contains(e.id) ? mine : others) << std::move(e);
        m_next.reset();
        m_stashScannedFor.reset();
        if (!others.isEmpty())
            m_next = std::move(others);
        waiting = false;
        auto still = confirmClaimedAhead(m_outbox, mine, m_held);
        if (!still) { // for the caller to report; what it had claimed is held, and given back when the round ends
            m_next = std::move(still);
            out.closed = true;
            return out;
        }
        if (still->size() < mine.size()) // some are no longer this process's to send: no more for this delivery
            m_exhausted = true;
        out.entries = std::move(*still);
    }
    for (const OutboxEntry &e : std::as_const(out.entries)) {
        m_chunk << e.id;
        m_seen.insert(e.id);
        m_inHand.insert(e.id);
    }
    if (!out.entries.isEmpty()) {
        m_left += out.entries.size();
        m_lastSize = out.entries.size();
        m_forward.destinationStarted(device, static_cast<int>(out.entries.size()));
    }
    // Closed when nothing more can come for this destination: claims found nothing or are used up,
    // a cancel, or what was claimed is for others (the caller takes it).
    out.closed = !waiting && (m_exhausted || m_claimsLeft <= 0 || m_cancel.load() || m_next.has_value());
    return out;
}

} // namespace pacsdrop
