// The ISO 2022 decoder (Japanese and other code-extension character sets): the first byte picks
// the Specific Character Set values and whether the text is a person name; the rest is the value.

#include "FuzzInput.h"

#include "dicom/Iso2022Text.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const QList<QStringList> termSets{
        {QString(), QStringLiteral("ISO 2022 IR 87")},
        {QStringLiteral("ISO 2022 IR 13"), QStringLiteral("ISO 2022 IR 87")},
        {QString(), QStringLiteral("ISO 2022 IR 87"), QStringLiteral("ISO 2022 IR 159")},
        {QStringLiteral("ISO 2022 IR 6"), QStringLiteral("ISO 2022 IR 149")},
        {QStringLiteral("ISO 2022 IR 6"), QStringLiteral("ISO 2022 IR 58")},
        {QStringLiteral("ISO 2022 IR 100"), QStringLiteral("ISO 2022 IR 126"), QStringLiteral("ISO 2022 IR 144")},
        {QStringLiteral("ISO 2022 IR 13"), QStringLiteral("ISO 2022 IR 87"), QStringLiteral("ISO 2022 IR 159"),
         QStringLiteral("ISO 2022 IR 149"), QStringLiteral("ISO 2022 IR 58")},
    };
    const QStringList &terms = termSets[data[0] % termSets.size()];
    const bool personName = (data[0] / termSets.size()) % 2 == 1;
    (void)pacsdrop::decodeIso2022(pacsdrop::fuzz::bytesOf(data + 1, size - 1), terms, personName);
    return 0;
}
