#pragma once
// The Specific Character Sets (0008,0005) PacsDrop can write, for destinations that do not take
// Unicode (ISO_IR 192, the default). Converting to them is DCMTK's (iconv); a name that has no
// form in the chosen set is an error for that file, never a silent "?".

#include <QString>
#include <QStringList>

namespace pacsdrop {

// Defined terms with a single-byte or GB code, e.g. "ISO_IR 100" (Latin-1), "GB18030".
const QStringList &writableCharacterSets();

// Empty when term is one of them (or empty: Unicode); otherwise what is wrong.
QString characterSetProblem(const QString &term);

// Empty when PacsDrop can read text in term (a (0008,0005) value, possibly multi-valued with
// ISO 2022 code extensions, e.g. "\ISO 2022 IR 87"); otherwise what is wrong.
QString readableCharacterSetProblem(const QString &term);

// "ISO_IR 100 (Latin-1)", for messages.
QString characterSetLabel(const QString &term);

} // namespace pacsdrop
