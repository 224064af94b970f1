#include "dicom/StructureScan.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcvr.h"

#include <QFile>

#include <zlib.h>

#include <cstring>
#include <memory>
#include <vector>

namespace pacsdrop {

namespace {

constexpr quint32 kUndefined = 0xFFFFFFFF;
constexpr quint16 kItemGroup = 0xFFFE;
constexpr quint16 kItem = 0xE000, kItemEnd = 0xE00D, kSequenceEnd = 0xE0DD;
constexpr qint64 kMostInflatedBytes = qint64(512) * 1024 * 1024;

// Bytes read in order, with skipping; a file, a buffer, or a deflated stream behind one.
class Source {
public:
    virtual ~Source() = default;
    // Reads exactly n bytes (false at the end).
    virtual bool read(char *into, qint64 n) = 0;
    virtual bool skip(qint64 n) = 0;
    virtual qint64 position() const = 0;
    virtual bool atEnd() const = 0; // every byte read or skipped
};

class BufferSource final : public Source {
public:
    explicit BufferSource(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    bool read(char *into, qint64 n) override
    {
        if (n > m_bytes.size() - m_pos)
            return false;
        std::memcpy(into, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return true;
    }
    bool skip(qint64 n) override
    {
        if (n > m_bytes.size() - m_pos)
            return false;
        m_pos += n;
        return true;
    }
    qint64 position() const override { return m_pos; }
    bool atEnd() const override { return m_pos == m_bytes.size(); }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
};

// A source read through a buffer that refill() makes the next bytes available in.
class BufferedSource : public Source {
public:
    bool read(char *into, qint64 n) override
    {
        qint64 done = 0;
        while (done < n) {
            if (m_at >= m_filled && !refill())
                return false;
            const qint64 take = std::min(n - done, m_filled - m_at);
            std::memcpy(into + done, m_buffer + m_at, size_t(take));
            m_at += take;
            done += take;
        }
        m_pos += n;
        return true;
    }
    qint64 position() const override { return m_pos; }

protected:
    // Puts the next bytes into m_buffer (m_filled of them, m_at = 0); false at the end.
    virtual bool refill() = 0;
    char m_buffer[64 * 1024];
    qint64 m_filled = 0, m_at = 0, m_pos = 0;
};

class FileSource final : public BufferedSource {
public:
    explicit FileSource(QFile &file) : m_file(file), m_size(file.size()) {}
    bool read(char *into, qint64 n) override { return n <= m_size - m_pos && BufferedSource::read(into, n); }
    bool atEnd() const override { return m_pos == m_size; }
    bool skip(qint64 n) override
    {
        if (n > m_size - m_pos)
            return false;
        if (n <= m_filled - m_at) {
            m_at += n;
        } else { // past the buffer: seek, refill on the next read
            if (!m_file.seek(m_pos + n))
                return false;
            m_at = m_filled = 0;
        }
        m_pos += n;
        return true;
    }

private:
    bool refill() override
    {
        m_filled = m_file.read(m_buffer, sizeof m_buffer);
        m_at = 0;
        return m_filled > 0;
    }
    QFile &m_file;
    qint64 m_size;
};

// A deflated dataset (1.2.840.10008.1.2.1.99): raw deflate after the meta header. Stops (as at
// the end) once more than kMostInflatedBytes came out: a parser holds a deflated dataset whole in
// memory, so a few kilobytes that inflate to gigabytes must not reach it.
class InflateSource final : public BufferedSource {
public:
    explicit InflateSource(Source &compressed) : m_in(compressed)
    {
        m_ok = inflateInit2(&m_z, -MAX_WBITS) == Z_OK;
    }
    bool overLimit() const { return m_overLimit; }
    ~InflateSource() override { inflateEnd(&m_z); }
    bool atEnd() const override { return false; } // never sent as it is: not claimed
    bool skip(qint64 n) override
    {
        char sink[4096];
        while (n > 0) {
            const qint64 take = std::min<qint64>(n, sizeof sink);
            if (!read(sink, take))
                return false;
            n -= take;
        }
        return true;
    }

private:
    bool refill() override
    {
        if (!m_ok || m_ended || m_overLimit)
            return false;
        if (qint64(m_z.total_out) > kMostInflatedBytes) {
            m_overLimit = true;
            return false;
        }
        m_z.next_out = reinterpret_cast<Bytef *>(m_buffer);
        m_z.avail_out = sizeof m_buffer;
        while (m_z.avail_out == sizeof m_buffer) {
            if (m_z.avail_in == 0) {
                // Whatever is left of the compressed input, a chunk at a time.
                qint64 chunk = 0;
                while (chunk < qint64(sizeof m_inBuffer) && m_in.read(m_inBuffer + chunk, 1))
                    ++chunk;
                if (chunk == 0)
                    return false;
                m_z.next_in = reinterpret_cast<Bytef *>(m_inBuffer);
                m_z.avail_in = uInt(chunk);
            }
            const int r = inflate(&m_z, Z_NO_FLUSH);
            if (r == Z_STREAM_END)
                m_ended = true;
            else if (r != Z_OK)
                return false;
            if (m_ended)
                break;
        }
        m_filled = qint64(sizeof m_buffer) - m_z.avail_out;
        m_at = 0;
        return m_filled > 0;
    }
    Source &m_in;
    z_stream m_z{};
    bool m_ok = false, m_ended = false, m_overLimit = false;
    char m_inBuffer[16 * 1024];
};

struct Encoding {
    bool explicitVr = true;
    bool bigEndian = false;
};

quint16 u16(const char *p, bool big) { return big ? quint16((uchar(p[0]) << 8) | uchar(p[1])) : quint16(uchar(p[0]) | (uchar(p[1]) << 8)); }
quint32 u32(const char *p, bool big)
{
    return big ? (quint32(uchar(p[0])) << 24) | (quint32(uchar(p[1])) << 16) | (quint32(uchar(p[2])) << 8) | uchar(p[3])
               : quint32(uchar(p[0])) | (quint32(uchar(p[1])) << 8) | (quint32(uchar(p[2])) << 16) | (quint32(uchar(p[3])) << 24);
}

// Whether an explicit VR has a 4-byte length field (after 2 reserved bytes), as DCMTK reads it:
// the standard's long VRs; for anything else DCMTK's own answer, which the walk must share —
// an unknown VR of two capital letters ("TT") is read with a 4-byte length, any other unknown VR
// ("U}", "qq") with a 2-byte one, and DCMTK's internal names ("ox", "lt") as it defines them.
bool longLength(const char *vr)
{
    static const char *const kLong[] = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"};
    static const char *const kShort[] = {"AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "PN",
                                         "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US"};
    for (const char *l : kLong) {
        if (vr[0] == l[0] && vr[1] == l[1])
            return true;
    }
    for (const char *l : kShort) {
        if (vr[0] == l[0] && vr[1] == l[1])
            return false;
    }
    const char name[3] = {vr[0], vr[1], '\0'};
    return DcmVR(name).usesExtendedLengthEncoding();
}

class Walker {
public:
    Walker(Source &source, int maxNesting) : m_source(source), m_max(maxNesting) {}

    // Walks the dataset from here in that encoding; false only when the nesting is too deep.
    bool walk(Encoding dataset);
    StructureScan result;
    qint64 cutValueLength = -1; // a value the data ended inside of (its declared length)

private:
    enum class Kind { Sequence, Item, Fragments };
    struct Frame {
        Kind kind;
        qint64 end; // -1: undefined length, closed by a delimiter
        Encoding encoding;
    };
    bool open(Kind kind, quint32 length, Encoding encoding)
    {
        m_stack.push_back({kind, length == kUndefined ? -1 : position() + length, encoding});
        if (kind == Kind::Sequence) {
            ++m_sequences;
            result.deepest = std::max(result.deepest, m_sequences);
        }
        return m_sequences <= m_max;
    }
    void close()
    {
        if (m_stack.back().kind == Kind::Sequence)
            --m_sequences;
        m_stack.pop_back();
    }
    // Whether the value starting now is a sequence's first item (or its end), without consuming it.
    bool startsWithItem(quint32 length, bool big);

    Source &m_source;
    int m_max;
    std::vector<Frame> m_stack;
    int m_sequences = 0;
    QByteArray m_peeked; // bytes looked at by startsWithItem, read again first
    bool take(char *into, qint64 n)
    {
        const qint64 fromPeek = std::min<qint64>(n, m_peeked.size());
        std::memcpy(into, m_peeked.constData(), size_t(fromPeek));
        m_peeked.remove(0, fromPeek);
        return fromPeek == n || m_source.read(into + fromPeek, n - fromPeek);
    }
    bool drop(qint64 n)
    {
        const qint64 fromPeek = std::min<qint64>(n, m_peeked.size());
        m_peeked.remove(0, fromPeek);
        if (fromPeek == n || m_source.skip(n - fromPeek))
            return true;
        cutValueLength = n;
        return false;
    }
    qint64 position() const { return m_source.position() - m_peeked.size(); }
};

bool Walker::startsWithItem(quint32 length, bool big)
{
    if (length < 8 && length != kUndefined)
        return false;
    char head[4];
    if (!m_peeked.isEmpty() || !m_source.read(head, 4))
        return false;
    m_peeked = QByteArray(head, 4);
    const quint16 group = u16(head, big), element = u16(head + 2, big);
    return group == kItemGroup && (element == kItem || element == kSequenceEnd);
}

bool Walker::walk(Encoding dataset)
{
    char head[12];
    for (;;) {
        // Defined-length containers end where their length says.
        while (!m_stack.empty() && m_stack.back().end >= 0 && position() >= m_stack.back().end)
            close();
        const Encoding enc = m_stack.empty() ? dataset : m_stack.back().encoding;
        if (!take(head, 4)) { // the end (a parser accepts missing delimiters there)
            result.endsCleanly = m_stack.empty() && m_peeked.isEmpty() && m_source.atEnd() && cutValueLength < 0;
            return true;
        }
        const quint16 group = u16(head, enc.bigEndian), element = u16(head + 2, enc.bigEndian);
        if (group == kItemGroup) { // items and delimiters: always tag + 4-byte length
            if (!take(head + 4, 4))
                return true;
            const quint32 length = u32(head + 4, enc.bigEndian);
            const Kind inside = m_stack.empty() ? Kind::Item : m_stack.back().kind;
            if (element == kItem && inside == Kind::Sequence) {
                if (!open(Kind::Item, length, enc))
                    return false;
            } else if (element == kItem && inside == Kind::Fragments) {
                if (length == kUndefined || !drop(length))
                    return true;
            } else if (!m_stack.empty()
                       && ((element == kItemEnd && inside == Kind::Item) || (element == kSequenceEnd && inside != Kind::Item))) {
                close();
            } else if (length != kUndefined && !drop(length)) {
                return true; // a stray delimiter: skipped as a parser would
            }
            continue;
        }
        ++result.elements;
        quint32 length = 0;
        char vr[2] = {0, 0};
        if (enc.explicitVr) {
            if (!take(head + 4, 4))
                return true;
            vr[0] = head[4];
            vr[1] = head[5];
            if (longLength(vr)) {
                if (!take(head + 8, 4))
                    return true;
                length = u32(head + 8, enc.bigEndian);
            } else {
                length = u16(head + 6, enc.bigEndian);
            }
        } else {
            if (!take(head + 4, 4))
                return true;
            length = u32(head + 4, enc.bigEndian);
        }
        const bool sq = enc.explicitVr && vr[0] == 'S' && vr[1] == 'Q';
        const bool un = enc.explicitVr && vr[0] == 'U' && vr[1] == 'N';
        const bool pixels = group == 0x7FE0 && element == 0x0010;
        if (sq) {
            if (!open(Kind::Sequence, length, enc))
                return false;
        } else if (length == kUndefined && (pixels || (enc.explicitVr && !un && (vr[0] == 'O' || vr[0] == 'U')))) {
            if (!open(Kind::Fragments, length, enc)) // encapsulated: items are fragments, not datasets
                return false;
        } else if (un || !enc.explicitVr) {
            // Implicit VR (or UN): a sequence when undefined or when its value starts with an
            // item — whatever the dictionary says, this walk never counts less than a parser nests.
            const Encoding inner = un ? Encoding{false, false} : enc;
            if (length == kUndefined || startsWithItem(length, inner.bigEndian)) {
                if (!open(Kind::Sequence, length, inner))
                    return false;
            } else if (!drop(length)) {
                return true;
            }
        } else if (m_stack.empty() && group == 0x0008 && (element == 0x0016 || element == 0x0018) && length <= 64) {
            QByteArray uid(qsizetype(length), Qt::Uninitialized); // the top level's SOP Class / Instance UID
            if (!take(uid.data(), length))
                return true;
            (element == 0x0016 ? result.sopClassUid : result.sopInstanceUid) = QString::fromLatin1(uid).remove(QChar(u'\0')).trimmed();
        } else if (!drop(length)) {
            return true;
        }
    }
}

Error tooDeep(int maxNesting)
{
    return Error{ErrorCode::DamagedFile,
                 QStringLiteral("sequences nested more than %1 deep: refused before reading (a parser would run out of stack)").arg(maxNesting), {}};
}

// The meta header (always explicit VR little endian), then the dataset in its encoding.
Result<StructureScan> scan(Source &source, int maxNesting, bool deflateAllowed)
{
    char preamble[132];
    Encoding dataset;
    StructureScan found;
    const bool part10 = source.read(preamble, 132) && std::memcmp(preamble + 128, "DICM", 4) == 0;
    found.part10 = part10;
    if (part10) {
        char head[12];
        bool atDataset = false; // the first two bytes of the dataset's first tag are in head
        qint64 datasetAt = -1;
        // As a parser reads it: every element within the File Meta Information Group Length is
        // meta information, whatever its group; after it, elements of group 0002 still are.
        qint64 metaEnd = -1;
        for (;;) {
            const qint64 at = source.position();
            if (!source.read(head, 2))
                break;
            if (u16(head, false) != 0x0002 && at >= metaEnd) {
                atDataset = true;
                datasetAt = at;
                break;
            }
            if (!source.read(head + 2, 6))
                return found;
            const quint16 element = u16(head + 2, false);
            quint32 length = u16(head + 6, false);
            if (longLength(head + 4)) {
                if (!source.read(head + 8, 4))
                    return found;
                length = u32(head + 8, false);
            }
            if (length == kUndefined || length > 4096) {
                if (length == kUndefined || !source.skip(length))
                    return found;
                continue;
            }
            QByteArray value(int(length), Qt::Uninitialized);
            if (!source.read(value.data(), length))
                return found;
            const bool meta = u16(head, false) == 0x0002;
            if (meta && element == 0x0010)
                found.transferSyntax = QString::fromLatin1(value).remove(QChar(u'\0')).trimmed();
            if (meta && element == 0x0000 && length == 4 && metaEnd < 0)
                metaEnd = source.position() + u32(value.constData(), false);
        }
        // The two bytes read belong to the dataset's first tag.
        const QString ts = found.transferSyntax;
        dataset.explicitVr = ts != QLatin1String("1.2.840.10008.1.2");
        dataset.bigEndian = ts == QLatin1String("1.2.840.10008.1.2.2");
        if (!atDataset)
            return found; // nothing after the meta header
        std::unique_ptr<InflateSource> inflated;
        // Re-feed the two bytes already read: a tiny source in front of the real one.
        class Prefixed final : public Source {
        public:
            Prefixed(QByteArray prefix, Source &rest) : m_prefix(std::move(prefix)), m_rest(rest) {}
            bool read(char *into, qint64 n) override
            {
                const qint64 p = std::min<qint64>(n, m_prefix.size() - m_at);
                std::memcpy(into, m_prefix.constData() + m_at, size_t(p));
                m_at += p;
                return p == n || m_rest.read(into + p, n - p);
            }
            bool skip(qint64 n) override
            {
                const qint64 p = std::min<qint64>(n, m_prefix.size() - m_at);
                m_at += p;
                return p == n || m_rest.skip(n - p);
            }
            qint64 position() const override { return m_rest.position() - (m_prefix.size() - m_at); }
            bool atEnd() const override { return m_at == m_prefix.size() && m_rest.atEnd(); }

        private:
            QByteArray m_prefix;
            qint64 m_at = 0;
            Source &m_rest;
        } rest(QByteArray(head, 2), source);
        Source *body = &rest;
        if (ts == QLatin1String("1.2.840.10008.1.2.1.99") && deflateAllowed) {
            inflated = std::make_unique<InflateSource>(rest);
            body = inflated.get();
        }
        Walker w(*body, maxNesting);
        const bool fine = w.walk(dataset);
        w.result.part10 = true;
        w.result.transferSyntax = found.transferSyntax;
        w.result.datasetOffset = datasetAt;
        if (!fine)
            return std::unexpected(tooDeep(maxNesting));
        if (inflated && inflated->overLimit())
            return fail(ErrorCode::DamagedFile, QStringLiteral("the deflated dataset inflates to more than %1 MiB: refused before "
                                                               "reading (a parser would hold it all in memory)")
                                                    .arg(kMostInflatedBytes / (1024 * 1024)));
        // Deflated values cannot be left on disk: a parser makes room for the declared length first.
        if (inflated && w.cutValueLength >= 0)
            return fail(ErrorCode::DamagedFile, QStringLiteral("the deflated dataset ends inside a value that declares %1 bytes "
                                                               "(cut short or damaged)")
                                                    .arg(w.cutValueLength));
        return w.result;
    }
    return found; // no Part 10 header: the caller restarts at 0
}

template <typename MakeSource>
Result<StructureScan> scanAny(MakeSource makeSource, int maxNesting)
{
    bool magic = false;
    {
        auto source = makeSource();
        auto part10 = scan(*source, maxNesting, true);
        if (!part10)
            return std::unexpected(part10.error());
        if (!part10->transferSyntax.isEmpty() || part10->elements > 0)
            return part10;
        magic = part10->part10;
    }
    // A bare dataset (no Part 10 header): its encoding is guessed by the parser, so it is walked
    // in each one a parser may choose, and the deepest counts.
    StructureScan deepest;
    for (const Encoding encoding : {Encoding{true, false}, Encoding{false, false}, Encoding{true, true}}) {
        auto source = makeSource();
        Walker walker(*source, maxNesting);
        if (!walker.walk(encoding))
            return std::unexpected(tooDeep(maxNesting));
        if (walker.result.elements > deepest.elements)
            deepest = walker.result;
    }
    deepest.part10 = magic; // "DICM" with a meta header too damaged to walk
    return deepest;
}

} // namespace

Result<StructureScan> scanStructure(const QString &path, int maxNesting)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileUnreadable, QStringLiteral("file cannot be read: %1").arg(file.errorString()));
    QFile *f = &file;
    return scanAny([f] {
        f->seek(0);
        return std::make_unique<FileSource>(*f);
    }, maxNesting);
}

Result<StructureScan> scanStructure(const QByteArray &bytes, int maxNesting)
{
    return scanAny([&bytes] { return std::make_unique<BufferSource>(bytes); }, maxNesting);
}

} // namespace pacsdrop
