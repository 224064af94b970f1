#pragma once
// How a file's status looks: an icon and a tone (good, warning, bad, busy) with colours that stay
// readable on light and dark palettes, so failures stand out in the list, the problem bar, the
// progress dialog and the outbox view alike.

#include "FileRow.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

class QLabel;

namespace pacsdrop {

enum class Tone { Neutral, Busy, Good, Warning, Bad };

Tone toneOf(FileRow::Status status);
QIcon statusIcon(FileRow::Status status);
// The word for the status ("Failed", "Not sent yet"), short enough for the list's column.
QString statusWord(FileRow::Status status);

bool isDark(const QPalette &palette);
QColor toneText(Tone tone, const QPalette &palette);       // text on the palette's base colour
QColor toneBackground(Tone tone, const QPalette &palette); // a tint behind a row or a message bar

// "color: …; background: …" for a label or bar in that tone.
QString toneStyleSheet(Tone tone, const QPalette &palette);

// A label as a message box in that tone (tinted, rounded), and text in a tone, after the
// application's palette (light or dark) — not the widget's own, which a style sheet changes.
void showAsToneBox(QLabel *label, Tone tone);
void showInToneText(QWidget *widget, Tone tone);

} // namespace pacsdrop
