#pragma once
// Turns the text of a C-FIND response into Unicode: decoded with the response's own Specific
// Character Set, or the device's fallback when the peer sent none (DCMTK's wlmscpfs sends none by
// default). Afterwards every string is UTF-8 and (0008,0005) says ISO_IR 192.

#include "common/Error.h"

class DcmItem;

namespace pacsdrop {

Result<void> responseToUnicode(DcmItem &response, const QString &fallbackCharacterSet);

} // namespace pacsdrop
