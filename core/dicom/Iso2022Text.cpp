#include "dicom/Iso2022Text.h"

#include <QHash>

#include <iconv.h>

#include <cerrno>

namespace pacsdrop {

namespace {

// A graphic character set that can be designated to G0 or G1 (PS3.3 Table C.12-3 and C.12-4).
enum class Set { None, Ascii, JisRoman, JisKatakana, Jis0208, Jis0212, Ksx1001, Gb2312, Iso8859 };

struct Designation {
    Set set = Set::None;
    int part = 0; // ISO 8859 part for Set::Iso8859
};

struct State {
    Designation g0{Set::Ascii};
    Designation g1;
};

// The sets a term of (0008,0005) designates (the term's escape sequence, or the initial state).
State stateOf(const QString &term)
{
    static const QHash<QString, int> iso8859{{QStringLiteral("100"), 1}, {QStringLiteral("101"), 2}, {QStringLiteral("109"), 3},
                                             {QStringLiteral("110"), 4}, {QStringLiteral("144"), 5}, {QStringLiteral("127"), 6},
                                             {QStringLiteral("126"), 7}, {QStringLiteral("138"), 8}, {QStringLiteral("148"), 9},
                                             {QStringLiteral("166"), 11}};
    const QString ir = term.section(QStringLiteral("IR "), 1).trimmed();
    State s;
    if (ir == QLatin1String("13")) {
        s.g0 = {Set::JisRoman};
        s.g1 = {Set::JisKatakana};
    } else if (iso8859.contains(ir)) {
        s.g1 = {Set::Iso8859, iso8859.value(ir)};
    }
    return s;
}

// Converts one run of bytes with iconv; handles are kept per charset for the call.
class Iconv {
public:
    ~Iconv()
    {
        for (iconv_t cd : std::as_const(m_handles))
            iconv_close(cd);
    }
    bool append(QString &out, const char *charset, const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return true;
        iconv_t cd = m_handles.value(QByteArray(charset), reinterpret_cast<iconv_t>(-1));
        if (cd == reinterpret_cast<iconv_t>(-1)) {
            cd = iconv_open("UTF-8", charset);
            if (cd == reinterpret_cast<iconv_t>(-1))
                return false;
            m_handles.insert(QByteArray(charset), cd);
        }
        QByteArray input = bytes;
        QByteArray output(input.size() * 4 + 8, '\0');
        char *in = input.data();
        char *outPtr = output.data();
        size_t inLeft = size_t(input.size()), outLeft = size_t(output.size());
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) == size_t(-1))
            return false;
        out += QString::fromUtf8(output.constData(), output.size() - qsizetype(outLeft));
        return true;
    }

private:
    QHash<QByteArray, iconv_t> m_handles;
};

// JIS X 0201 Romaji differs from ASCII only in 0x5C (yen) and 0x7E (overline); DICOM keeps 0x5C
// as the value delimiter, and pydicom (the reference in tests) reads both as ASCII, so Romaji is
// read as ASCII here too.
bool isDelimiter(char c, bool personName)
{
    return c == '\r' || c == '\n' || c == '\t' || c == '\f' || c == '\\' || (personName && (c == '^' || c == '='));
}

} // namespace

bool needsOwnIso2022Decoder(const QStringList &terms)
{
    for (const QString &t : terms) {
        if (t.trimmed() == QLatin1String("ISO 2022 IR 87") || t.trimmed() == QLatin1String("ISO 2022 IR 159"))
            return true;
    }
    return false;
}

