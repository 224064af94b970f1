#include "net/StoreSession.h"

#include "dicom/DcmtkRuntime.h"
#include "dicom/DcmtkText.h"
#include "dicom/DicomFileInfo.h"
#include "logging/Log.h"
#include "net/Association.h"
#include "net/DimseStatus.h"
#include "net/TunedTransport.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcxfer.h"
#include "dcmtk/dcmnet/dstorscu.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <cstring>

namespace pacsdrop {

namespace {

// DcmStorageSCU's private pseudo status for "no accepted presentation context" (dstorscu.cc).
constexpr Uint16 kNoPresentationContextStatus = 0xFFFF;

QString xferName(const QString &uid) { return uidName(uid); }

// Why a file found no presentation context, and what the user can do about it.
QString noContextMessage(const StoreItem &item, const Device &device)
{
    const QString sopClass = uidName(item.sopClassUid);
    const QByteArray ts = item.transferSyntaxUid.toLatin1();
    const DcmXfer xfer(ts.constData());
    if (xfer.isEncapsulated()) {
        if (!device.decompressIfRefused)
            return QStringLiteral("the PACS does not accept %1 in %2, and decompression is off for this device — allow "
                                  "\"decompress if the PACS refuses the stored format\" in the device settings")
                .arg(sopClass, xferName(item.transferSyntaxUid));
        const bool decodable = xfer.getXfer() == EXS_RLELossless || xfer.getXfer() == EXS_JPEGProcess1
                               || xfer.getXfer() == EXS_JPEGProcess2_4 || xfer.getXfer() == EXS_JPEGProcess14
                               || xfer.getXfer() == EXS_JPEGProcess14SV1 || xfer.getXfer() == EXS_JPEGLSLossless
                               || xfer.getXfer() == EXS_JPEGLSLossy;
        if (!decodable)
            return QStringLiteral("the PACS does not accept %1 in %2, and PacsDrop cannot decompress %2 (no decoder) — "
                                  "the file cannot be sent to this PACS as it is")
                .arg(sopClass, xferName(item.transferSyntaxUid));
        return QStringLiteral("the PACS accepts %1 neither in %2 nor uncompressed").arg(sopClass, xferName(item.transferSyntaxUid));
    }
    return QStringLiteral("the PACS does not accept %1 (SOP class %2) — ask its administrator to enable it")
        .arg(sopClass, item.sopClassUid);
}

class StoreScu final : public DcmStorageSCU {
public:
    StoreScu(const Device &device, const StoreSessionHooks &hooks, const std::atomic_bool &cancel)
        : m_device(device), m_hooks(hooks), m_cancel(cancel)
    {
    }

    using DcmStorageSCU::useSecureConnection;

    void expect(const StoreItem &item) { m_items.insert(item.path, item); }
    bool reported(const QString &path) const { return m_reported.contains(path); }
    bool broken() const { return m_broken; }
    int delivered() const { return m_delivered; }
    int failed() const { return m_failed; }

