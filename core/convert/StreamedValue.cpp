#include "convert/StreamedValue.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcelem.h"
#include "dcmtk/dcmdata/dcistrmf.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace pacsdrop {

namespace {

// A file's bytes, then one NUL: an odd-sized file as the even-length value DICOM needs (PS3.5
// 6.2), read straight from the file while the object is written (no padded copy of a 75 MB video).
class PaddedFileProducer final : public DcmProducer {
public:
    PaddedFileProducer(const OFFilename &file, offile_off_t offset, offile_off_t fileSize)
        : m_file(file, std::min(offset, fileSize)), m_padRead(offset > fileSize)
    {
    }

    OFBool good() const override { return m_file.good(); }
    OFCondition status() const override { return m_file.status(); }
    OFBool eos() override { return m_file.eos() && m_padRead; }
    offile_off_t avail() override { return m_file.avail() + (m_padRead ? 0 : 1); }

    offile_off_t read(void *buf, offile_off_t buflen) override
    {
        offile_off_t n = m_file.read(buf, buflen);
        if (n < buflen && m_file.eos() && !m_padRead) {
            static_cast<char *>(buf)[n++] = '\0';
            m_padRead = true;
        }
        return n;
    }

    offile_off_t skip(offile_off_t skiplen) override
    {
        offile_off_t n = m_file.skip(skiplen);
        if (n < skiplen && m_file.eos() && !m_padRead) {
            ++n;
            m_padRead = true;
        }
        return n;
    }

    void putback(offile_off_t num) override
    {
        if (num > 0 && m_padRead) {
            m_padRead = false;
            --num;
        }
        m_file.putback(num);
    }

private:
    DcmFileProducer m_file;
    bool m_padRead;
};

class PaddedFileStream final : public DcmInputStream {
public:
    PaddedFileStream(const OFFilename &file, offile_off_t offset, offile_off_t fileSize)
        : DcmInputStream(&m_producer), m_producer(file, offset, fileSize), m_name(file), m_offset(offset), m_size(fileSize)
    {
    }
    DcmInputStreamFactory *newFactory() const override;

private:
    PaddedFileProducer m_producer;
    OFFilename m_name;
    offile_off_t m_offset;
    offile_off_t m_size;
};

// Announced as a temporary-file factory: DCMTK takes a plain file factory's file name and offset to
// read the file itself (it would miss the pad byte); of any other factory it only calls create().
class PaddedFileFactory final : public DcmInputStreamFactory {
public:
    PaddedFileFactory(OFFilename file, offile_off_t offset, offile_off_t fileSize)
        : m_name(std::move(file)), m_offset(offset), m_size(fileSize)
    {
    }
    DcmInputStream *create() const override { return new PaddedFileStream(m_name, m_offset, m_size); }
    DcmInputStreamFactory *clone() const override { return new PaddedFileFactory(*this); }
    DcmInputStreamFactoryType ident() const override { return DFT_DcmInputTempFileStreamFactory; }

private:
    OFFilename m_name;
    offile_off_t m_offset;
    offile_off_t m_size;
};

DcmInputStreamFactory *PaddedFileStream::newFactory() const
{
    return new PaddedFileFactory(m_name, m_offset + tell(), m_size);
}

} // namespace

StreamedValue::StreamedValue(qint64 sourceLength) : m_sourceLength(sourceLength) {}

Result<StreamedValue> StreamedValue::attach(DcmElement &element, const QString &path)
{
    const qint64 length = QFileInfo(path).size();
    if (length >= 0xFFFFFFFELL)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("larger than 4 GiB: a DICOM value cannot hold it"));
    if (!QFile(path).open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("cannot read %1").arg(path));
    const OFFilename file(QFile::encodeName(path).constData());
    DcmInputStreamFactory *factory = length % 2 == 0 ? static_cast<DcmInputStreamFactory *>(new DcmInputFileStreamFactory(file, 0))
                                                     : new PaddedFileFactory(file, 0, length);
    const OFCondition cond = element.createValueFromTempFile(factory, static_cast<Uint32>(length + (length % 2)), EBO_LittleEndian);
    if (cond.bad())
        return fail(ErrorCode::Internal, QStringLiteral("cannot attach %1: %2").arg(path, QString::fromLatin1(cond.text())));
    return StreamedValue(length);
}

} // namespace pacsdrop
