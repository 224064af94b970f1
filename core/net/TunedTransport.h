#pragma once
// A plain-TCP transport for DCMTK associations that removes the delayed-ACK stall: it turns
// Nagle off (TCP_NODELAY) on PacsDrop's own socket and re-arms TCP_QUICKACK after every read, so a
// receiver that still runs Nagle (storescp, most PACS) is never left waiting ~40 ms for our ACK
// before it sends the rest of a C-STORE response. Measured in ../shared/dicom/pitfalls.md §4.

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmnet/dcmlayer.h"

namespace pacsdrop {

// Nagle off and quick ACKs on, for a socket PacsDrop talks DICOM over; re-arm quick ACKs after each read.
void tuneSocket(DcmNativeSocketType socket);
void rearmQuickAck(DcmNativeSocketType socket);

class TunedTransportLayer final : public DcmTransportLayer {
public:
    TunedTransportLayer() = default;
    DcmTransportConnection *createConnection(DcmNativeSocketType openSocket, OFBool useSecureLayer) override;
};

} // namespace pacsdrop
