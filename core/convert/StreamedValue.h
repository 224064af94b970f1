#pragma once
// Puts a file's bytes into a DICOM element without reading them into memory: DCMTK reads the file
// while the object is written (createValueFromTempFile). DICOM values have even length, so an
// odd-sized file is first copied beside the output with one NUL pad byte; that copy lives as long
// as this object (keep it until the DICOM file is saved).

#include "common/Error.h"

#include <QString>

class DcmElement;

namespace pacsdrop {

class StreamedValue final {
public:
    // Fills element from path; scratchDir holds the padded copy when one is needed.
    static Result<StreamedValue> attach(DcmElement &element, const QString &path, const QString &scratchDir);
    ~StreamedValue();
    StreamedValue(StreamedValue &&other) noexcept;
    StreamedValue(const StreamedValue &) = delete;
    StreamedValue &operator=(const StreamedValue &) = delete;
    StreamedValue &operator=(StreamedValue &&) = delete;

    qint64 sourceLength() const { return m_sourceLength; } // without the pad byte

private:
    StreamedValue(QString paddedCopy, qint64 sourceLength);
    QString m_paddedCopy;
    qint64 m_sourceLength = 0;
};

} // namespace pacsdrop
