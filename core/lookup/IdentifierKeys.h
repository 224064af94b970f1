#pragma once
// What the worklist and query identifiers share: a key written as UTF-8, a date range in DICOM
// form, and the Specific Character Set the keys need (ISO_IR 192 when any is not ASCII; otherwise
// asked for empty, as a return key saying how the answer is encoded).

#include <QDate>
#include <QStringList>

class DcmItem;
class DcmTagKey;

namespace pacsdrop {

void putKey(DcmItem &item, const DcmTagKey &tag, const QString &value = {});
// "20260101-20261231", "20260101" (one day), "20260101-", "-20261231", or empty (any date).
QString dicomDateRange(const QDate &from, const QDate &to);
void putCharacterSetFor(DcmItem &item, const QStringList &keys);

} // namespace pacsdrop
