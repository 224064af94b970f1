#pragma once
// Light or dark: the window follows the desktop unless the user chose otherwise (View menu,
// remembered per user). Both use colours with enough contrast for the status tones.

#include <QPalette>

namespace pacsdrop {

enum class Appearance { System, Light, Dark };

QPalette darkPalette();
void applyAppearance(Appearance appearance);
Appearance savedAppearance();
void saveAppearance(Appearance appearance);

} // namespace pacsdrop
