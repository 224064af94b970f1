#include "dicom/DicomFileInfo.h"

#include "dicom/DatasetText.h"
#include "dicom/DcmtkText.h"
#include "dicom/PixelCheck.h"
#include "dicom/StructureScan.h"
#include "dicom/Uid.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcmetinf.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmdata/dcxfer.h"

#include <QFile>
#include <QFileInfo>

namespace pacsdrop {

namespace {

constexpr Uint32 kMaxLoadedValue = 4096; // larger values stay in the file

QString text(DcmItem *item, const DcmTagKey &tag)
{
    OFString value;
    if (item->findAndGetOFStringArray(tag, value).good())
        return QString::fromUtf8(value.c_str()).trimmed();
    return {};
}

// The patient's name in Unicode, decoded with the file's Specific Character Set (a copy of just
// these two elements, so the file's dataset is not changed); as stored when it cannot be decoded.
QString decodedName(DcmItem &ds)
{
    DcmItem name;
    for (const DcmTagKey &tag : {DCM_SpecificCharacterSet, DCM_PatientName}) {
        DcmElement *element = nullptr;
        if (ds.findAndGetElement(tag, element).good() && element)
            name.insert(static_cast<DcmElement *>(element->clone()));
    }
    if (!datasetToUnicode(name, QString()))
        return text(&ds, DCM_PatientName);
    return text(&name, DCM_PatientName);
}

// A file that starts with the Part 10 preamble and magic word is DICOM by declaration.
} // namespace

QString undecodableNameProblem(const QString &path)
{
    if (!path.contains(QChar::ReplacementCharacter) || QFileInfo::exists(path))
        return {};
    return QStringLiteral("the file name has bytes that are not valid UTF-8 (shown as \uFFFD), so PacsDrop cannot open it by that "
                          "name — rename the file");
}

Result<StructureScan> safeToParse(const QString &path)
{
    auto scan = scanStructure(path);
    if (!scan)
        return fail(scan.error().code, scan.error().code == ErrorCode::DamagedFile ? QStringLiteral("damaged DICOM file: ") + scan.error().message
                                                                                   : scan.error().message);
    return scan;
}

Result<DicomFileInfo> readDicomFileInfo(const QString &path)
{
    const QFileInfo fileInfo(path);
    if (const QString problem = undecodableNameProblem(path); !problem.isEmpty())
        return fail(ErrorCode::FileUnreadable, problem);
    if (!fileInfo.exists())
        return fail(ErrorCode::FileNotFound, QStringLiteral("file not found"));
    if (!fileInfo.isReadable())
        return fail(ErrorCode::FileUnreadable, QStringLiteral("file cannot be read (permissions)"));
    if (fileInfo.size() == 0)
        return fail(ErrorCode::NotDicom, QStringLiteral("empty file (0 bytes)"));

    const auto safe = safeToParse(path);
    if (!safe)
        return std::unexpected(safe.error());
    const bool part10 = safe->part10;
    DcmFileFormat file;
    const OFCondition cond = file.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                                           EGL_noChange, kMaxLoadedValue, ERM_autoDetect);
    DcmDataset *ds = file.getDataset();
    if (cond.bad()) {
        const QString reason = dcmtkText(cond);
        if (part10)
            return fail(ErrorCode::DamagedFile, QStringLiteral("damaged DICOM file: %1").arg(reason), reason);
        return fail(ErrorCode::NotDicom, QStringLiteral("not a DICOM file"), reason);
    }

    DicomFileInfo info;
    info.fileSize = fileInfo.size();
    info.hasMetaHeader = part10;
    // The dataset's UIDs are what a PACS stores; the meta header's only stand in for a DICOMDIR,
    // which has none in its dataset.
    info.sopClassUid = text(ds, DCM_SOPClassUID);
    info.sopInstanceUid = text(ds, DCM_SOPInstanceUID);
    DcmMetaInfo *meta = file.getMetaInfo();
    QString metaClass, metaInstance;
    if (part10 && meta) {
        metaClass = text(meta, DCM_MediaStorageSOPClassUID);
        metaInstance = text(meta, DCM_MediaStorageSOPInstanceUID);
        info.transferSyntaxUid = text(meta, DCM_TransferSyntaxUID);
    }
    if (info.transferSyntaxUid.isEmpty()) {
        // A bare dataset: the parser detected its encoding.
        const DcmXfer xfer(ds->getOriginalXfer());
        if (xfer.getXfer() != EXS_Unknown)
            info.transferSyntaxUid = QString::fromLatin1(xfer.getXferID());
    }
    info.isDicomdir = (info.sopClassUid.isEmpty() ? metaClass : info.sopClassUid) == QLatin1String(UID_MediaStorageDirectoryStorage);
    if (info.isDicomdir) {
        info.sopClassUid = QStringLiteral(UID_MediaStorageDirectoryStorage);
        info.sopInstanceUid = info.sopInstanceUid.isEmpty() ? metaInstance : info.sopInstanceUid;
        return info;
    }

