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

QString characterSetLabel(const QString &term)
{
    const QString name = names().value(term);
    return name.isEmpty() ? term : QStringLiteral("%1 (%2)").arg(term, name);
}

} // namespace pacsdrop
