#pragma once
// DCMTK's SCU with one C-STORE that trusts nothing it is not told: the response must be a
// C-STORE-RSP to this very message (MessageIDBeingRespondedTo) for this very instance
// (AffectedSOPInstanceUID), or the association is given up (pitfalls.md §2). Decompresses only
// when the accepted context's syntax differs from the stored compressed one. Internal to net/.

#include "common/Error.h"
#include "settings/Device.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmnet/scu.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

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
    // Sends a file's dataset as it is: the bytes from datasetOffset to the end of the file, which
    // must be encoded in the context's accepted transfer syntax (bit-preserving, never parsed; the
    // caller walked the file's structure first). Read in 256 kB pieces, written as whole PDUs.
    Result<StoreResponse> storeFile(T_ASC_PresentationContextID presId, const QString &path, qint64 datasetOffset,
                                    const QString &sopClassUid, const QString &sopInstanceUid, const Device &device);
    bool brokeAssociation() const { return m_broken; }
    // Ends a broken association: A-ABORT, or, when the peer stopped answering, just closing the
    // connection (DCMTK would otherwise wait the ACSE timeout for the silent peer to confirm).
    void giveUpAssociation();

    // The accepted transfer syntax of a context.
    QString acceptedSyntax(T_ASC_PresentationContextID presId);
    // The transfer syntaxes proposed for a SOP class in contexts the PACS refused because it
    // supports none of them (A-ASSOCIATE-AC result 4); empty when it refused the SOP class itself.
    QStringList refusedSyntaxes(const QString &sopClassUid) const;
    OFCondition negotiateAssociation() override;

    std::function<void(qint64 bytes)> onProgress;

protected:
    void notifySENDProgress(const unsigned long byteCount) override;

private:
    Result<StoreResponse> giveUp(Error error);
    // The C-STORE-RSP to messageId for sopInstanceUid, checked.
    Result<StoreResponse> awaitResponse(Uint16 messageId, const QByteArray &sopInstanceUid, const Device &device);
    Uint16 nextId();

    Uint16 m_messageId = 0;
    std::vector<char> m_pdus; // PDUs of the file being sent, reused from file to file
    QHash<QString, QStringList> m_refusedSyntaxes; // SOP class UID -> transfer syntaxes refused (result 4)
    bool m_broken = false;
    bool m_peerSilent = false;
};

} // namespace pacsdrop
