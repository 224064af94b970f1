#include "lookup/IdentifierKeys.h"

#include "convert/StudyData.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcitem.h"

namespace pacsdrop {

void putKey(DcmItem &item, const DcmTagKey &tag, const QString &value)
{
    item.putAndInsertString(tag, value.toUtf8().constData());
}

QString dicomDateRange(const QDate &from, const QDate &to)
{
    auto day = [](const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString(); };
    if (!from.isValid() && !to.isValid())
        return {};
    return from == to ? day(from) : day(from) + u'-' + day(to);
}

void putCharacterSetFor(DcmItem &item, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!isAsciiText(key)) {
            item.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
            return;
        }
    }
    item.insertEmptyElement(DCM_SpecificCharacterSet);
}

} // namespace pacsdrop