    void report(const StoreItem &item, const StoreOutcome &outcome)
    {
        m_reported.insert(item.path);
        if (outcome.state == StoreOutcome::State::Delivered)
            ++m_delivered;
        else if (outcome.state == StoreOutcome::State::Failed)
            ++m_failed;
        if (m_hooks.finished)
            m_hooks.finished(item, outcome);
    }

protected:
    OFCondition sendSTORERequest(const T_ASC_PresentationContextID presID, const OFFilename & /*dicomFile*/,
                                 DcmDataset *dataset, Uint16 &rspStatusCode, const OFString & /*moveAE*/,
                                 const Uint16 /*moveId*/) override
    {
        m_fileError.reset();
        m_errorComment.clear();
        if (m_broken) {
            m_skipped = true;
            return DIMSE_ILLEGALASSOCIATION;
        }
        OFString sopClass, sopInstance;
        E_TransferSyntax fileXfer = EXS_Unknown;
        getDatasetInfo(dataset, sopClass, sopInstance, fileXfer);
        OFString abstractSyntax, transferSyntax;
        findPresentationContext(presID, abstractSyntax, transferSyntax);
        if (transferSyntax.empty())
            return DIMSE_NOVALIDPRESENTATIONCONTEXTID;

        // Decompress only when the peer chose another syntax than the stored compressed one.
        const DcmXfer netXfer(transferSyntax.c_str());
        const DcmXfer currentXfer(dataset->getCurrentXfer());
        if (netXfer.getXfer() != currentXfer.getXfer() && (currentXfer.isEncapsulated() || netXfer.isEncapsulated())) {
            const OFCondition cond = dataset->chooseRepresentation(netXfer.getXfer(), nullptr);
            if (cond.bad() || !dataset->canWriteXfer(netXfer.getXfer())) {
                m_fileError = Error{ErrorCode::CannotDecompress,
                                    QStringLiteral("cannot convert %1 to %2 for this PACS: %3")
                                        .arg(QString::fromLatin1(currentXfer.getXferName()),
                                             QString::fromLatin1(netXfer.getXferName()),
                                             cond.bad() ? dcmtkText(cond) : QStringLiteral("no codec")),
                                    {}};
                return EC_CannotChangeRepresentation;
            }
        }

        T_DIMSE_Message request;
        std::memset(&request, 0, sizeof request);
        request.CommandField = DIMSE_C_STORE_RQ;
        T_DIMSE_C_StoreRQ &rq = request.msg.CStoreRQ;
        rq.MessageID = nextId();
        OFStandard::strlcpy(rq.AffectedSOPClassUID, sopClass.c_str(), sizeof rq.AffectedSOPClassUID);
        OFStandard::strlcpy(rq.AffectedSOPInstanceUID, sopInstance.c_str(), sizeof rq.AffectedSOPInstanceUID);
        rq.DataSetType = DIMSE_DATASET_PRESENT;
        rq.Priority = DIMSE_PRIORITY_MEDIUM;

        OFCondition cond = sendDIMSEMessage(presID, &request, dataset);
        if (cond == DIMSE_BADMESSAGE || cond == DIMSE_BADDATA) {
            // The file could not be encoded in the negotiated transfer syntax; part of it may be
            // on the wire already, so the association is not reused.
            return breakAssociation(Error{ErrorCode::DamagedFile,
                                          QStringLiteral("this file cannot be encoded in %1 for sending (%2); "
                                                         "check it with dciodvfy or dcmdump")
                                              .arg(QString::fromLatin1(netXfer.getXferName()), dcmtkText(cond)),
                                          {}});
        }
        if (cond.bad())
            return breakAssociation(describeTransferFailure(cond, m_device));

        T_DIMSE_Message response;
        std::memset(&response, 0, sizeof response);
        DcmDataset *statusDetail = nullptr;
        T_ASC_PresentationContextID responsePresId = 0;
        cond = receiveDIMSECommand(&responsePresId, &response, &statusDetail, nullptr);
        if (cond.bad()) {
            delete statusDetail;
            return breakAssociation(describeTransferFailure(cond, m_device));
        }
        if (statusDetail) {
            OFString comment;
            if (statusDetail->findAndGetOFString(DCM_ErrorComment, comment).good())
                m_errorComment = QString::fromLatin1(comment.c_str()).trimmed();
            delete statusDetail;
        }
        // Check that this response answers this request (pitfalls.md §2): DcmSCU does not.
        if (response.CommandField != DIMSE_C_STORE_RSP)
            return breakAssociation(protocolError(QStringLiteral("the PACS answered a C-STORE with another command (0x%1)")
                                                      .arg(unsigned(response.CommandField), 4, 16, QLatin1Char('0'))));
        const T_DIMSE_C_StoreRSP &rsp = response.msg.CStoreRSP;
        if (rsp.MessageIDBeingRespondedTo != rq.MessageID)
            return breakAssociation(protocolError(QStringLiteral("the PACS answered message %1 while %2 was waiting")
                                                      .arg(rsp.MessageIDBeingRespondedTo).arg(rq.MessageID)));
        if ((rsp.opts & O_STORE_AFFECTEDSOPINSTANCEUID) && sopInstance != rsp.AffectedSOPInstanceUID)
            return breakAssociation(protocolError(QStringLiteral("the PACS answered for another SOP instance")));
        rspStatusCode = rsp.DimseStatus;
        return EC_Normal;
    }

    void notifySOPInstanceToBeSent(const TransferEntry &entry) override
    {
        m_skipped = false;
        m_current = m_items.value(QString::fromLocal8Bit(entry.Filename.getCharPointer()));
        if (m_hooks.started)
            m_hooks.started(m_current);
    }

    void notifySOPInstanceSent(const TransferEntry &entry) override
    {
        const StoreItem item = m_items.value(QString::fromLocal8Bit(entry.Filename.getCharPointer()));
        StoreOutcome outcome;
        if (m_skipped) {
            m_skipped = false;
            return; // the association broke before this file: the caller retries it
        }
        if (m_fileError) {
            outcome.state = StoreOutcome::State::Failed;
            outcome.errorCode = m_fileError->code;
            outcome.message = m_fileError->message;
        } else if (entry.RequestSent && entry.ResponseStatusCode == kNoPresentationContextStatus) {
            outcome.state = StoreOutcome::State::Failed;
            outcome.errorCode = ErrorCode::NoPresentationContext;
            outcome.message = noContextMessage(item, m_device);
        } else if (entry.RequestSent) {
            const DimseStatus status = describeStoreStatus(entry.ResponseStatusCode);
            outcome.state = status.delivered() ? StoreOutcome::State::Delivered : StoreOutcome::State::Failed;
            outcome.errorCode = ErrorCode::PeerFailure;
            outcome.dimseStatus = entry.ResponseStatusCode;
            outcome.message = status.meaning + QStringLiteral(" (status ") + statusHex(entry.ResponseStatusCode) + u')';
            if (!m_errorComment.isEmpty())
                outcome.message += QStringLiteral(": ") + m_errorComment;
        } else {
            // Loading the file for sending failed: it changed or broke since it was read.
            const QStringList recent = recentDcmtkMessages();
            outcome.state = StoreOutcome::State::Failed;
            outcome.errorCode = ErrorCode::DamagedFile;
            outcome.message = QStringLiteral("cannot read the file for sending%1")
                                  .arg(recent.isEmpty() ? QString() : QStringLiteral(": ") + recent.last());
        }
        if (entry.NetworkTransferSyntax != EXS_Unknown)
            outcome.networkTransferSyntax = QString::fromLatin1(DcmXfer(entry.NetworkTransferSyntax).getXferID());
        report(item, outcome);
    }

