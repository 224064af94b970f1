#include "convert/PdfConverter.h"

#include "convert/DicomWriter.h"
#include "convert/ImageConverter.h"
#include "convert/PdfCheck.h"
#include "convert/StreamedValue.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcvrobow.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace pacsdrop {

namespace {

// A PDF ends with %%EOF (possibly followed by a line end); a cut-off download does not.
bool endsLikeAPdf(const QByteArray &tail)
{
    return tail.contains("%%EOF");
}

} // namespace

Result<ConvertedObject> convertPdf(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                   const ConversionLimits &limits)
{
    const QFileInfo info(path);
    if (const QString problem = limits.fileSizeProblem(info.size()); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot read the PDF: ") + file.errorString());
    if (file.read(5) != "%PDF-")
        return fail(ErrorCode::NotDicom, QStringLiteral("not a PDF (no %PDF- header)"));
    file.seek(std::max<qint64>(0, info.size() - 1024));
    if (!endsLikeAPdf(file.read(1024)))
        return fail(ErrorCode::DamagedFile, QStringLiteral("truncated PDF: it does not end with %%EOF"));
    file.close();
    // Checked whole before it is wrapped (its bytes go into DICOM straight from disk).
    const auto checked = checkPdf(path);
    if (!checked)
        return std::unexpected(checked.error());
    const int pages = *checked;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return fail(ErrorCode::DamagedFile, QStringLiteral("damaged PDF: Poppler cannot open it"));
    if (pages > limits.maxPages)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("PDF has %1 pages (limit %2)").arg(pages).arg(limits.maxPages));

    QString title = document->info(QStringLiteral("Title")).simplified();
    if (title.isEmpty())
        title = info.completeBaseName();
    title = title.left(1024); // ST: 1024 characters

    StudyData objectData = data;
    if (objectData.modality.isEmpty())
        objectData.modality = QStringLiteral("DOC");

    DcmFileFormat out;
    DcmDataset &ds = *out.getDataset();
    auto uid = writeCommonAttributes(ds, objectData, placement, UID_EncapsulatedPDFStorage);
    if (!uid)
        return std::unexpected(uid.error());
    // Title text may be non-ASCII while the study data was not.
    if (!isAsciiText(title))
        ds.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    ds.putAndInsertString(DCM_ConversionType, "SD");
    ds.putAndInsertString(DCM_AcquisitionDateTime, "");
    ds.putAndInsertString(DCM_BurnedInAnnotation, "YES"); // a document names its patient
    ds.putAndInsertString(DCM_DocumentTitle, title.toUtf8().constData());
    ds.insertEmptyElement(DCM_ConceptNameCodeSequence);
    ds.putAndInsertString(DCM_MIMETypeOfEncapsulatedDocument, "application/pdf");
    ds.putAndInsertUint32(DCM_EncapsulatedDocumentLength, static_cast<Uint32>(info.size()));
    // OB must have even length: StreamedValue pads an odd document with one NUL (PS3.5 6.2).
    auto *documentValue = new DcmOtherByteOtherWord(DcmTag(DCM_EncapsulatedDocument, EVR_OB));
    ds.insert(documentValue, true);
    auto streamed = StreamedValue::attach(*documentValue, path);
    if (!streamed)
        return std::unexpected(streamed.error());

    ConvertedObject result;
    result.source = path;
    result.sopClassUid = QStringLiteral(UID_EncapsulatedPDFStorage);
    result.sopInstanceUid = *uid;
    result.frames = 0;
    result.note = QStringLiteral("%1 page(s), stored as it is").arg(pages);
    if (auto saved = saveObject(out, EXS_LittleEndianExplicit, placement, result); !saved)
        return std::unexpected(saved.error());
    return result;
}

Result<QList<ConvertedObject>> convertPdfPages(const QString &path, const StudyData &data, const ObjectPlacement &placement,
                                               const ConversionLimits &limits)
{
    constexpr double kDpi = 150; // legible text at a modest size: an A4 page is 1240 x 1754
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return fail(ErrorCode::DamagedFile, QStringLiteral("cannot render the PDF's pages"));
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const int pages = document->numPages();
    QList<ConvertedObject> objects;
    ObjectPlacement page = placement;
    const ImageOptions options{ImageSopClass::SecondaryCapture, 0, "WSD"};
    for (int p = 0; p < pages; ++p) {
        const std::unique_ptr<Poppler::Page> pdfPage = document->page(p);
        if (!pdfPage)
            return fail(ErrorCode::DamagedFile, QStringLiteral("PDF page %1 cannot be read").arg(p + 1));
        const QSizeF points = pdfPage->pageSizeF(); // 1/72 inch
        const qint64 width = std::llround(points.width() * kDpi / 72), height = std::llround(points.height() * kDpi / 72);
        if (const QString problem = limits.pixelProblem(width, height); !problem.isEmpty())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("page %1: ").arg(p + 1) + problem);
        const QImage image = pdfPage->renderToImage(kDpi, kDpi);
        if (image.isNull())
            return fail(ErrorCode::DamagedFile, QStringLiteral("PDF page %1 cannot be rendered").arg(p + 1));
        auto object = convertDecodedImage(path, image, data, page, options,
                                          QStringLiteral("page %1 of %2 rendered at %3 dpi").arg(p + 1).arg(pages).arg(kDpi));
        if (!object)
            return std::unexpected(object.error());
        objects.append(*object);
        ++page.instanceNumber;
    }
    return objects;
}

} // namespace pacsdrop
