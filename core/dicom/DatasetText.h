#pragma once
// Turns every text value of a dataset (responses from a worklist or PACS, headers of files being
// sent) into Unicode: decoded with the dataset's own Specific Character Set — or the given
// fallback when it names none — and an item's own (0008,0005) inside sequences. Afterwards every
// string is UTF-8 and (0008,0005) says ISO_IR 192. DCMTK (glibc iconv) converts most sets;
// Japanese ISO 2022 IR 87/159 go through PacsDrop's own decoder (Iso2022Text).

#include "common/Error.h"

class DcmItem;

namespace pacsdrop {

Result<void> datasetToUnicode(DcmItem &dataset, const QString &fallbackCharacterSet);

} // namespace pacsdrop