    if (!part10 && info.sopClassUid.isEmpty() && info.sopInstanceUid.isEmpty())
        return fail(ErrorCode::NotDicom, QStringLiteral("not a DICOM file"));
    // Only the file header naming them is not enough: the PACS stores the dataset.
    if (info.sopClassUid.isEmpty())
        return fail(ErrorCode::DamagedFile, metaClass.isEmpty() ? QStringLiteral("DICOM file without SOP Class UID; a PACS cannot store it")
                                                                : QStringLiteral("the dataset has no SOP Class UID (only its file header names %1); "
                                                                                 "a PACS cannot store it").arg(metaClass));
    if (info.sopInstanceUid.isEmpty())
        return fail(ErrorCode::DamagedFile, metaInstance.isEmpty() ? QStringLiteral("DICOM file without SOP Instance UID; a PACS cannot store it")
                                                                   : QStringLiteral("the dataset has no SOP Instance UID (only its file header "
                                                                                    "names %1); a PACS cannot store it").arg(metaInstance));
    if (info.transferSyntaxUid.isEmpty())
        return fail(ErrorCode::DamagedFile, QStringLiteral("DICOM file whose transfer syntax cannot be determined"));
    if (DcmXfer(info.transferSyntaxUid.toLatin1().constData()).getXfer() == EXS_Unknown)
        return fail(ErrorCode::DamagedFile, QStringLiteral("the file is encoded in transfer syntax %1, which PacsDrop does not know; it can be "
                                                           "neither read nor sent").arg(info.transferSyntaxUid));

    info.studyInstanceUid = text(ds, DCM_StudyInstanceUID);
    info.seriesInstanceUid = text(ds, DCM_SeriesInstanceUID);
    // UIDs become file names, keys and URLs on the other side: only what the grammar allows goes.
    struct NamedUid {
        const char *label;
        QString uid;
        bool required;
    };
    for (const NamedUid &u : {NamedUid{"SOP Instance UID", info.sopInstanceUid, true}, NamedUid{"SOP Class UID", info.sopClassUid, true},
                              NamedUid{"Study Instance UID", info.studyInstanceUid, false},
                              NamedUid{"Series Instance UID", info.seriesInstanceUid, false}}) {
        if (u.uid.isEmpty() && !u.required)
            continue;
        if (const QString problem = uidProblem(u.uid); !problem.isEmpty())
            return fail(ErrorCode::DamagedFile, QStringLiteral("%1 \"%2\" is not a valid UID: %3").arg(QLatin1String(u.label), u.uid.left(80), problem));
    }
    if (const QString problem = pixelProblem(*ds); !problem.isEmpty())
        return fail(ErrorCode::DamagedFile, QStringLiteral("damaged DICOM file: %1").arg(problem));
    info.patientName = decodedName(*ds);
    info.patientId = text(ds, DCM_PatientID);
    info.studyDate = text(ds, DCM_StudyDate);
    info.studyDescription = text(ds, DCM_StudyDescription);
    info.modality = text(ds, DCM_Modality);
    info.seriesDescription = text(ds, DCM_SeriesDescription);
    return info;
}

QString uidOfName(const QString &name)
{
    const QByteArray latin = name.toLatin1();
    if (const char *uid = dcmFindUIDFromName(latin.constData()))
        return QString::fromLatin1(uid);
    const DcmXfer xfer(latin.constData()); // transfer syntaxes go by DCMTK's own names too
    if (xfer.getXfer() != EXS_Unknown)
        return QString::fromLatin1(xfer.getXferID());
    return name;
}

QString uidName(const QString &uid)
{
    const QByteArray latin = uid.toLatin1();
    const DcmXfer xfer(latin.constData());
    if (xfer.getXfer() != EXS_Unknown)
        return QString::fromLatin1(xfer.getXferName()); // "JPEG 2000 (Lossless or Lossy)"
    const char *keyword = dcmFindNameOfUID(latin.constData(), nullptr);
    if (!keyword)
        return uid;
    // DCMTK's keywords run words together ("RTPlanStorage"); split them for people.
    const QString k = QString::fromLatin1(keyword);
    QString spaced;
    for (qsizetype i = 0; i < k.size(); ++i) {
        const bool upper = k[i].isUpper() || k[i].isDigit();
        const bool afterLower = i > 0 && k[i - 1].isLower();
        const bool acronymEnd = i > 0 && k[i - 1].isUpper() && i + 1 < k.size() && k[i + 1].isLower();
        if (upper && (afterLower || acronymEnd))
            spaced += u' ';
        spaced += k[i];
    }
    return spaced;
}

} // namespace pacsdrop
