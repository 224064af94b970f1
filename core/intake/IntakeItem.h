#pragma once
// One input of a batch after classification: a DICOM file ready to send with its header, a
// media index (DICOMDIR, expanded into its files, not sent itself), or a rejected path with the
// reason people see.

#include "dicom/DicomFileInfo.h"

#include <QString>

namespace pacsdrop {

struct IntakeItem {
    enum class Kind { Dicom, MediaIndex, Rejected };

    Kind kind = Kind::Rejected;
    QString path;         // absolute, canonical where it exists
    DicomFileInfo dicom;  // filled for Kind::Dicom
    QString reason;       // filled for Kind::Rejected: why it will not be sent
    ErrorCode rejection = ErrorCode::Internal; // for Kind::Rejected: NotDicom means "maybe convertible"
    QString source;       // the file the user gave, when this object was converted from it
};

} // namespace pacsdrop
