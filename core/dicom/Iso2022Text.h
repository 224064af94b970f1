#pragma once
// Decodes text written with ISO 2022 code extensions (PS3.5 6.1.2.5, PS3.3 C.12.1.1.2) into
// Unicode, for the character sets Debian's DCMTK cannot convert: Japanese JIS X 0208 (ISO 2022
// IR 87) and JIS X 0212 (IR 159) — DCMTK hands those terms to glibc's iconv, which has no such
// names. The escape sequences are followed here; each run of bytes is then decoded by iconv under
// a name it does know (JIS X 0208/0212 through EUC-JP, KS X 1001 through EUC-KR, GB 2312, the
// ISO 8859 parts), so no code tables are copied into PacsDrop.

#include "common/Error.h"

#include <QByteArray>
#include <QStringList>

namespace pacsdrop {

// terms: the values of (0008,0005), e.g. {"", "ISO 2022 IR 87"} or {"ISO 2022 IR 13", "ISO 2022 IR 87"};
// value 1 is the set active at the start and after each delimiter (CR, LF, TAB, FF, "\", and for
// person names "^" and "=").
Result<QString> decodeIso2022(const QByteArray &bytes, const QStringList &terms, bool personName);

// Whether DCMTK 3.6.7 on Debian cannot convert these terms and decodeIso2022 must be used.
bool needsOwnIso2022Decoder(const QStringList &terms);

} // namespace pacsdrop
