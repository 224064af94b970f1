#include "delivery/StorageCommitment.h"

#include "convert/StudyData.h"
#include "dicom/DcmtkText.h"
#include "logging/Log.h"
#include "net/Association.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmnet/scu.h"

#include <QHash>

#include <cstring>

namespace pacsdrop {

namespace {

constexpr int kSameAssociationWaitSeconds = 1; // PACS that report on the request's association do so at once

class CommitmentScu final : public DcmSCU {
public:
    using DcmSCU::useSecureConnection;

    // A report some PACS send on the request's own association, if one comes within the wait:
    // applied to the outbox and answered like the listener answers it.
    void takeReportHere(Outbox &outbox, Uint32 waitSeconds)
    {
        T_ASC_PresentationContextID presId = 0;
        T_DIMSE_Message request;
        std::memset(&request, 0, sizeof request);
        DcmDataset *statusDetail = nullptr;
        const OFCondition cond = receiveDIMSECommand(&presId, &request, &statusDetail, nullptr, waitSeconds);
        delete statusDetail;
        if (cond.bad() || request.CommandField != DIMSE_N_EVENT_REPORT_RQ)
            return; // nothing came (the usual case: the report goes to the listener)
        DcmDataset *report = nullptr;
        T_ASC_PresentationContextID dataPresId = presId;
        Uint16 status = STATUS_N_ProcessingFailure;
        if (receiveDIMSEDataset(&dataPresId, &report).good() && report) {
            if (auto applied = applyCommitmentReport(outbox, *report, request.msg.NEventReportRQ.EventTypeID))
                status = STATUS_Success;
            else
                qCWarning(lcNet).noquote() << "commitment report:" << applied.error().message;
        }
        delete report;
        T_DIMSE_Message response = commitmentReportResponse(request.msg.NEventReportRQ, status);
        sendDIMSEMessage(presId, &response, nullptr);
    }
};

// PS3.4 Table J.3-2 failure reasons, for people.
QString failureReason(Uint16 reason)
{
    switch (reason) {
    case 0x0110: return QStringLiteral("processing failure");
    case 0x0112: return QStringLiteral("no such object instance: the PACS does not have it");
    case 0x0213: return QStringLiteral("resource limitation");
    case 0x0122: return QStringLiteral("SOP class not supported");
    case 0x0119: return QStringLiteral("class-instance conflict");
    case 0x0131: return QStringLiteral("duplicate transaction UID");
    default: return QStringLiteral("failure reason 0x%1").arg(reason, 4, 16, QLatin1Char('0'));
    }
}

QString text(DcmItem &item, const DcmTagKey &tag)
{
    OFString value;
    item.findAndGetOFString(tag, value);
    return QString::fromLatin1(value.c_str()).trimmed();
}

} // namespace

Result<QString> requestCommitment(Outbox &outbox, const Device &device, const QString &callingAe, const QList<OutboxEntry> &delivered)
{
    if (delivered.isEmpty())
        return QString();
    const QString transaction = newUid();
    DcmDataset request;
    request.putAndInsertString(DCM_TransactionUID, transaction.toLatin1().constData());
    QList<qint64> ids;
    for (const OutboxEntry &e : delivered) {
        DcmItem *item = nullptr;
        if (request.findOrCreateSequenceItem(DCM_ReferencedSOPSequence, item, -2).good() && item) {
            item->putAndInsertString(DCM_ReferencedSOPClassUID, e.sopClassUid.toLatin1().constData());
            item->putAndInsertString(DCM_ReferencedSOPInstanceUID, e.sopInstanceUid.toLatin1().constData());
        }
        ids << e.id;
    }
    // Recorded before asking: a report may come back (on another association) before this returns.
    if (auto r = outbox.markCommitmentRequested(ids, transaction); !r)
        return std::unexpected(r.error());

    // The request did not get through: the entries are not committed, saying why.
    const auto notAsked = [&](const Error &error) -> std::unexpected<Error> {
        for (qint64 id : ids)
            outbox.markConfirmation(id, OutboxEntry::Confirmation::NotCommitted, QStringLiteral("commitment could not be asked: ") + error.message);
        return std::unexpected(error);
    };
    CommitmentScu scu;
    configureScuFor(scu, device, callingAe, UID_StorageCommitmentPushModelSOPClass);
    const auto transport = openAssociation(scu, device, callingAe);
    if (!transport)
        return notAsked(transport.error());
    const T_ASC_PresentationContextID presId = scu.findPresentationContextID(UID_StorageCommitmentPushModelSOPClass, "");
    if (presId == 0) {
        scu.abortAssociation();
        return notAsked({ErrorCode::NoPresentationContext, QStringLiteral("%1 does not offer Storage Commitment").arg(device.address()), {}});
    }
    Uint16 status = 0;
    OFCondition cond = scu.sendACTIONRequest(presId, UID_StorageCommitmentPushModelSOPInstance, 1, &request, status);
    if (cond.bad()) {
        scu.abortAssociation();
        return notAsked(describeTransferFailure(cond, device, Exchange::AskingCommitment));
    }
    if (status != STATUS_Success) {
        scu.releaseAssociation();
        return notAsked({ErrorCode::PeerFailure, QStringLiteral("%1 refused the commitment request (status 0x%2)")
                                                     .arg(device.address()).arg(status, 4, 16, QLatin1Char('0')), {}});
    }
    // Some PACS report on this association right away; most open a new one to our listener.
    scu.takeReportHere(outbox, kSameAssociationWaitSeconds);
    scu.releaseAssociation();
    qCInfo(lcNet).noquote() << "commitment requested from" << device.address() << "for" << delivered.size() << "instance(s)";
    return transaction;
}

T_DIMSE_Message commitmentReportResponse(const T_DIMSE_N_EventReportRQ &request, Uint16 status)
{
    T_DIMSE_Message response;
    std::memset(&response, 0, sizeof response);
    response.CommandField = DIMSE_N_EVENT_REPORT_RSP;
    T_DIMSE_N_EventReportRSP &rsp = response.msg.NEventReportRSP;
    rsp.MessageIDBeingRespondedTo = request.MessageID;
    rsp.DimseStatus = status;
    rsp.DataSetType = DIMSE_DATASET_NULL;
    OFStandard::strlcpy(rsp.AffectedSOPClassUID, request.AffectedSOPClassUID, sizeof rsp.AffectedSOPClassUID);
    OFStandard::strlcpy(rsp.AffectedSOPInstanceUID, request.AffectedSOPInstanceUID, sizeof rsp.AffectedSOPInstanceUID);
    rsp.EventTypeID = request.EventTypeID;
    rsp.opts = O_NEVENTREPORT_AFFECTEDSOPCLASSUID | O_NEVENTREPORT_AFFECTEDSOPINSTANCEUID | O_NEVENTREPORT_EVENTTYPEID;
    return response;
}

Result<int> applyCommitmentReport(Outbox &outbox, DcmDataset &report, int eventType)
{
    const QString transaction = text(report, DCM_TransactionUID);
    auto entries = outbox.byCommitmentTransaction(transaction);
    if (!entries)
        return std::unexpected(entries.error());
    if (entries->isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a commitment report for a transaction this outbox does not know"));
    QHash<QString, qint64> byInstance;
    for (const OutboxEntry &e : *entries)
        byInstance.insert(e.sopInstanceUid, e.id);
    int settled = 0;
    DcmItem *item = nullptr;
    for (unsigned long i = 0; report.findAndGetSequenceItem(DCM_ReferencedSOPSequence, item, static_cast<int>(i)).good() && item; ++i) {
        if (const auto id = byInstance.take(text(*item, DCM_ReferencedSOPInstanceUID)); id != 0) {
            outbox.markConfirmation(id, OutboxEntry::Confirmation::Committed, {});
            ++settled;
        }
    }
    for (unsigned long i = 0; report.findAndGetSequenceItem(DCM_FailedSOPSequence, item, static_cast<int>(i)).good() && item; ++i) {
        Uint16 reason = 0;
        item->findAndGetUint16(DCM_FailureReason, reason);
        if (const auto id = byInstance.take(text(*item, DCM_ReferencedSOPInstanceUID)); id != 0) {
            outbox.markConfirmation(id, OutboxEntry::Confirmation::NotCommitted, QStringLiteral("the PACS did not commit it: ") + failureReason(reason));
            ++settled;
        }
    }
    // Event type 1 means all committed; an instance a report leaves out is not committed.
    for (auto it = byInstance.cbegin(); it != byInstance.cend(); ++it) {
        outbox.markConfirmation(it.value(), eventType == 1 ? OutboxEntry::Confirmation::Committed : OutboxEntry::Confirmation::NotCommitted,
                                eventType == 1 ? QString() : QStringLiteral("the PACS's commitment report does not mention it"));
        ++settled;
    }
    qCInfo(lcNet).noquote() << "commitment report: event type" << eventType << "settled" << settled << "entr(ies)";
    return settled;
}

Result<int> settleCommitments(Outbox &outbox, const Settings &settings, const QDateTime &now)
{
    auto entries = outbox.entries();
    if (!entries)
        return std::unexpected(entries.error());
    int changed = 0;
    for (OutboxEntry e : *entries) {
        const auto device = settings.device(e.destination);
        if (e.confirmation == OutboxEntry::Confirmation::CommitmentRequested) {
            const int timeout = device ? device->commitmentTimeoutSeconds : 600;
            if (e.updated.secsTo(now) < timeout)
                continue;
            e.confirmation = OutboxEntry::Confirmation::NotCommitted;
            e.confirmationResult = QStringLiteral("no commitment report within %1 s — is PacsDrop's listener known to the PACS?").arg(timeout);
            outbox.markConfirmation(e.id, e.confirmation, e.confirmationResult);
            ++changed;
        }
        // Sent again when the device says so (same SOP Instance UID), while attempts remain.
        if (e.confirmation == OutboxEntry::Confirmation::NotCommitted && device && device->resendIfNotCommitted
            && e.attempts < device->maxAttempts) {
            outbox.markConfirmation(e.id, OutboxEntry::Confirmation::None, {});
            outbox.requeue(e.id, QStringLiteral("sent again: ") + e.confirmationResult);
            ++changed;
        }
    }
    return changed;
}

} // namespace pacsdrop
