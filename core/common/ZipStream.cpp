#include "common/ZipStream.h"

#include <QtEndian>

#include <zlib.h>

#include <algorithm>

namespace pacsdrop {

namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kDescriptorSignature = 0x08074b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kZip64EndSignature = 0x06064b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint16 kFlags = 0x0808;      // sizes and CRC after the data (bit 3); UTF-8 names (bit 11)
constexpr quint16 kMadeByUnix = 3 << 8; // external attributes hold Unix permissions
constexpr quint32 kUnixFile0644 = 0100644u << 16;

// Little-endian writer into one buffer.
struct Bytes {
    QByteArray data;
    void u16(quint64 v) { put<quint16>(static_cast<quint16>(v)); }
    void u32(quint64 v) { put<quint32>(static_cast<quint32>(v)); }
    void u64(quint64 v) { put<quint64>(v); }
    void raw(const QByteArray &b) { data += b; }
    template <typename T>
    void put(T v)
    {
        char b[sizeof(T)];
        qToLittleEndian(v, b);
        data.append(b, sizeof(T));
    }
};

// MS-DOS date and time, as ZIP keeps them (two-second steps, from 1980).
std::pair<quint16, quint16> dosTimeDate(const QDateTime &when)
{
    const QDateTime local = when.isValid() ? when.toLocalTime() : QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    const QDate d = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime t = local.time();
    return {static_cast<quint16>((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2)),
            static_cast<quint16>(((d.year() - 1980) << 9) | (d.month() << 5) | d.day())};
}

// Members are deflated with stored blocks only (RFC 1951 3.2.4: no compression, 5 bytes of header
// per block of at most 65,535 bytes): every reader accepts a data descriptor after a deflated
// member (Java's ZipInputStream refuses one after a stored member), and the size is still known
// before a byte is read.
constexpr qint64 kBlock = 65535;
qint64 deflatedSize(qint64 size) { return size + 5 * std::max<qint64>(1, (size + kBlock - 1) / kBlock); }

} // namespace

ZipStream::ZipStream(QList<Member> members, ForceZip64 force) : m_members(std::move(members)), m_force(force)
{
    m_crc.fill(0, m_members.size());
    qint64 at = 0;
    for (int i = 0; i < m_members.size(); ++i) {
        m_offset.append(at);
        at += localHeaderSize(i) + deflatedSize(m_members[i].size) + descriptorSize(i);
    }
    m_centralStart = at;
    qint64 central = 0;
    for (int i = 0; i < m_members.size(); ++i) {
        const int extra = centralExtraSize(i);
        central += 46 + m_members[i].name.toUtf8().size() + (extra > 0 ? 4 + extra : 0);
    }
    m_centralSize = central;
    // The end records in ZIP64 form when the directory's place, size or count do not fit the old ones.
    m_zip64End = m_force != ForceZip64::No || m_centralStart >= 0xFFFFFFFFLL || m_centralSize >= 0xFFFFFFFFLL || m_members.size() >= 0xFFFF;
    m_total = m_centralStart + m_centralSize + 22 + (m_zip64End ? 56 + 20 : 0);
    if (m_members.isEmpty())
        m_phase = Phase::Central;
}

ZipStream::~ZipStream() = default;

// A member whose sizes need 8 bytes gets the ZIP64 extra in its local header and an 8-byte data
// descriptor; only such a member (Java's ZipInputStream, for one, reads 8-byte descriptor sizes
// only for members past 4 GiB).
bool ZipStream::sizesZip64(int index) const { return m_force == ForceZip64::Everything || deflatedSize(m_members[index].size) >= 0xFFFFFFFFLL; }
bool ZipStream::offsetZip64(int index) const { return m_force != ForceZip64::No || m_offset[index] >= 0xFFFFFFFFLL; }
int ZipStream::centralExtraSize(int index) const { return (sizesZip64(index) ? 16 : 0) + (offsetZip64(index) ? 8 : 0); }
qint64 ZipStream::descriptorSize(int index) const { return sizesZip64(index) ? 24 : 16; }
qint64 ZipStream::localHeaderSize(int index) const { return 30 + m_members[index].name.toUtf8().size() + (sizesZip64(index) ? 20 : 0); }

QByteArray ZipStream::localHeader(int index) const
{
    const Member &m = m_members[index];
    const QByteArray name = m.name.toUtf8();
    const auto [time, date] = dosTimeDate(m.modified);
    Bytes b;
    b.u32(kLocalSignature);
    const bool zip64 = sizesZip64(index);
    b.u16(zip64 ? 45 : 20); // version needed: 4.5 for ZIP64, else 2.0
    b.u16(kFlags);
    b.u16(8); // deflated (with stored blocks)
    b.u16(time);
    b.u16(date);
    b.u32(0); // CRC and sizes follow the data
    b.u32(zip64 ? 0xFFFFFFFF : 0);
    b.u32(zip64 ? 0xFFFFFFFF : 0);
    b.u16(static_cast<quint16>(name.size()));
    b.u16(zip64 ? 20 : 0);
    b.raw(name);
    if (zip64) { // ZIP64 extra: the sizes are 8-byte values in the descriptor
        b.u16(0x0001);
        b.u16(16);
        b.u64(0);
        b.u64(0);
    }
    return b.data;
}

