#pragma once
// Sizes a window or dialog to what it wants, but never larger than 90 % of the screen it is on
// (a dialog taller than a laptop's screen hides its OK button). Sizes are given in the font's
// units, so they grow with the text at scale 1.5 and 2.

#include <QSize>

class QWidget;

namespace pacsdrop {

// wanted: in average character widths and line heights of the widget's font.
void resizeInChars(QWidget *widget, int columns, int lines);
void resizeBounded(QWidget *widget, QSize wanted);

} // namespace pacsdrop
