#pragma once
// Shared association set-up for PacsDrop's SCUs, and the translation of DCMTK network
// conditions into messages that say what happened and what to do next.

#include "common/Error.h"
#include "settings/Device.h"

class DcmSCU;
class OFCondition;

namespace pacsdrop {

// AE titles, peer address, PDU size, non-blocking DIMSE with the device's timeouts. The caller
// then hands its SCU the tuned TCP transport after each initNetwork() (useSecureConnection is
// protected and needs the network that initNetwork() creates); it must outlive the association.
void configureScu(DcmSCU &scu, const Device &device, const QString &callingAe);

// For a failed initNetwork()/negotiateAssociation(): refused, unreachable, timed out, rejected
// (with the reason the peer gave), aborted.
Error describeAssociationFailure(const OFCondition &condition, const Device &device, const QString &callingAe);

// For a failure while an association was up (abort, timeout, connection lost).
Error describeTransferFailure(const OFCondition &condition, const Device &device);

} // namespace pacsdrop