QByteArray ZipStream::descriptor(int index) const
{
    Bytes b;
    b.u32(kDescriptorSignature);
    b.u32(m_crc[index]);
    const auto size = static_cast<quint64>(m_members[index].size);
    const auto packed = static_cast<quint64>(deflatedSize(m_members[index].size));
    if (sizesZip64(index)) {
        b.u64(packed);
        b.u64(size);
    } else {
        b.u32(packed);
        b.u32(size);
    }
    return b.data;
}

QByteArray ZipStream::centralDirectory() const
{
    Bytes b;
    for (int i = 0; i < m_members.size(); ++i) {
        const Member &m = m_members[i];
        const QByteArray name = m.name.toUtf8();
        const auto [time, date] = dosTimeDate(m.modified);
        const bool sizes64 = sizesZip64(i), offset64 = offsetZip64(i);
        const int extra = centralExtraSize(i);
        b.u32(kCentralSignature);
        b.u16(kMadeByUnix | (extra > 0 ? 45 : 20));
        b.u16(extra > 0 ? 45 : 20);
        b.u16(kFlags);
        b.u16(8);
        b.u16(time);
        b.u16(date);
        b.u32(m_crc[i]);
        b.u32(sizes64 ? 0xFFFFFFFF : static_cast<quint64>(deflatedSize(m.size)));
        b.u32(sizes64 ? 0xFFFFFFFF : static_cast<quint64>(m.size));
        b.u16(static_cast<quint16>(name.size()));
        b.u16(static_cast<quint16>(extra > 0 ? 4 + extra : 0));
        b.u16(0); // no comment
        b.u16(0); // disk
        b.u16(0); // internal attributes
        b.u32(kUnixFile0644);
        b.u32(offset64 ? 0xFFFFFFFF : static_cast<quint64>(m_offset[i]));
        b.raw(name);
        if (extra > 0) { // the ZIP64 extra holds, in this order, only the fields set to 0xFFFFFFFF above
            b.u16(0x0001);
            b.u16(static_cast<quint64>(extra));
            if (sizes64) {
                b.u64(static_cast<quint64>(m.size));               // uncompressed
                b.u64(static_cast<quint64>(deflatedSize(m.size))); // compressed
            }
            if (offset64)
                b.u64(static_cast<quint64>(m_offset[i]));
        }
    }
    const auto count = static_cast<quint64>(m_members.size());
    if (m_zip64End) {
        b.u32(kZip64EndSignature);
        b.u64(44); // the record's size after this field
        b.u16(kMadeByUnix | 45);
        b.u16(45);
        b.u32(0);
        b.u32(0);
        b.u64(count);
        b.u64(count);
        b.u64(static_cast<quint64>(m_centralSize));
        b.u64(static_cast<quint64>(m_centralStart));
        b.u32(kZip64LocatorSignature);
        b.u32(0);
        b.u64(static_cast<quint64>(m_centralStart + m_centralSize)); // where the ZIP64 end record is
        b.u32(1);
    }
    b.u32(kEndSignature);
    b.u16(0);
    b.u16(0);
    b.u16(m_zip64End ? 0xFFFF : count);
    b.u16(m_zip64End ? 0xFFFF : count);
    b.u32(m_zip64End ? 0xFFFFFFFF : static_cast<quint64>(m_centralSize));
    b.u32(m_zip64End ? 0xFFFFFFFF : static_cast<quint64>(m_centralStart));
    b.u16(0);
    return b.data;
}

Result<QByteArray> ZipStream::next(qint64 maxBytes)
{
    switch (m_phase) {
    case Phase::LocalHeader: {
        m_file = std::make_unique<QFile>(m_members[m_index].path);
        if (!m_file->open(QIODevice::ReadOnly))
            return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 cannot be read: %2").arg(m_members[m_index].name, m_file->errorString()));
        if (m_file->size() != m_members[m_index].size)
            return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 changed while it was being sent").arg(m_members[m_index].name));
        m_readOfMember = 0;
        m_phase = Phase::Data; // an empty file is one empty final block
        return localHeader(m_index);
    }
    case Phase::Data: { // whole stored blocks, as many as fit in maxBytes (at least one)
        QByteArray out;
        do {
            const qint64 want = std::min(kBlock, m_members[m_index].size - m_readOfMember);
            const QByteArray chunk = m_file->read(want);
            if (chunk.size() != want)
                return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 changed while it was being sent").arg(m_members[m_index].name));
            m_crc[m_index] = static_cast<quint32>(crc32(m_crc[m_index], reinterpret_cast<const Bytef *>(chunk.constData()),
                                                         static_cast<uInt>(chunk.size())));
            m_readOfMember += chunk.size();
            const bool last = m_readOfMember == m_members[m_index].size;
            Bytes header; // BFINAL, BTYPE 00 (stored), then LEN and its complement
            header.data.append(char(last ? 1 : 0));
            header.u16(static_cast<quint64>(want));
            header.u16(static_cast<quint64>(~want & 0xFFFF));
            out += header.data + chunk;
            if (last)
                m_phase = Phase::Descriptor;
        } while (m_phase == Phase::Data && out.size() + kBlock + 5 <= maxBytes);
        return out;
    }
    case Phase::Descriptor: {
        m_file.reset();
        QByteArray out = descriptor(m_index);
        m_phase = ++m_index < m_members.size() ? Phase::LocalHeader : Phase::Central;
        return out;
    }
    case Phase::Central:
        m_phase = Phase::Done;
        return centralDirectory();
    case Phase::Done:
        break;
    }
    return QByteArray();
}

} // namespace pacsdrop
