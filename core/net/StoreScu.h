#pragma once
// DCMTK's SCU with one C-STORE that trusts nothing it is not told: the response must be a
// C-STORE-RSP to this very message (MessageIDBeingRespondedTo) for this very instance
// (AffectedSOPInstanceUID), or the association is given up (pitfalls.md §2). Decompresses only
// when the accepted context's syntax differs from the stored compressed one. Internal to net/.

#include "common/Error.h"
#include "settings/Device.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmnet/scu.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace pacsdrop {

struct StoreResponse {
    std::uint16_t status = 0;
    QString errorComment; // (0000,0902) from the status detail, if the peer gave one
};

class StoreScu final : public DcmSCU {
public:
    StoreScu() = default;
    using DcmSCU::useSecureConnection;

    // Sends one dataset on an accepted context. On error, brokeAssociation() tells whether the
    // association may still be used.
    Result<StoreResponse> store(T_ASC_PresentationContextID presId, DcmDataset &dataset, const QString &sopClassUid,
                                const QString &sopInstanceUid, const Device &device);
    bool brokeAssociation() const { return m_broken; }
    // Ends a broken association: A-ABORT, or, when the peer stopped answering, just closing the
    // connection (DCMTK would otherwise wait the ACSE timeout for the silent peer to confirm).
    void giveUpAssociation();

    // The accepted transfer syntax of a context.
    QString acceptedSyntax(T_ASC_PresentationContextID presId);

    std::function<void(qint64 bytes)> onProgress;

protected:
    void notifySENDProgress(const unsigned long byteCount) override;

private:
    Result<StoreResponse> giveUp(Error error);
    Uint16 nextId();

    Uint16 m_messageId = 0;
    bool m_broken = false;
    bool m_peerSilent = false;
};

} // namespace pacsdrop
