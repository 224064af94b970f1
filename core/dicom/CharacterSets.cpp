#include "dicom/CharacterSets.h"

#include <QHash>

namespace pacsdrop {

namespace {

// PS3.3 C.12.1.1.2, Table C.12-2 (single-byte without extensions) and GB18030/GBK.
const QHash<QString, QString> &names()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("ISO_IR 192"), QStringLiteral("Unicode UTF-8")},
        {QStringLiteral("ISO_IR 100"), QStringLiteral("Latin-1")},
        {QStringLiteral("ISO_IR 101"), QStringLiteral("Latin-2")},
        {QStringLiteral("ISO_IR 109"), QStringLiteral("Latin-3")},
        {QStringLiteral("ISO_IR 110"), QStringLiteral("Latin-4")},
        {QStringLiteral("ISO_IR 148"), QStringLiteral("Latin-5")},
        {QStringLiteral("ISO_IR 203"), QStringLiteral("Latin-9")},
        {QStringLiteral("ISO_IR 144"), QStringLiteral("Cyrillic")},
        {QStringLiteral("ISO_IR 127"), QStringLiteral("Arabic")},
        {QStringLiteral("ISO_IR 126"), QStringLiteral("Greek")},
        {QStringLiteral("ISO_IR 138"), QStringLiteral("Hebrew")},
        {QStringLiteral("ISO_IR 166"), QStringLiteral("Thai")},
        {QStringLiteral("GB18030"), QStringLiteral("Chinese GB18030")},
        {QStringLiteral("GBK"), QStringLiteral("Chinese GBK")},
    };
    return table;
}

} // namespace

const QStringList &writableCharacterSets()
{
    static const QStringList terms = [] {
        QStringList list = names().keys();
        list.sort();
        return list;
    }();
    return terms;
}

QString characterSetProblem(const QString &term)
{
    if (term.isEmpty() || names().contains(term))
        return {};
    return QStringLiteral("\"%1\" is not a character set PacsDrop can write; use one of: %2")
        .arg(term, writableCharacterSets().join(QStringLiteral(", ")));
}

QString readableCharacterSetProblem(const QString &term)
{
    // ISO 2022 terms (PS3.3 Table C.12-3, C.12-4) that DCMTK or PacsDrop's own decoder reads.
    static const QStringList extensions{QStringLiteral("6"), QStringLiteral("100"), QStringLiteral("101"), QStringLiteral("109"),
                                        QStringLiteral("110"), QStringLiteral("144"), QStringLiteral("127"), QStringLiteral("126"),
                                        QStringLiteral("138"), QStringLiteral("148"), QStringLiteral("203"), QStringLiteral("13"),
                                        QStringLiteral("166"), QStringLiteral("87"), QStringLiteral("159"), QStringLiteral("149"),
                                        QStringLiteral("58")};
    for (const QString &value : term.split(u'\\')) {
        const QString v = value.trimmed();
        if (v.isEmpty() || names().contains(v) || v == QLatin1String("ISO_IR 6") || v == QLatin1String("ISO_IR 13"))
            continue;
        if (v.startsWith(QLatin1String("ISO 2022 IR ")) && extensions.contains(v.mid(12)))
            continue;
        return QStringLiteral("\"%1\" is not a character set PacsDrop can read").arg(v);
    }
    return {};
}

QString characterSetLabel(const QString &term)
{
    const QString name = names().value(term);
    return name.isEmpty() ? term : QStringLiteral("%1 (%2)").arg(term, name);
}

} // namespace pacsdrop
