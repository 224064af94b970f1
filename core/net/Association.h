#pragma once
// Shared association set-up for PacsDrop's SCUs, and the translation of DCMTK network
// conditions into messages that say what happened and what to do next.

#include "common/Error.h"
#include "net/Transport.h"
#include "dcmtk/ofstd/ofcond.h"
#include "settings/Device.h"

class DcmSCU;

namespace pacsdrop {

// AE titles, peer address, PDU size, non-blocking DIMSE with the device's timeouts. The caller
// then hands its SCU the tuned TCP transport after each initNetwork() (useSecureConnection is
// protected and needs the network that initNetwork() creates); it must outlive the association.
void configureScu(DcmSCU &scu, const Device &device, const QString &callingAe);

// configureScu() and one proposed SOP class in explicit and implicit little endian: what echo,
// C-FIND and Storage Commitment associations carry.
void configureScuFor(DcmSCU &scu, const Device &device, const QString &callingAe, const char *sopClassUid);

// For a failed initNetwork()/negotiateAssociation(): refused, unreachable, timed out, rejected
// (with the reason the peer gave), aborted.
Error describeAssociationFailure(const OFCondition &condition, const Device &device, const QString &callingAe);

// What was going on when an association failed, so the message names it (a search is not a file
// being sent).
enum class Exchange { SendingFile, Searching, AskingCommitment };

// For a failure while an association was up (abort, timeout, connection lost).
Error describeTransferFailure(const OFCondition &condition, const Device &device, Exchange during = Exchange::SendingFile);

// Opens the association of a configured SCU whose presentation contexts are added: the device's
// transport (plain TCP or TLS), initNetwork(), negotiation. Scu exposes DcmSCU's protected
// useSecureConnection. The returned transport must outlive the association.
template <typename Scu>
Result<std::unique_ptr<DcmTransportLayer>> openAssociation(Scu &scu, const Device &device, const QString &callingAe)
{
    auto transport = clientTransport(device);
    if (!transport)
        return std::unexpected(transport.error());
    OFCondition cond = scu.initNetwork();
    if (cond.good()) // the network exists only now
        cond = scu.useSecureConnection(transport->get());
    if (cond.good())
        cond = scu.negotiateAssociation();
    if (cond.bad())
        return std::unexpected(describeAssociationFailure(cond, device, callingAe));
    return std::move(*transport);
}

} // namespace pacsdrop
