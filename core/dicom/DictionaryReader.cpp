#include "dicom/DictionaryReader.h"

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdicent.h"
#include "dcmtk/dcmdata/dcdict.h"

#include <QFile>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pacsdrop {

namespace {

using Entries = std::vector<std::unique_ptr<DcmDictEntry>>;

std::optional<Uint16> hexNumber(std::string_view s)
{
    if (s.empty() || s.size() > 4)
        return std::nullopt;
    unsigned value = 0;
    for (const char c : s) {
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= unsigned(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= unsigned(c - 'A' + 10);
        else
            return std::nullopt;
    }
    return static_cast<Uint16>(value);
}

// "gggg", "gggg-gggg" (even numbers), "gggg-o-gggg" (odd), "gggg-u-gggg" (all), "gggg-e-gggg".
struct Range {
    Uint16 low = 0, high = 0;
    DcmDictRangeRestriction restriction = DcmDictRange_Unspecified;
};

std::optional<Range> range(std::string_view s)
{
    const size_t dash = s.find('-');
    if (dash == std::string_view::npos) {
        const auto v = hexNumber(s);
        return v ? std::optional<Range>(Range{*v, *v, DcmDictRange_Unspecified}) : std::nullopt;
    }
    std::string_view rest = s.substr(dash + 1);
    DcmDictRangeRestriction restriction = DcmDictRange_Even;
    if (rest.size() > 2 && rest[1] == '-') {
        switch (rest[0]) {
        case 'o': case 'O': restriction = DcmDictRange_Odd; break;
        case 'e': case 'E': restriction = DcmDictRange_Even; break;
        case 'u': case 'U': restriction = DcmDictRange_Unspecified; break;
        default: return std::nullopt;
        }
        rest = rest.substr(2);
    }
    const auto low = hexNumber(s.substr(0, dash)), high = hexNumber(rest);
    if (!low || !high || *high < *low)
        return std::nullopt;
    return Range{*low, *high, restriction};
}

struct Tag {
    Range group, element;
    std::string creator; // empty: a standard tag
};

// "(gggg,eeee)" or "(gggg,"creator",ee)", either part possibly a range.
std::optional<Tag> tag(std::string_view s)
{
    if (s.size() < 5 || s.front() != '(' || s.back() != ')')
        return std::nullopt;
    s = s.substr(1, s.size() - 2);
    const size_t comma = s.find(',');
    if (comma == std::string_view::npos)
        return std::nullopt;
    Tag t;
    const auto group = range(s.substr(0, comma));
    if (!group)
        return std::nullopt;
    t.group = *group;
    std::string_view element = s.substr(comma + 1);
    if (!element.empty() && element.front() == '"') {
        const size_t close = element.find('"', 1);
        if (close == std::string_view::npos || close + 1 >= element.size() || element[close + 1] != ',')
            return std::nullopt;
        t.creator = std::string(element.substr(1, close - 1));
        element = element.substr(close + 2);
    }
    const auto e = range(element);
    if (!e)
        return std::nullopt;
    t.element = *e;
    return t;
}

// "1", "1-3", "1-n", "2-2n": the least and the most values (DcmVariableVM for "n").
std::optional<std::pair<int, int>> multiplicity(std::string_view s)
{
    const auto number = [](std::string_view n) -> std::optional<int> {
        if (n.empty() || n.size() > 4)
            return std::nullopt;
        int v = 0;
        for (const char c : n) {
            if (c < '0' || c > '9')
                return std::nullopt;
            v = v * 10 + (c - '0');
        }
        return v;
    };
    const size_t dash = s.find('-');
    const auto low = number(s.substr(0, dash));
    if (!low)
        return std::nullopt;
    if (dash == std::string_view::npos)
        return std::pair{*low, *low};
    const std::string_view high = s.substr(dash + 1);
    if (!high.empty() && high.back() == 'n')
        return std::pair{*low, int(DcmVariableVM)};
    const auto h = number(high);
    return h ? std::optional<std::pair<int, int>>(std::pair{*low, *h}) : std::nullopt;
}

// A VR by its name ("US", DCMTK's "xs", "ox" …); DCMTK's own lookup compares every name in its table.
std::optional<DcmEVR> representation(std::string_view name)
{
    if (name.size() != 2)
        return std::nullopt;
    const auto key = [](char a, char b) { return unsigned(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b); };
    static const std::unordered_map<unsigned, DcmEVR> known = [&key] { // every name DCMTK has, once (thread-safe)
        std::unordered_map<unsigned, DcmEVR> all;
        for (int i = 0; i <= int(EVR_OverlayData); ++i) { // UN comes after EVR_UNKNOWN
            const char *text = DcmVR(DcmEVR(i)).getVRName();
            if (text && std::strlen(text) == 2)
                all.emplace(key(text[0], text[1]), DcmVR(text).getEVR());
        }
        return all;
    }();
    const auto it = known.find(key(name[0], name[1]));
    if (it == known.end() || it->second == EVR_UNKNOWN)
        return std::nullopt;
    return it->second;
}

std::unique_ptr<DcmDictEntry> entry(std::string_view line)
{
    std::string_view fields[5];
    int count = 0;
    while (!line.empty() && count < 5) { // fields are separated by tabs (runs of them count as one)
        const size_t tab = line.find('\t');
        const std::string_view field = line.substr(0, tab);
        if (!field.empty())
            fields[count++] = field;
        line = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    }
    if (count < 4 || line.find_first_not_of('\t') != std::string_view::npos)
        return nullptr;
    const auto t = tag(fields[0]);
    const auto vm = multiplicity(fields[3]);
    const auto vr = representation(fields[1]);
    if (!t || !vm || !vr)
        return nullptr;
    // DCMTK drops any white space inside a name ("End NumberForBaseline" in its private.dic) and a version.
    char name[256], version[64];
    const std::string_view v = count == 5 ? fields[4] : std::string_view("DICOM");
    if (fields[2].size() >= sizeof name || v.size() >= sizeof version)
        return nullptr;
    const auto withoutSpaces = [](std::string_view from, char *to) {
        for (const char c : from)
            if (c != ' ')
                *to++ = c;
        *to = '\0';
    };
    withoutSpaces(fields[2], name);
    withoutSpaces(v, version);
    auto e = std::make_unique<DcmDictEntry>(t->group.low, t->element.low, t->group.high, t->element.high, DcmVR(*vr), name, vm->first,
                                            vm->second, version, OFTrue, t->creator.empty() ? nullptr : t->creator.c_str());
    e->setGroupRangeRestriction(t->group.restriction);
    e->setElementRangeRestriction(t->element.restriction);
    return e;
}

bool parse(const QByteArray &text, Entries &out)
{
    std::string_view rest(text.constData(), static_cast<size_t>(text.size()));
    while (!rest.empty()) {
        const size_t end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (line.empty() || line.front() == '#')
            continue;
        auto e = entry(line);
        if (!e)
            return false;
        out.push_back(std::move(e));
    }
    return true;
}

void addAll(DcmDataDictionary &dict, Entries &entries)
{
    for (auto &e : entries)
        dict.addEntry(e.release()); // the dictionary owns it now
}

} // namespace

bool addDictionaryText(DcmDataDictionary &dict, const QByteArray &text)
{
    Entries entries;
    if (!parse(text, entries))
        return false;
    addAll(dict, entries);
    return true;
}

bool fillNewDataDictionary(const std::function<void(DcmDataDictionary &)> &fill)
{
    // DCMTK creates its dictionary on first use from the files DCMDICTPATH names: /dev/null makes an
    // empty one (with its built-in skeleton of item and group-length tags), filled here.
    const char *configured = std::getenv("DCMDICTPATH");
    const std::string saved = configured ? configured : "";
    ::setenv("DCMDICTPATH", "/dev/null", 1);
    DcmDataDictionary &dict = dcmDataDict.wrlock();
    const bool fresh = dict.isDictionaryLoaded() && dict.numberOfNormalTagEntries() < 100; // not one made earlier
    if (fresh)
        fill(dict);
    dcmDataDict.wrunlock();
    if (configured)
        ::setenv("DCMDICTPATH", saved.c_str(), 1);
    else
        ::unsetenv("DCMDICTPATH");
    return fresh;
}

bool loadDataDictionaryQuickly()
{
#ifdef ENABLE_BUILTIN_DICTIONARY
    return false; // a build with a dictionary compiled in adds the files to it: DCMTK's own way
#else
    const char *configured = std::getenv("DCMDICTPATH");
    const QString paths = QString::fromLocal8Bit(configured && *configured ? configured : DCM_DICT_DEFAULT_PATH);
    Entries entries;
    for (const QString &path : paths.split(QLatin1Char(ENVIRONMENT_PATH_SEPARATOR), Qt::SkipEmptyParts)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !parse(file.readAll(), entries))
            return false;
    }
    return !entries.empty() && fillNewDataDictionary([&entries](DcmDataDictionary &dict) { addAll(dict, entries); });
#endif
}

} // namespace pacsdrop
