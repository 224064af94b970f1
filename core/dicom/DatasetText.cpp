#include "dicom/DatasetText.h"

#include "dicom/DcmtkText.h"
#include "dicom/Iso2022Text.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcelem.h"
#include "dcmtk/dcmdata/dcitem.h"
#include "dcmtk/dcmdata/dcsequen.h"

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

bool isText(DcmEVR vr)
{
    return vr == EVR_PN || vr == EVR_LO || vr == EVR_SH || vr == EVR_ST || vr == EVR_LT || vr == EVR_UT || vr == EVR_UC;
}

// Every text value of the item (and of items in its sequences) through the own decoder.
Result<void> decodeOwn(DcmItem &item, const QStringList &terms)
{
    for (unsigned long i = 0; i < item.card(); ++i) {
        DcmElement *element = item.getElement(i);
        const DcmEVR vr = element->ident();
        if (vr == EVR_SQ) {
            auto *sequence = static_cast<DcmSequenceOfItems *>(element);
            for (unsigned long j = 0; j < sequence->card(); ++j) {
                DcmItem *nested = sequence->getItem(j);
                OFString own;
                QStringList nestedTerms = terms;
                if (nested->findAndGetOFStringArray(DCM_SpecificCharacterSet, own).good() && !own.empty())
                    nestedTerms = QString::fromLatin1(own.c_str()).split(u'\\');
                if (auto r = decodeOwn(*nested, nestedTerms); !r)
                    return r;
            }
            continue;
        }
        if (!isText(vr))
            continue;
        char *raw = nullptr;
        if (element->getString(raw).bad() || !raw)
            continue;
        auto text = decodeIso2022(QByteArray(raw, qsizetype(element->getLength())), terms, vr == EVR_PN);
        if (!text)
            return fail(text.error().code, text.error().message + QStringLiteral(" in ") + QString::fromLatin1(DcmTag(element->getTag()).getTagName()));
        element->putString(text->toUtf8().constData());
    }
    return {};
}

} // namespace

Result<void> datasetToUnicode(DcmItem &dataset, const QString &fallbackCharacterSet)
{
    OFString given;
    dataset.findAndGetOFStringArray(DCM_SpecificCharacterSet, given);
    QString charset = QString::fromLatin1(given.c_str()).trimmed();
    if (charset.isEmpty())
        charset = fallbackCharacterSet;
    if (needsOwnIso2022Decoder(charset.split(u'\\'))) {
        if (auto r = decodeOwn(dataset, charset.split(u'\\')); !r)
            return r;
        dataset.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
        return {};
    }
    charset = normalised(charset);
    if (charset.isEmpty() || charset == QLatin1String("ISO_IR 192") || charset == QLatin1String("ISO_IR 6")) {
        dataset.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
        return {};
    }
    // (0008,0005) is set here rather than by DCMTK, which would log each update as a warning.
    const OFCondition cond = dataset.convertCharacterSet(charset.toLatin1().constData(), "ISO_IR 192", 0, OFFalse);
    if (cond.bad())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cannot read the text in %1: %2").arg(charset, dcmtkText(cond)));
    dataset.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    return {};
}

} // namespace pacsdrop
