// DICOM previews: the frame as DCMTK renders it (compressed syntaxes through the registered
// decoders), and the header as people read it (name, dates in the user's locale), with the
// stored values kept for the details view.
#include "preview/PreviewKinds.h"

#include "dicom/DatasetText.h"
#include "dicom/DcmtkText.h"
#include "dicom/Decoders.h"
#include "dicom/DicomFileInfo.h"
#include "text/PeopleText.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmimage/diregist.h" // colour images
#include "dcmtk/dcmimgle/dcmimage.h"

#include <QFile>

#include <algorithm>
#include <memory>

namespace pacsdrop {

namespace {

// The frame rendered to 8 bits and scaled to fit box (never enlarged); null when it cannot be.
QImage renderFrame(DcmFileFormat &file, int frame, QSize box, QString &problem)
{
    if (DcmXfer(file.getDataset()->getOriginalXfer()).isEncapsulated()) {
        if (const auto decoders = ensureDecoders(); !decoders) {
            problem = decoders.error().message;
            return {};
        }
    }
    DicomImage image(&file, file.getDataset()->getOriginalXfer(), CIF_UsePartialAccessToPixelData, static_cast<unsigned long>(frame), 1);
    if (image.getStatus() != EIS_Normal) {
        problem = QString::fromLatin1(DicomImage::getString(image.getStatus()));
        return {};
    }
    image.setMinMaxWindow();
    const QSize stored(static_cast<int>(image.getWidth()), static_cast<int>(image.getHeight()));
    const QSize size = stored.scaled(box.boundedTo(stored), Qt::KeepAspectRatio);
    std::unique_ptr<DicomImage> scaled(size == stored ? nullptr
                                                      : image.createScaledImage(static_cast<unsigned long>(size.width()),
                                                                                static_cast<unsigned long>(size.height()), 1, 0));
    DicomImage *shown = scaled ? scaled.get() : &image;
    const bool mono = shown->isMonochrome();
    const void *pixels = shown->getOutputData(8, 0, 0);
    if (!pixels) {
        problem = QString::fromLatin1(DicomImage::getString(shown->getStatus()));
        return {};
    }
    const int w = static_cast<int>(shown->getWidth()), h = static_cast<int>(shown->getHeight());
    const QImage out(static_cast<const uchar *>(pixels), w, h, w * (mono ? 1 : 3), mono ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    return out.copy(); // the buffer belongs to DicomImage
}

// "19.01.2004 08:56 · Whole body", leaving out what is empty.
QString joined(std::initializer_list<QString> parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(QStringLiteral(" · "));
}

QString withoutStorage(const QString &sopClassName)
{
    QString name = sopClassName;
    if (name.endsWith(QLatin1String(" Storage")))
        name.chop(8);
    return name;
}

} // namespace

Preview PreviewKinds::ofDicom(const QString &path, QSize box, int index)
{
    Preview p;
    if (auto safe = safeToParse(path); !safe) {
        p.problem = safe.error().message;
        return p;
    }
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(path).constData()).bad()) {
        p.problem = tr("DICOM file that cannot be read");
        return p;
    }
    DcmDataset &ds = *file.getDataset();
    Sint32 frames = 1;
    ds.findAndGetSint32(DCM_NumberOfFrames, frames);
    Uint16 rows = 0, columns = 0;
    ds.findAndGetUint16(DCM_Rows, rows);
    ds.findAndGetUint16(DCM_Columns, columns);
    p.count = std::max<Sint32>(1, frames);
    p.index = std::clamp(index, 0, p.count - 1);
    if (p.count > 1) {
        p.steps = Preview::Steps::Frames;
        p.stepLabel = tr("Frame %1 of %2").arg(p.index + 1).arg(p.count);
    }
    // The rendering first (it needs the pixel data as stored), then the text in Unicode.
    if (rows > 0 && columns > 0) {
        QString why;
        p.picture = renderFrame(file, p.index, box, why);
        p.fullSize = QSize(columns, rows);
        if (p.picture.isNull())
            p.problem = tr("No picture: %1").arg(why);
    }
    datasetToUnicode(ds, QString());
    auto text = [&](const DcmTagKey &tag) { return textOf(ds, tag); };
    const QString sopClass = text(DCM_SOPClassUID);
    p.addFact(tr("Kind"), withoutStorage(uidName(sopClass)));
    p.addFact(tr("Patient"), nameForPeople(text(DCM_PatientName)));
    p.addFact(tr("Patient ID"), text(DCM_PatientID));
    p.addFact(tr("Born"), dicomDateForPeople(text(DCM_PatientBirthDate)));
    p.addFact(tr("Sex"), sexForPeople(text(DCM_PatientSex)));
    p.addFact(tr("Study"), joined({dicomDateTimeForPeople(text(DCM_StudyDate), text(DCM_StudyTime)), text(DCM_StudyDescription)}));
    p.addFact(tr("Accession number"), text(DCM_AccessionNumber));
    p.addFact(tr("Series"), joined({text(DCM_Modality), text(DCM_SeriesDescription)}));
    if (rows > 0 && columns > 0)
        p.addFact(tr("Image"), p.count > 1 ? tr("%1 × %2 pixels, %3 frames").arg(columns).arg(rows).arg(p.count)
                                           : tr("%1 × %2 pixels").arg(columns).arg(rows));
    for (const auto &[label, tag] : std::initializer_list<std::pair<const char *, DcmTagKey>>{
             {"Patient's Name", DCM_PatientName}, {"Patient ID", DCM_PatientID}, {"Patient's Birth Date", DCM_PatientBirthDate},
             {"Patient's Sex", DCM_PatientSex}, {"Study Date", DCM_StudyDate}, {"Study Time", DCM_StudyTime},
             {"Study Description", DCM_StudyDescription}, {"Accession Number", DCM_AccessionNumber}, {"Modality", DCM_Modality},
             {"Series Description", DCM_SeriesDescription}, {"SOP Class UID", DCM_SOPClassUID}, {"SOP Instance UID", DCM_SOPInstanceUID},
             {"Study Instance UID", DCM_StudyInstanceUID}, {"Series Instance UID", DCM_SeriesInstanceUID},
             {"Specific Character Set", DCM_SpecificCharacterSet}, {"Rows", DCM_Rows}, {"Columns", DCM_Columns},
             {"Number of Frames", DCM_NumberOfFrames}}) {
        if (const QString v = text(tag); !v.isEmpty())
            p.raw.append({QString::fromLatin1(label), v});
    }
    p.raw.append({QStringLiteral("Transfer Syntax"), uidName(QString::fromLatin1(DcmXfer(ds.getOriginalXfer()).getXferID()))});
    return p;
}

} // namespace pacsdrop
