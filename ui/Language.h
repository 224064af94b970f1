#pragma once
// The window's language: the Main setting ("de", "lt", "en"), else the system's. The
// translations are compiled into the program.

#include <QString>

class QTranslator;

namespace pacsdrop {

// Loads and installs the translation (English, with its plural forms, when there is none for
// that language); false only when none could be loaded at all.
bool installLanguage(QTranslator &translator, const QString &language);

} // namespace pacsdrop
