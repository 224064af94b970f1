#include "convert/DicomWriter.h"
#include "dicom/CharacterSets.h"

#include "dicom/DcmtkText.h"

#include "dcmtk/dcmdata/dcdeftag.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pacsdrop {

Result<QString> writeCommonAttributes(DcmItem &ds, const StudyData &data, const ObjectPlacement &placement,
                                      const char *sopClassUid)
{
    if (auto r = writeStudyData(data, placement.studyUid, placement.seriesUid, placement.seriesNumber, ds); !r)
        return std::unexpected(r.error());
    const QString instanceUid = newUid();
    const QDateTime now = QDateTime::currentDateTime();
    const QByteArray date = now.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray time = now.toString(QStringLiteral("HHmmss")).toLatin1();
    OFCondition cond = ds.putAndInsertString(DCM_SOPClassUID, sopClassUid);
    auto put = [&](const DcmTagKey &tag, const QByteArray &value) {
        if (cond.good())
            cond = ds.putAndInsertString(tag, value.constData());
    };
    put(DCM_SOPInstanceUID, instanceUid.toLatin1());
    put(DCM_InstanceNumber, QByteArray::number(placement.instanceNumber));
    put(DCM_InstanceCreationDate, date);
    put(DCM_InstanceCreationTime, time);
    put(DCM_ContentDate, date);
    put(DCM_ContentTime, time);
    put(DCM_Manufacturer, "PacsDrop");
    put(DCM_SoftwareVersions, PACSDROP_VERSION);
    if (cond.bad())
        return fail(ErrorCode::Internal, QStringLiteral("cannot build the DICOM object: ") + dcmtkText(cond));
    return instanceUid;
}

Result<void> saveObject(DcmFileFormat &file, E_TransferSyntax syntax, const ObjectPlacement &placement,
                        ConvertedObject &result)
{
    if (!QDir().mkpath(placement.outputDir))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot create the output folder %1").arg(placement.outputDir));
    // Text is built in Unicode; a destination that needs another character set gets it converted,
    // and a name that has no form there is an error, not a "?".
    DcmDataset &ds = *file.getDataset();
    if (!placement.characterSet.isEmpty() && placement.characterSet != QLatin1String("ISO_IR 192")
        && ds.tagExists(DCM_SpecificCharacterSet)) {
        if (const OFCondition converted = ds.convertCharacterSet(placement.characterSet.toLatin1().constData()); converted.bad())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("the patient or study text cannot be written in %1, the character set the destination uses (%2)")
                            .arg(characterSetLabel(placement.characterSet), dcmtkText(converted)));
    }
    const QString target = QDir(placement.outputDir).filePath(result.sopInstanceUid + QStringLiteral(".dcm"));
    const QString partial = target + QStringLiteral(".part");
    const OFCondition cond = file.saveFile(QFile::encodeName(partial).constData(), syntax, EET_ExplicitLength,
                                           EGL_recalcGL, EPD_noChange, 0, 0, EWM_fileformat);
    if (cond.bad()) {
        QFile::remove(partial);
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot write %1: %2").arg(target, dcmtkText(cond)));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot write %1").arg(target));
    }
    result.path = target;
    result.size = QFileInfo(target).size();
    result.transferSyntaxUid = QString::fromLatin1(DcmXfer(syntax).getXferID());
    return {};
}

} // namespace pacsdrop
