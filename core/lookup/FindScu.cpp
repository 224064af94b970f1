#include "lookup/FindScu.h"

#include "dicom/DatasetText.h"
#include "dicom/DcmtkRuntime.h"
#include "dicom/DicomFileInfo.h"
#include "dicom/DcmtkText.h"
#include "net/Association.h"
#include "net/DimseStatus.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmnet/scu.h"

namespace pacsdrop {

namespace {

constexpr Uint16 kStatusCancel = 0xFE00;

class StreamingFindScu final : public DcmSCU {
public:
    using DcmSCU::useSecureConnection;

    const FindRequest *request = nullptr;
    const std::function<void(DcmDataset &)> *onResult = nullptr;
    FindSummary summary;
    bool cancelSent = false;

protected:
    OFCondition handleFINDResponse(const T_ASC_PresentationContextID presId, QRResponse *response,
                                   OFBool &waitForNextResponse) override
    {
        const Uint16 status = response->m_status;
        waitForNextResponse = DICOM_PENDING_STATUS(status);
        if (!waitForNextResponse) {
            summary.finalStatus = status;
            return EC_Normal;
        }
        if (cancelSent) // answers that crossed our C-CANCEL are not shown
            return EC_Normal;
        if (response->m_dataset) {
            (*onResult)(*response->m_dataset);
            ++summary.results;
        }
        const bool stopped = request->stop && request->stop->load();
        if (stopped || summary.results >= request->maxResults) {
            summary.cancelled = stopped;
            summary.truncated = !stopped;
            cancelSent = true;
            // Keep waiting: the peer ends with "cancelled" (0xFE00) or success.
            if (OFCondition c = sendCANCELRequest(presId); c.bad())
                return c;
        }
        return EC_Normal;
    }
};

} // namespace

Result<FindSummary> runFind(const Device &device, const QString &callingAe, const FindRequest &request,
                            const std::function<void(DcmDataset &)> &onResult)
{
    clearRecentDcmtkMessages();
    StreamingFindScu scu;
    scu.request = &request;
    scu.onResult = &onResult;
    configureScuFor(scu, device, callingAe, request.sopClassUid);

    const auto transport = openAssociation(scu, device, callingAe);
    if (!transport)
        return std::unexpected(transport.error());
    const T_ASC_PresentationContextID presId = scu.findPresentationContextID(request.sopClassUid, "");
    if (presId == 0) {
        scu.abortAssociation();
        return fail(ErrorCode::NoPresentationContext, QStringLiteral("%1 does not offer this search (%2)")
                                                          .arg(device.address(), uidName(QString::fromLatin1(request.sopClassUid))));
    }
    OFCondition cond = scu.sendFINDRequest(presId, request.identifier, nullptr);
    if (cond.bad()) {
        const Error error = describeTransferFailure(cond, device, Exchange::Searching);
        scu.abortAssociation();
        return std::unexpected(error);
    }
    scu.releaseAssociation();
    const Uint16 status = scu.summary.finalStatus;
    if (status != STATUS_Success && !(scu.cancelSent && status == kStatusCancel))
        return fail(ErrorCode::PeerFailure, QStringLiteral("%1 refused the search (status %2%3)")
                                                .arg(device.address(), statusHex(status),
                                                     status == 0xA700 ? QStringLiteral(": out of resources")
                                                     : status == 0xA900 ? QStringLiteral(": identifier does not match SOP class")
                                                     : (status & 0xF000) == 0xC000 ? QStringLiteral(": unable to process") : QString()));
    return scu.summary;
}

Result<FindSummary> runFindInUnicode(const Device &device, const QString &callingAe, const FindRequest &request,
                                     const QString &fallbackCharacterSet, const std::function<void(DcmDataset &)> &onResult,
                                     QString &unreadable)
{
    return runFind(device, callingAe, request, [&](DcmDataset &response) {
        if (auto decoded = datasetToUnicode(response, fallbackCharacterSet); !decoded)
            unreadable = decoded.error().message;
        else
            onResult(response);
    });
}

} // namespace pacsdrop
