#include "dicom/DcmtkText.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/ofstd/ofcond.h"

namespace pacsdrop {

QString dcmtkText(const OFCondition &condition)
{
    QString text = QString::fromLocal8Bit(condition.text()).simplified();
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

} // namespace pacsdrop
