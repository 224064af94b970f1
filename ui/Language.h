#pragma once
// The window's language: the Main setting ("de", "lt", "en"), else the system's. The
// translations are compiled into the program.

#include <QString>

class QTranslator;

namespace pacsdrop {

// Loads and installs the translation; false when there is none for that language (English).
bool installLanguage(QTranslator &translator, const QString &language);

} // namespace pacsdrop
