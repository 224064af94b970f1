#include "dicom/DcmtkText.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcitem.h"
#include "dcmtk/ofstd/ofcond.h"

namespace pacsdrop {

QString dcmtkText(const OFCondition &condition)
{
    QString text = QString::fromLocal8Bit(condition.text()).simplified();
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

QString textOf(DcmItem &item, const DcmTagKey &tag)
{
    OFString value;
    item.findAndGetOFStringArray(tag, value);
    return QString::fromUtf8(value.c_str()).trimmed();
}

} // namespace pacsdrop
