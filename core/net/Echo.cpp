#include "net/Echo.h"

#include "dicom/DcmtkRuntime.h"
#include "net/Association.h"
#include "net/DimseStatus.h"
#include "net/TunedTransport.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmnet/scu.h"

#include <QElapsedTimer>

namespace pacsdrop {

namespace {
class EchoScu final : public DcmSCU {
public:
    using DcmSCU::useSecureConnection;
};
} // namespace

Result<EchoResult> echo(const Device &device, const QString &callingAe)
{
    QElapsedTimer timer;
    timer.start();
    clearRecentDcmtkMessages();

    TunedTransportLayer transport;
    EchoScu scu;
    configureScu(scu, device, callingAe);
    OFList<OFString> syntaxes;
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    scu.addPresentationContext(UID_VerificationSOPClass, syntaxes);

    OFCondition cond = scu.initNetwork();
    if (cond.good()) // needs the network initNetwork() creates
        cond = scu.useSecureConnection(&transport);
    if (cond.good())
        cond = scu.negotiateAssociation();
    if (cond.bad())
        return std::unexpected(describeAssociationFailure(cond, device, callingAe));
    if (scu.findPresentationContextID(UID_VerificationSOPClass, "") == 0) {
        scu.abortAssociation();
        return fail(ErrorCode::NoPresentationContext,
                    QStringLiteral("%1 does not accept verification (C-ECHO)").arg(device.address()));
    }
    cond = scu.sendECHORequest(0);
    if (cond.bad()) {
        Error error = describeTransferFailure(cond, device);
        scu.abortAssociation();
        return std::unexpected(error);
    }
    scu.releaseAssociation();
    return EchoResult{timer.elapsed()};
}

} // namespace pacsdrop
