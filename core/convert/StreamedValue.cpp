#include "convert/StreamedValue.h"

#include "convert/StudyData.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcelem.h"
#include "dcmtk/dcmdata/dcistrmf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pacsdrop {

StreamedValue::StreamedValue(QString paddedCopy, qint64 sourceLength)
    : m_paddedCopy(std::move(paddedCopy)), m_sourceLength(sourceLength)
{
}

StreamedValue::StreamedValue(StreamedValue &&other) noexcept
    : m_paddedCopy(std::exchange(other.m_paddedCopy, QString())), m_sourceLength(other.m_sourceLength)
{
}

StreamedValue::~StreamedValue()
{
    if (!m_paddedCopy.isEmpty())
        QFile::remove(m_paddedCopy);
}

Result<StreamedValue> StreamedValue::attach(DcmElement &element, const QString &path, const QString &scratchDir)
{
    const qint64 length = QFileInfo(path).size();
    if (length >= 0xFFFFFFFELL)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("larger than 4 GiB: a DICOM value cannot hold it"));
    QString source = path;
    QString padded;
    if (length % 2 != 0) {
        QDir().mkpath(scratchDir);
        padded = QDir(scratchDir).filePath(QStringLiteral(".pad-") + newUid());
        QFile copy(padded);
        if (!QFile::copy(path, padded) || !copy.open(QIODevice::Append) || copy.write("\0", 1) != 1) {
            QFile::remove(padded);
            return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot prepare %1 for encapsulation").arg(path));
        }
        source = padded;
    }
    StreamedValue value(padded, length);
    const OFCondition cond = element.createValueFromTempFile(
        new DcmInputFileStreamFactory(QFile::encodeName(source).constData(), 0),
        static_cast<Uint32>(length + (length % 2)), EBO_LittleEndian);
    if (cond.bad())
        return fail(ErrorCode::Internal, QStringLiteral("cannot attach %1: %2").arg(path, QString::fromLatin1(cond.text())));
    return value;
}

} // namespace pacsdrop
