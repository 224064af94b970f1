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

} // namespace

ZipStream::ZipStream(QList<Member> members, bool forceZip64) : m_members(std::move(members))
{
    m_crc.fill(0, m_members.size());
    const auto layOut = [this] {
        m_offset.clear();
        qint64 at = 0;
        for (int i = 0; i < m_members.size(); ++i) {
            m_offset.append(at);
            at += localHeaderSize(i) + m_members[i].size + (m_zip64 ? 24 : 16);
        }
        return at;
    };
    m_zip64 = forceZip64;
    qint64 dataEnd = layOut();
    const auto centralSize = [this] {
        qint64 size = 0;
        for (const Member &m : std::as_const(m_members))
            size += 46 + m.name.toUtf8().size() + (m_zip64 ? 28 : 0);
        return size;
    };
    const bool tooBig = dataEnd + centralSize() + 22 >= 0xFFFFFFFFLL || m_members.size() >= 0xFFFF
                        || std::any_of(m_members.cbegin(), m_members.cend(), [](const Member &m) { return m.size >= 0xFFFFFFFFLL; });
    if (tooBig && !m_zip64) {
        m_zip64 = true;
        dataEnd = layOut();
    }
    m_total = dataEnd + centralSize() + 22 + (m_zip64 ? 56 + 20 : 0);
    if (m_members.isEmpty())
        m_phase = Phase::Central;
}

ZipStream::~ZipStream() = default;

qint64 ZipStream::localHeaderSize(int index) const { return 30 + m_members[index].name.toUtf8().size() + (m_zip64 ? 20 : 0); }

QByteArray ZipStream::localHeader(int index) const
{
    const Member &m = m_members[index];
    const QByteArray name = m.name.toUtf8();
    const auto [time, date] = dosTimeDate(m.modified);
    Bytes b;
    b.u32(kLocalSignature);
    b.u16(m_zip64 ? 45 : 20); // version needed: 4.5 for ZIP64, else 2.0
    b.u16(kFlags);
    b.u16(0); // stored
    b.u16(time);
    b.u16(date);
    b.u32(0); // CRC and sizes follow the data
    b.u32(m_zip64 ? 0xFFFFFFFF : 0);
    b.u32(m_zip64 ? 0xFFFFFFFF : 0);
    b.u16(static_cast<quint16>(name.size()));
    b.u16(m_zip64 ? 20 : 0);
    b.raw(name);
    if (m_zip64) { // ZIP64 extra: the sizes are 8-byte values in the descriptor
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
    if (m_zip64) {
        b.u64(size);
        b.u64(size);
    } else {
        b.u32(size);
        b.u32(size);
    }
    return b.data;
}

QByteArray ZipStream::centralDirectory() const
{
    Bytes b;
    const qint64 start = m_members.isEmpty() ? 0 : m_offset.last() + localHeaderSize(int(m_members.size()) - 1) + m_members.last().size
                                                                       + (m_zip64 ? 24 : 16);
    for (int i = 0; i < m_members.size(); ++i) {
        const Member &m = m_members[i];
        const QByteArray name = m.name.toUtf8();
        const auto [time, date] = dosTimeDate(m.modified);
        b.u32(kCentralSignature);
        b.u16(kMadeByUnix | (m_zip64 ? 45 : 20));
        b.u16(m_zip64 ? 45 : 20);
        b.u16(kFlags);
        b.u16(0);
        b.u16(time);
        b.u16(date);
        b.u32(m_crc[i]);
        b.u32(m_zip64 ? 0xFFFFFFFF : static_cast<quint64>(m.size));
        b.u32(m_zip64 ? 0xFFFFFFFF : static_cast<quint64>(m.size));
        b.u16(static_cast<quint16>(name.size()));
        b.u16(m_zip64 ? 28 : 0);
        b.u16(0); // no comment
        b.u16(0); // disk
        b.u16(0); // internal attributes
        b.u32(kUnixFile0644);
        b.u32(m_zip64 ? 0xFFFFFFFF : static_cast<quint64>(m_offset[i]));
        b.raw(name);
        if (m_zip64) {
            b.u16(0x0001);
            b.u16(24);
            b.u64(static_cast<quint64>(m.size)); // uncompressed
            b.u64(static_cast<quint64>(m.size)); // compressed
            b.u64(static_cast<quint64>(m_offset[i]));
        }
    }
    const qint64 centralSize = b.data.size();
    const auto count = static_cast<quint64>(m_members.size());
    if (m_zip64) {
        const qint64 zip64End = start + centralSize;
        b.u32(kZip64EndSignature);
        b.u64(44); // the record's size after this field
        b.u16(kMadeByUnix | 45);
        b.u16(45);
        b.u32(0);
        b.u32(0);
        b.u64(count);
        b.u64(count);
        b.u64(static_cast<quint64>(centralSize));
        b.u64(static_cast<quint64>(start));
        b.u32(kZip64LocatorSignature);
        b.u32(0);
        b.u64(static_cast<quint64>(zip64End));
        b.u32(1);
    }
    b.u32(kEndSignature);
    b.u16(0);
    b.u16(0);
    b.u16(m_zip64 ? 0xFFFF : count);
    b.u16(m_zip64 ? 0xFFFF : count);
    b.u32(m_zip64 ? 0xFFFFFFFF : static_cast<quint64>(centralSize));
    b.u32(m_zip64 ? 0xFFFFFFFF : static_cast<quint64>(start));
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
        m_phase = m_members[m_index].size > 0 ? Phase::Data : Phase::Descriptor;
        return localHeader(m_index);
    }
    case Phase::Data: {
        const qint64 want = std::min(maxBytes, m_members[m_index].size - m_readOfMember);
        QByteArray chunk = m_file->read(want);
        if (chunk.size() != want)
            return fail(ErrorCode::FileUnreadable, QStringLiteral("%1 changed while it was being sent").arg(m_members[m_index].name));
        m_crc[m_index] = static_cast<quint32>(crc32(m_crc[m_index], reinterpret_cast<const Bytef *>(chunk.constData()),
                                                     static_cast<uInt>(chunk.size())));
        m_readOfMember += chunk.size();
        if (m_readOfMember == m_members[m_index].size)
            m_phase = Phase::Descriptor;
        return chunk;
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
