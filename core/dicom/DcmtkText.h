#pragma once
// Text out of DCMTK: conditions as one line (DCMTK's texts can span several lines), and string
// values of an item already in Unicode.

#include <QString>

class OFCondition;
class DcmItem;
class DcmTagKey;

namespace pacsdrop {

QString dcmtkText(const OFCondition &condition);

// All values of a string element (backslash-separated), as UTF-8, trimmed: PACS such as Orthanc
// pad odd-length values with a space or NUL. Empty when absent.
QString textOf(DcmItem &item, const DcmTagKey &tag);

} // namespace pacsdrop
