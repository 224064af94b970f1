#include "delivery/ClaimAhead.h"

#include <algorithm>

namespace pacsdrop {

namespace {
constexpr int kMaxClaimChunk = 2000;
constexpr qint64 kClaimMs = 1000;
} // namespace

int nextClaimSize(qsizetype delivered, qint64 elapsedMs, const Result<int> &fairShare)
{
    const qint64 byRate = std::clamp<qint64>(delivered * kClaimMs / std::max<qint64>(elapsedMs, 1), kClaimChunk, kMaxClaimChunk);
    return static_cast<int>(fairShare ? std::min<qint64>(byRate, std::max(*fairShare, kClaimChunk)) : kClaimChunk);
}

ClaimAhead::ClaimAhead(Outbox &outbox, DeliveryListener &forward, const QList<qint64> &chunk, qsizetype sending, QSet<qint64> &held,
                       bool mayClaim, const std::atomic_bool &cancel)
    : m_outbox(outbox), m_forward(forward), m_chunk(chunk), m_sending(sending), m_held(held), m_cancel(cancel), m_claimed(!mayClaim)
{
    m_took.start();
}

void ClaimAhead::fileFinished(const OutboxEntry &e, const StoreOutcome &outcome)
{
    m_forward.fileFinished(e, outcome);
    ++m_finished;
    if (m_claimed || m_finished * 4 < m_sending || m_cancel.load())
        return;
    m_claimed = true;
    // A quarter in, the rate is known, and the other three quarters keep the associations busy
    // while the database works on the claim (a 100-file first chunk is gone in ~30 ms, about
    // what claiming the next 900 takes).
    m_next = m_outbox.claimDue(nextClaimSize(m_finished, m_took.elapsed(), m_outbox.fairShare()), m_chunk);
    if (*m_next) {
        for (const OutboxEntry &claimed : **m_next)
            m_held.insert(claimed.id);
    }
}

} // namespace pacsdrop
