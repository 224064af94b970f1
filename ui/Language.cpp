#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace pacsdrop {

bool installLanguage(QTranslator &translator, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!translator.load(locale, QStringLiteral("pacsdrop"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(&translator);
    return true;
}

} // namespace pacsdrop
