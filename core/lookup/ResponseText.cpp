#include "lookup/ResponseText.h"

#include "dicom/DcmtkText.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcitem.h"

#include <QStringList>

namespace pacsdrop {

namespace {

// DCMTK 3.6.7 takes "ISO 2022 IR 100" only as part of a multi-valued term; the single-valued form
// means the same set as "ISO_IR 100".
QString normalised(const QString &charset)
{
    const QStringList values = charset.split(u'\\');
    if (values.size() == 1 && values.first().startsWith(QLatin1String("ISO 2022 IR ")))
        return QStringLiteral("ISO_IR ") + values.first().mid(12);
    return charset;
}

} // namespace

Result<void> responseToUnicode(DcmItem &response, const QString &fallbackCharacterSet)
{
    OFString given;
    response.findAndGetOFStringArray(DCM_SpecificCharacterSet, given);
    QString charset = QString::fromLatin1(given.c_str()).trimmed();
    if (charset.isEmpty())
        charset = fallbackCharacterSet;
    charset = normalised(charset);
    if (charset.isEmpty() || charset == QLatin1String("ISO_IR 192") || charset == QLatin1String("ISO_IR 6")) {
        response.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
        return {};
    }
    const OFCondition cond = response.convertCharacterSet(charset.toLatin1().constData(), "ISO_IR 192", 0, OFTrue);
    if (cond.bad())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cannot read the answer's text in %1: %2").arg(charset, dcmtkText(cond)));
    return {};
}

} // namespace pacsdrop