Result<QString> decodeIso2022(const QByteArray &bytes, const QStringList &terms, bool personName)
{
    const State initial = stateOf(terms.value(0));
    State state = initial;
    Iconv iconv;
    QString out;
    auto bad = [&](const QString &what) {
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cannot decode ISO 2022 text (%1)").arg(what));
    };
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == 0x1B) { // an escape sequence designates a set to G0 or G1
            const QByteArray seq = bytes.mid(i + 1, 3);
            struct Escape {
                const char *sequence;
                bool toG1;
                Designation designation;
            };
            static const Escape escapes[] = {
                {"$(D", false, {Set::Jis0212}}, {"$)C", true, {Set::Ksx1001}}, {"$)A", true, {Set::Gb2312}},
                {"$B", false, {Set::Jis0208}},  {"$@", false, {Set::Jis0208}},  {"(B", false, {Set::Ascii}},
                {"(J", false, {Set::JisRoman}}, {"(I", false, {Set::JisKatakana}}, {")I", true, {Set::JisKatakana}},
                {"-A", true, {Set::Iso8859, 1}}, {"-B", true, {Set::Iso8859, 2}}, {"-C", true, {Set::Iso8859, 3}},
                {"-D", true, {Set::Iso8859, 4}}, {"-L", true, {Set::Iso8859, 5}}, {"-G", true, {Set::Iso8859, 6}},
                {"-F", true, {Set::Iso8859, 7}}, {"-H", true, {Set::Iso8859, 8}}, {"-M", true, {Set::Iso8859, 9}},
                {"-T", true, {Set::Iso8859, 11}},
            };
            bool known = false;
            for (const Escape &e : escapes) {
                const QByteArray s(e.sequence);
                if (seq.startsWith(s)) {
                    (e.toG1 ? state.g1 : state.g0) = e.designation;
                    i += 1 + s.size();
                    known = true;
                    break;
                }
            }
            if (!known)
                return bad(QStringLiteral("unknown escape sequence"));
            continue;
        }
        const bool twoByteG0 = state.g0.set == Set::Jis0208 || state.g0.set == Set::Jis0212;
        if (b < 0x21 || b == 0x7F || (!twoByteG0 && b < 0x80 && isDelimiter(char(b), personName))) {
            // Controls, space and delimiters are ASCII in every set; after a delimiter value 1 is active again.
            out += QChar(char16_t(b));
            if (isDelimiter(char(b), personName))
                state = initial;
            ++i;
            continue;
        }
        if (b < 0x80) { // G0
            switch (state.g0.set) {
            case Set::Jis0208:
            case Set::Jis0212: {
                if (i + 1 >= n)
                    return bad(QStringLiteral("a two-byte character is cut off"));
                QByteArray euc;
                if (state.g0.set == Set::Jis0212)
                    euc += char(0x8F);
                euc += char(b | 0x80);
                euc += char(static_cast<unsigned char>(bytes[i + 1]) | 0x80);
                if (!iconv.append(out, "EUC-JP", euc))
                    return bad(QStringLiteral("not a JIS X 0208/0212 character"));
                i += 2;
                continue;
            }
            case Set::JisKatakana: // 7-bit form of JIS X 0201 katakana
                out += QChar(0xFF61 + (b - 0x21));
                break;
            default:
                out += QChar(char16_t(b));
                break;
            }
            ++i;
            continue;
        }
        // G1 (bytes 0xA1..0xFE)
        switch (state.g1.set) {
        case Set::JisKatakana:
            if (b < 0xA1 || b > 0xDF)
                return bad(QStringLiteral("not a JIS X 0201 katakana byte"));
            out += QChar(0xFF61 + (b - 0xA1));
            ++i;
            continue;
        case Set::Ksx1001:
        case Set::Gb2312:
            if (i + 1 >= n || !iconv.append(out, state.g1.set == Set::Ksx1001 ? "EUC-KR" : "GB2312", bytes.mid(i, 2)))
                return bad(QStringLiteral("not a KS X 1001 / GB 2312 character"));
            i += 2;
            continue;
        case Set::Iso8859:
            if (!iconv.append(out, QByteArray("ISO-8859-" + QByteArray::number(state.g1.part)).constData(), bytes.mid(i, 1)))
                return bad(QStringLiteral("not an ISO 8859-%1 character").arg(state.g1.part));
            ++i;
            continue;
        default:
            return bad(QStringLiteral("an 8-bit byte with no set designated to G1"));
        }
    }
    return out;
}

} // namespace pacsdrop
