#pragma once
// What PacsDrop needs to know about a DICOM file before sending it, read from the header
// without loading bulk data (values over 4 KiB are skipped, not read). Reading parses the whole
// structure, so a truncated or damaged file is recognised here, before it reaches a PACS.
// Thread-safe (each call uses its own DCMTK objects).

#include "common/Error.h"
#include "dicom/StructureScan.h"

#include <QString>

namespace pacsdrop {

struct DicomFileInfo {
    QString sopClassUid;
    QString sopInstanceUid;
    QString transferSyntaxUid;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString patientName;   // Unicode, decoded with the file's character set; patient data: never log
    QString patientId;     // patient data: never log
    QString studyDate;
    QString studyDescription;
    QString modality;
    QString seriesDescription;
    bool hasMetaHeader = true; // false: a bare dataset without the Part 10 header
    bool isDicomdir = false;   // Media Storage Directory (DICOMDIR)
    qint64 fileSize = 0;
};

// Reads the header of one file. Errors: NotDicom, DamagedFile (with the parser's reason),
// FileUnreadable. The structure is walked first (StructureScan): a file nested too deep for the
// parser is refused before the parser sees it.
Result<DicomFileInfo> readDicomFileInfo(const QString &path);

// A path whose name had bytes that are not valid UTF-8: decoded with U+FFFD, it names no file any
// more. The message for it (empty when the path is not such a one).
QString undecodableNameProblem(const QString &path);

// The walk alone, for every other place that hands a file to DCMTK's parser (sending, previews,
// DICOMDIRs): empty when the parser may read it, else why not.
Result<StructureScan> safeToParse(const QString &path); // what the walk saw, when safe

// A readable name of a SOP class or transfer syntax UID ("CT Image Storage"), else the UID itself.
QString uidName(const QString &uid);
// The UID of DCMTK's name for one ("CTImageStorage", "LittleEndianExplicit"), else the text itself.
QString uidOfName(const QString &name);

} // namespace pacsdrop
