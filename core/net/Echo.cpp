#include "net/Echo.h"

#include "dicom/DcmtkRuntime.h"
#include "net/Association.h"
#include "net/DicomWebClient.h"
#include "net/DimseStatus.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmnet/scu.h"

#include "dicom/DcmtkText.h"

#include <QElapsedTimer>

#include <cstring>

namespace pacsdrop {

namespace {
// C-ECHO whose response status is checked (DcmSCU::sendECHORequest accepts any status).
class EchoScu final : public DcmSCU {
public:
    using DcmSCU::useSecureConnection;

    Result<void> echoChecked(T_ASC_PresentationContextID presId, const Device &device)
    {
        T_DIMSE_Message request;
        std::memset(&request, 0, sizeof request);
        request.CommandField = DIMSE_C_ECHO_RQ;
        request.msg.CEchoRQ.MessageID = 1;
        OFStandard::strlcpy(request.msg.CEchoRQ.AffectedSOPClassUID, UID_VerificationSOPClass,
                            sizeof request.msg.CEchoRQ.AffectedSOPClassUID);
        request.msg.CEchoRQ.DataSetType = DIMSE_DATASET_NULL;
        OFCondition cond = sendDIMSEMessage(presId, &request, nullptr);
        T_DIMSE_Message response;
        std::memset(&response, 0, sizeof response);
        DcmDataset *detail = nullptr;
        if (cond.good())
            cond = receiveDIMSECommand(&presId, &response, &detail, nullptr);
        delete detail;
        if (cond.bad())
            return fail(ErrorCode::Timeout, QStringLiteral("%1 did not answer the C-ECHO within %2 s: %3")
                                                .arg(device.address()).arg(device.dimseTimeout).arg(dcmtkText(cond)));
        if (response.CommandField != DIMSE_C_ECHO_RSP || response.msg.CEchoRSP.MessageIDBeingRespondedTo != 1)
            return fail(ErrorCode::ProtocolViolation, QStringLiteral("%1 answered the C-ECHO with something else").arg(device.address()));
        if (const Uint16 status = response.msg.CEchoRSP.DimseStatus; status != STATUS_Success)
            return fail(ErrorCode::PeerFailure, QStringLiteral("%1 refused the C-ECHO (status %2)")
                                                    .arg(device.address(), statusHex(status)));
        return {};
    }
};
} // namespace

Result<EchoResult> echo(const Device &device, const QString &callingAe)
{
    if (device.isDicomWeb()) { // no C-ECHO in DICOMweb: an authenticated QIDO-RS query instead
        auto ms = dicomWebEcho(device);
        if (!ms)
            return std::unexpected(ms.error());
        return EchoResult{*ms};
    }
    QElapsedTimer timer;
    timer.start();
    clearRecentDcmtkMessages();

    EchoScu scu;
    configureScuFor(scu, device, callingAe, UID_VerificationSOPClass);

    const auto transport = openAssociation(scu, device, callingAe);
    if (!transport)
        return std::unexpected(transport.error());
    if (scu.findPresentationContextID(UID_VerificationSOPClass, "") == 0) {
        scu.abortAssociation();
        return fail(ErrorCode::NoPresentationContext,
                    QStringLiteral("%1 does not accept verification (C-ECHO)").arg(device.address()));
    }
    if (auto checked = scu.echoChecked(scu.findPresentationContextID(UID_VerificationSOPClass, ""), device); !checked) {
        if (checked.error().code == ErrorCode::Timeout)
            scu.closeAssociation(DCMSCU_PEER_ABORTED_ASSOCIATION); // a silent peer: do not wait for it again
        else
            scu.abortAssociation();
        return std::unexpected(checked.error());
    }
    scu.releaseAssociation();
    return EchoResult{timer.elapsed()};
}

} // namespace pacsdrop
