#pragma once
// Puts a file's bytes into a DICOM element without reading them into memory: DCMTK reads the file
// while the object is written (createValueFromTempFile). DICOM values have even length, so an
// odd-sized file is read with one NUL pad byte after it (no copy is made). The file must stay
// until the DICOM file is saved.

#include "common/Error.h"

#include <QString>

class DcmElement;

namespace pacsdrop {

class StreamedValue final {
public:
    static Result<StreamedValue> attach(DcmElement &element, const QString &path);

    qint64 sourceLength() const { return m_sourceLength; } // without the pad byte

private:
    explicit StreamedValue(qint64 sourceLength);
    qint64 m_sourceLength = 0;
};

} // namespace pacsdrop