    OFBool shouldStopAfterCurrentSOPInstance() override { return m_cancel.load() || m_broken; }

    void notifySENDProgress(const unsigned long byteCount) override
    {
        if (m_hooks.progress)
            m_hooks.progress(m_current, static_cast<qint64>(byteCount));
    }

private:
    Uint16 nextId() { return ++m_messageId == 0 ? ++m_messageId : m_messageId; }

    Error protocolError(const QString &what)
    {
        return Error{ErrorCode::ProtocolViolation, what + QStringLiteral("; PacsDrop does not trust this answer and closed the association"), {}};
    }

    // The association can no longer be trusted: this file fails with the reason, later ones wait.
    OFCondition breakAssociation(Error error)
    {
        m_broken = true;
        m_fileError = std::move(error);
        return DIMSE_ILLEGALASSOCIATION;
    }

    const Device &m_device;
    const StoreSessionHooks &m_hooks;
    const std::atomic_bool &m_cancel;
    QHash<QString, StoreItem> m_items;
    QSet<QString> m_reported;
    StoreItem m_current;
    std::optional<Error> m_fileError;
    QString m_errorComment;
    Uint16 m_messageId = 0;
    bool m_broken = false;
    bool m_skipped = false;
    int m_delivered = 0;
    int m_failed = 0;
};

} // namespace

StoreSessionSummary runStoreSession(const Device &device, const QString &callingAe, const QList<StoreItem> &items,
                                    const StoreSessionHooks &hooks, const std::atomic_bool &cancel)
{
    StoreSessionSummary summary;
    clearRecentDcmtkMessages();
    TunedTransportLayer transport;
    StoreScu scu(device, hooks, cancel);
    configureScu(scu, device, callingAe);
    scu.useSecureConnection(&transport);
    scu.setDecompressionMode(device.decompressIfRefused ? DcmStorageSCU::DM_lossyAndLossless : DcmStorageSCU::DM_never);
    scu.setDatasetConversionMode(OFTrue);
    scu.setHaltOnUnsuccessfulStoreMode(OFFalse); // one bad file never stops the rest
    scu.setAllowIllegalProposalMode(OFTrue);

    QList<StoreItem> added;
    for (const StoreItem &item : items) {
        const OFCondition cond = scu.addDicomFile(OFFilename(QFile::encodeName(item.path).constData()),
                                                  item.hasMetaHeader ? ERM_fileOnly : ERM_autoDetect, OFFalse);
        if (cond.bad()) {
            StoreOutcome outcome;
            outcome.state = StoreOutcome::State::Failed;
            outcome.errorCode = ErrorCode::FileUnreadable;
            outcome.message = QStringLiteral("cannot read the file for sending: ") + dcmtkText(cond);
            scu.report(item, outcome);
            continue;
        }
        scu.expect(item);
        added.append(item);
    }

    std::optional<Error> associationError;
    while (!added.isEmpty() && !cancel.load()) {
        OFCondition cond = scu.addPresentationContexts();
        if (cond.bad())
            break; // every file has had its association
        cond = scu.initNetwork();
        if (cond.good())
            cond = scu.negotiateAssociation();
        if (cond == NET_EC_NoAcceptablePresentationContexts)
            continue; // these files are refused; the next ones may go on a new association
        if (cond.bad()) {
            associationError = describeAssociationFailure(cond, device, callingAe);
            qCWarning(lcNet).noquote() << "association with" << device.address() << "failed:" << associationError->detail;
            break;
        }
        scu.sendSOPInstances();
        if (scu.broken()) {
            scu.abortAssociation();
            break;
        }
        scu.releaseAssociation();
    }

    for (const StoreItem &item : added) {
        if (scu.reported(item.path))
            continue;
        if (associationError || cancel.load() || scu.broken()) {
            summary.notAttempted.append(item);
            continue;
        }
        StoreOutcome outcome;
        outcome.state = StoreOutcome::State::Failed;
        outcome.errorCode = ErrorCode::NoPresentationContext;
        outcome.message = noContextMessage(item, device);
        scu.report(item, outcome);
    }
    summary.delivered = scu.delivered();
    summary.failed = scu.failed();
    summary.associationError = associationError;
    return summary;
}

} // namespace pacsdrop
