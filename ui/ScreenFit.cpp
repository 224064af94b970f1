#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace pacsdrop {

void resizeBounded(QWidget *widget, QSize wanted)
{
    const QScreen *screen = widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    if (screen)
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.9);
    widget->resize(wanted);
}

void resizeInChars(QWidget *widget, int columns, int lines)
{
    const QFontMetrics metrics = widget->fontMetrics();
    resizeBounded(widget, QSize(metrics.averageCharWidth() * columns, metrics.height() * lines));
}

} // namespace pacsdrop
