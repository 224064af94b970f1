#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace pacsdrop {

bool installLanguage(QTranslator &translator, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // English is the source text; its translation holds only the plural forms ("1 file", "3 files").
    if (!translator.load(locale, QStringLiteral("pacsdrop"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !translator.load(QStringLiteral(":/i18n/pacsdrop_en.qm")))
        return false;
    QCoreApplication::installTranslator(&translator);
    return true;
}

} // namespace pacsdrop
